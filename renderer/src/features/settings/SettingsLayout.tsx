import { Outlet } from 'react-router';
import type { MethodName } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { RoutedTabs } from '../../components/RoutedTabs';
import { accountsText } from '../accounts/strings';
import { auditText } from '../audit/strings';
import { useSession } from '../auth/session-context';
import { settingsText } from './strings';

const TABS: readonly { path: string; label: string; needs: MethodName }[] = [
  { path: '/settings/profile', label: settingsText.tabs.profile, needs: 'organization.profile.get' },
  { path: '/settings/database', label: settingsText.tabs.database, needs: 'system.checkDatabase' },
  { path: '/settings/accounts', label: accountsText.tab, needs: 'accounts.list' },
  { path: '/settings/audit', label: auditText.tab, needs: 'audit.list' },
];

/** Settings: one routed tab per topic, so each has its own address. */
export function SettingsLayout() {
  const { may } = useSession();
  const tabs = TABS.filter((tab) => may(tab.needs));
  return (
    <>
      <PageHeader title={settingsText.title} />
      <RoutedTabs tabs={tabs} />
      <Outlet />
    </>
  );
}
