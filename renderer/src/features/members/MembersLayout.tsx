import { Outlet } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { RoutedTabs } from '../../components/RoutedTabs';
import { useSession } from '../auth/session-context';
import { membersText as text } from './strings';

/** Hội viên: one routed tab per list (like Tổ chức Hội); a record opens as its own page. */
export function MembersLayout() {
  const session = useSession();
  const tabs = [
    { path: '/members', label: text.tabs.list, shown: true },
    { path: '/members/dues', label: text.tabs.dues, shown: session.may('members.dues.sheet') },
    { path: '/members/arrears', label: text.tabs.arrears, shown: session.may('members.dues.arrears') },
    { path: '/members/leadership', label: text.tabs.leadership, shown: session.may('members.leadership') },
  ].filter((tab) => tab.shown);
  return (
    <>
      <PageHeader title={text.title} />
      <RoutedTabs tabs={tabs} />
      <Outlet />
    </>
  );
}
