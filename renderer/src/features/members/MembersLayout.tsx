import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../auth/session-context';
import { membersText as text } from './strings';

/** Hội viên: one routed tab per list (like Tổ chức Hội); a record opens as its own page. */
export function MembersLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const tabs = [
    { path: '/members', label: text.tabs.list, shown: true },
    { path: '/members/dues', label: text.tabs.dues, shown: session.may('members.dues.sheet') },
    { path: '/members/arrears', label: text.tabs.arrears, shown: session.may('members.dues.arrears') },
    { path: '/members/leadership', label: text.tabs.leadership, shown: session.may('members.leadership') },
  ].filter((tab) => tab.shown);
  const active = [...tabs].reverse().find((tab) => pathname === tab.path || pathname.startsWith(`${tab.path}/`))?.path ?? '/members';
  return (
    <>
      <PageHeader title={text.title} />
      <Tabs value={active} onChange={(value) => value && value !== active && void navigate(value)} mb="md">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>{tab.label}</Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
