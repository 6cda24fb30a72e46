import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { orgText as text } from './strings';

const TABS: readonly { path: string; label: string }[] = [
  { path: '/organization/branches', label: text.tabs.list },
  { path: '/organization/tree', label: text.tabs.tree },
  { path: '/organization/figures', label: text.tabs.figures },
  { path: '/organization/units', label: text.tabs.units },
  { path: '/organization/flags', label: text.tabs.flags },
];

/** Tổ chức Hội: one routed tab per list, so each has its own address (like Cài đặt). */
export function OrganizationLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((tab) => pathname.startsWith(tab.path))?.path ?? TABS[0]?.path;
  return (
    <>
      <PageHeader title={text.title} />
      <Tabs value={active} onChange={(value) => value && value !== active && void navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>{tab.label}</Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
