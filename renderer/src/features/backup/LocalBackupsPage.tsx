import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { formatNumber } from '../../../../shared/format';
import { vi } from '../../../../shared/i18n/vi';
import { useMethodQuery } from '../../api/context';
import { useSession } from '../auth/session-context';
import { backupText, formatBytes, when } from './strings';

const text = backupText.local;

/** Sao lưu → Bản sao lưu tự động: what the app keeps in its data folder, newest first. */
export function LocalBackupsPage() {
  const backups = useMethodQuery('backup.local.list', {});
  const { may } = useSession();
  const navigate = useNavigate();
  const canRestore = may('backup.restore');
  if (backups.isError) return <Alert color="red" role="alert">{backups.error.message}</Alert>;
  if (!backups.data) return <Text>{vi.feedback.loading}</Text>;
  return (
    <Stack maw={820}>
      <Text c="dimmed">{text.intro}</Text>
      {backups.data.length === 0 ? (
        <Text>{text.empty}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">{text.count(formatNumber(backups.data.length))}</Text>
          <Table striped withTableBorder stickyHeader aria-label={backupText.tabs.local}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.columns.createdAt}</Table.Th>
                <Table.Th>{text.columns.reason}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{text.columns.size}</Table.Th>
                {canRestore ? <Table.Th>{text.columns.actions}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{when(backup.createdAt)}</Table.Td>
                  <Table.Td>{text.reasons[backup.reason] ?? backup.reason}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatBytes(backup.sizeBytes)}</Table.Td>
                  {canRestore ? (
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => void navigate(`/backup/restore?local=${encodeURIComponent(backup.name)}`)}>{text.restore}</Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
