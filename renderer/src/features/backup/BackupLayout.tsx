import { Alert } from '@mantine/core';
import { Outlet } from 'react-router';
import type { MethodName } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { RoutedTabs } from '../../components/RoutedTabs';
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
  const { may } = useSession();
  const tabs = TABS.filter((tab) => may(tab.needs));
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
      <RoutedTabs tabs={tabs} />
      <Outlet />
    </>
  );
}
