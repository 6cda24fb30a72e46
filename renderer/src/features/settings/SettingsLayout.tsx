import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { settingsText } from './strings';

const TABS = [
  { path: '/settings/profile', label: settingsText.tabs.profile },
  { path: '/settings/database', label: settingsText.tabs.database },
] as const;

/** Settings: one routed tab per topic, so each has its own address. */
export function SettingsLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((tab) => pathname.startsWith(tab.path))?.path ?? TABS[0].path;
  return (
    <>
      <PageHeader title={settingsText.title} />
      <Tabs value={active} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
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
