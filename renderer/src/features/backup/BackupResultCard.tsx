import { Alert, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { BackupRunResult } from '../../../../shared/schemas/backup';
import { backupText, formatBytes, formatDuration } from './strings';

const text = backupText.result;

/** The verdict of a USB backup: where it went, how big, how long, verified. */
export function BackupResultCard({ result }: { result: BackupRunResult }) {
  return (
    <Alert color="green" title={text.title} icon={<IconCircleCheck aria-hidden />} data-backup-result>
      <Text size="sm" mb="sm">{text.verified}</Text>
      <Table withRowBorders={false} verticalSpacing={4} aria-label={text.title}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{text.where}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{result.directory}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{text.file}</Table.Th>
            <Table.Td>{result.fileName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{text.size}</Table.Th>
            <Table.Td>{formatBytes(result.sizeBytes)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{text.time}</Table.Th>
            <Table.Td>{formatDuration(result.durationMs)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {result.removedOld > 0 ? <Text size="sm" mt="sm">{text.removed(result.removedOld)}</Text> : null}
    </Alert>
  );
}
