import { Alert, Badge, Button, Group, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import type { ImportCommitResult, ImportPreview } from '../../../../shared/schemas/lists';
import { useApi } from '../../api/context';
import { errorMessage } from './error-message';
import { importText as text } from './strings';

interface Props {
  preview: ImportPreview;
  /** The counts' sentence; the generic one ("n dòng: … hợp lệ, … có lỗi") unless given. */
  headline?: string;
  /** True while the data is checked again: the rows shown may change, so nothing can be committed. */
  checking?: boolean;
  onBack(): void;
  onCancel(): void;
  onCommitted(result: ImportCommitResult): void;
}

/** Step 3: counts, what would change, every row with its Vietnamese errors; commit or cancel. */
export function PreviewStep({ preview, headline, checking = false, onBack, onCancel, onCommitted }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const commit = () => run(async () => onCommitted(await api.call('lists.import.commit', { importId: preview.importId, checkId: preview.checkId })));
  const rejected = () =>
    run(async () => {
      const file = await api.call('lists.import.rejected', { importId: preview.importId });
      if (file.kind === 'download') api.transport.download(file.url);
    });

  return (
    <Stack>
      <Text fw={600} role="status">{headline ?? text.counts(formatNumber(preview.total), formatNumber(preview.valid), formatNumber(preview.invalid))}</Text>
      <Summary lines={preview.summary} />
      {preview.blocked ? <Alert color="red" role="alert">{preview.blocked}</Alert> : null}
      {preview.valid === 0 ? <Alert color="orange">{text.nothingValid}</Alert> : null}
      <PreviewTable rows={preview.rows} parsedColumns={preview.parsedColumns} />
      {preview.rows.length < preview.total ? <Text size="xs" c="dimmed">{text.moreRows(formatNumber(preview.rows.length), formatNumber(preview.total))}</Text> : null}
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      <Group justify="space-between">
        <Group>
          <Button variant="subtle" onClick={onBack} disabled={busy}>{text.back}</Button>
          {preview.invalid > 0 ? <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void rejected()} disabled={busy || checking}>{text.rejected}</Button> : null}
        </Group>
        <Group>
          <Button variant="default" onClick={onCancel} disabled={busy}>{text.cancel}</Button>
          <Button onClick={() => void commit()} loading={busy} disabled={!preview.canCommit || checking}>{text.commit(formatNumber(preview.valid))}</Button>
        </Group>
      </Group>
    </Stack>
  );
}

function Summary({ lines }: { lines: ImportPreview['summary'] }) {
  if (lines.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">{text.summaryTitle}</Title>
      <List size="sm" aria-label={text.summaryTitle}>
        {lines.map((line) => <List.Item key={line.label}>{text.summaryLine(line.label, formatNumber(line.count), line.countOf)}</List.Item>)}
      </List>
    </Stack>
  );
}

function PreviewTable({ rows, parsedColumns }: { rows: ImportPreview['rows']; parsedColumns: string[] }) {
  return (
    <ScrollArea.Autosize mah={300}>
      <Table striped withTableBorder stickyHeader aria-label={text.steps.preview}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70} style={{ textAlign: 'right' }}>{text.previewColumns.row}</Table.Th>
            {parsedColumns.map((label) => <Table.Th key={label}>{label}</Table.Th>)}
            <Table.Th>{text.previewColumns.content}</Table.Th>
            <Table.Th>{text.previewColumns.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td style={{ textAlign: 'right' }}>{row.rowNumber}</Table.Td>
              {parsedColumns.map((label, at) => <Table.Td key={label}><Text size="sm" fw={500}>{row.parsed[at] ?? ''}</Text></Table.Td>)}
              <Table.Td><Text size="sm">{row.values.filter((value) => value !== '').join(' · ')}</Text></Table.Td>
              <Table.Td>
                {row.errors.length === 0 ? <Badge color="green" variant="light">{text.ok}</Badge> : <Text size="sm" c="red.8">{row.errors.join(' ')}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
