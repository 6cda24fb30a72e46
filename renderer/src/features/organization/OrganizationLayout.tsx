import { Outlet } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { RoutedTabs } from '../../components/RoutedTabs';
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
  return (
    <>
      <PageHeader title={text.title} />
      <RoutedTabs tabs={TABS} />
      <Outlet />
    </>
  );
}
