import { Alert, Button, Group, Loader, Menu, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate, formatNumber } from '../../../../shared/format';
import { UNIT_FLAG_LABELS } from '../../../../shared/schemas/organization-kinds';
import type { FlagDto } from '../../../../shared/schemas/units';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTextField } from '../../components/DateTextField';
import { ExportButton } from '../../components/ExportButton';
import { ImportWizard } from '../../components/import/ImportWizard';
import { useSession } from '../auth/session-context';
import { typedDate } from '../organization/branch-filters';
import { FlagFormModal } from './FlagFormModal';
import { flagsText as text } from './strings';

type Dialog = { kind: 'form'; flag: FlagDto | null } | { kind: 'delete'; flag: FlagDto } | { kind: 'import' };

/** Tổ chức Hội → Xã khó khăn: per-period flags of communes, each with its decision. */
export function FlagsPage() {
  const api = useApi();
  const canWrite = useSession().may('units.flags.save');
  const [query, setQuery] = useState('');
  const [asOfText, setAsOfText] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const asOf = typedDate(asOfText);
  const filter = { ...(query.trim() ? { query } : {}), ...(asOf.iso ? { asOf: asOf.iso } : {}) };
  const flags = useMethodQuery('units.flags.list', filter);
  const remove = (flag: FlagDto) =>
    api.call('units.flags.delete', { id: flag.id }).then(
      () => notifications.show({ color: 'green', message: text.deleted }),
      (error: unknown) => notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) }),
    );
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" maw={640}>{text.description}</Text>
        <Group gap="xs" wrap="nowrap">
          <ExportButton run={() => api.call('units.flags.export', filter)} />
          {canWrite ? <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setDialog({ kind: 'import' })}>{text.importExcel}</Button> : null}
          {canWrite ? <Button data-main-action leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'form', flag: null })}>{text.add}</Button> : null}
        </Group>
      </Group>
      <Group align="flex-start">
        <TextInput data-search-box label={text.search} placeholder={text.searchPlaceholder} leftSection={<IconSearch size={16} aria-hidden />} value={query} onChange={(event) => setQuery(event.currentTarget.value)} w={340} />
        <DateTextField label={text.asOf} value={asOfText} error={asOf.error} onChange={(event) => setAsOfText(event.currentTarget.value)} onPick={setAsOfText} w={190} />
      </Group>
      {flags.isPending ? <Loader /> : null}
      {flags.isError ? <Alert color="red" role="alert">{flags.error.message}</Alert> : null}
      {flags.data ? <FlagTable flags={flags.data} canWrite={canWrite} onEdit={(flag) => setDialog({ kind: 'form', flag })} onDelete={(flag) => setDialog({ kind: 'delete', flag })} /> : null}
      {dialog?.kind === 'form' ? <FlagFormModal flag={dialog.flag} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? <ImportWizard listType="unit-flags" onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog title={text.deleteTitle(dialog.flag.unitName)} body={text.deleteBody} confirmLabel={text.delete} onConfirm={() => void remove(dialog.flag)} onClose={() => setDialog(null)} />
      ) : null}
    </Stack>
  );
}

function FlagTable({ flags, canWrite, onEdit, onDelete }: { flags: FlagDto[]; canWrite: boolean; onEdit(flag: FlagDto): void; onDelete(flag: FlagDto): void }) {
  if (flags.length === 0) return <Text>{text.empty}</Text>;
  return (
    <>
      <Text size="sm" c="dimmed" role="status">{text.count(formatNumber(flags.length))}</Text>
      <Table striped withTableBorder stickyHeader aria-label={text.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            {[text.columns.code, text.columns.name, text.columns.kind, text.columns.from, text.columns.to, text.columns.decision].map((label) => <Table.Th key={label}>{label}</Table.Th>)}
            {canWrite ? <Table.Th>{text.columns.actions}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {flags.map((flag) => (
            <Table.Tr key={flag.id}>
              <Table.Td>{flag.unitCode}</Table.Td>
              <Table.Td>{flag.unitName}</Table.Td>
              <Table.Td>{UNIT_FLAG_LABELS[flag.kind]}</Table.Td>
              <Table.Td>{formatDate(flag.validFrom)}</Table.Td>
              <Table.Td>{flag.validTo ? formatDate(flag.validTo) : text.open}</Table.Td>
              <Table.Td>{flag.decision}</Table.Td>
              {canWrite ? (
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button variant="subtle" size="xs" rightSection={<IconDots size={16} aria-hidden />} aria-label={`${text.columns.actions}: ${flag.unitName}`}>{text.columns.actions}</Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onEdit(flag)}>{text.edit}</Menu.Item>
                      <Menu.Item color="red" onClick={() => onDelete(flag)}>{text.delete}</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
