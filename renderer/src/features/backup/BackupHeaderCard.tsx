import { Alert, Checkbox, Paper, Table, Title } from '@mantine/core';
import type { BackupHeaderDto } from '../../../../shared/schemas/backup';
import { backupText, formatBytes, when } from './strings';

const text = backupText.restore;

/** What the readable header of the chosen file says, before anyone types a passphrase. */
export function BackupHeaderCard({ header, confirmOther, onConfirmOther }: { header: BackupHeaderDto; confirmOther: boolean; onConfirmOther?(value: boolean): void }) {
  const rows: [string, string][] = [
    [backupText.result.file, header.fileName],
    [text.createdAt, when(header.createdAt)],
    [text.appVersion, header.appVersion],
    [text.size, formatBytes(header.sizeBytes)],
    [text.encrypted, header.encrypted ? text.yes : text.no],
  ];
  if (header.reason) rows.push([text.reason, backupText.local.reasons[header.reason] ?? header.reason]);
  return (
    <Paper withBorder p="md" data-backup-header>
      <Title order={2} size="h4" mb="sm">{text.header}</Title>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {header.newerThanApp ? <Alert mt="sm" color="red" role="alert">{text.newer}</Alert> : null}
      {!header.sameOrganization && onConfirmOther ? (
        <Alert mt="sm" color="yellow">
          {text.otherOrganization}
          <Checkbox mt="xs" label={text.confirmOther} checked={confirmOther} onChange={(event) => onConfirmOther(event.currentTarget.checked)} />
        </Alert>
      ) : null}
    </Paper>
  );
}
