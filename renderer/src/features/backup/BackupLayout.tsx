import { Alert, Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { MethodName } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../auth/session-context';
import { backupText as text } from './strings';

const TABS: readonly { path: string; label: string; needs: MethodName }[] = [
  { path: '/backup/usb', label: text.tabs.usb, needs: 'backup.run' },
  { path: '/backup/restore', label: text.tabs.restore, needs: 'backup.test' },
  { path: '/backup/local', label: text.tabs.local, needs: 'backup.local.list' },
  { path: '/backup/settings', label: text.tabs.passphrase, needs: 'backup.passphrase.set' },
];

/** Sao lưu: one routed tab per task, like Cài đặt; each role sees the tabs it may use. */
export function BackupLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { may } = useSession();
  const tabs = TABS.filter((tab) => may(tab.needs));
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? tabs[0]?.path;
  if (tabs.length === 0) {
    return (
      <>
        <PageHeader title={text.title} />
        <Alert color="gray" maw={640}>{text.notForRole}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={text.title} description={text.description} />
      <Tabs value={active ?? null} onChange={(value) => value && value !== active && void navigate(value)} mb="lg">
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
