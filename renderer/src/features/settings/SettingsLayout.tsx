import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { MethodName } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
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
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { may } = useSession();
  const tabs = TABS.filter((tab) => may(tab.needs));
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? '/settings/profile';
  return (
    <>
      <PageHeader title={settingsText.title} />
      <Tabs value={active} onChange={(value) => value && void navigate(value)} mb="lg">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
