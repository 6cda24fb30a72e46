import { Alert, Button, Grid, Group, Loader, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate, formatNumber } from '../../../../shared/format';
import type { ListType } from '../../../../shared/schemas/list-specs';
import { useApi, useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { ExportButton } from '../../components/ExportButton';
import { ImportWizard } from '../../components/import/ImportWizard';
import { useSession } from '../auth/session-context';
import { typedDate } from '../organization/branch-filters';
import { UnitDetail } from './UnitDetail';
import { UnitTree } from './UnitTree';
import { unitsText as text } from './strings';

/** Tổ chức Hội → Đơn vị hành chính: the tree as of a chosen date, search, and a unit's history. */
export function UnitsPage() {
  const info = useMethodQuery('system.info', {});
  if (info.isPending) return <Loader />;
  if (info.isError) return <Alert color="red" role="alert">{info.error.message}</Alert>;
  return <UnitsBrowser today={info.data.today} />;
}

function UnitsBrowser({ today }: { today: string }) {
  const api = useApi();
  const canImport = useSession().may('lists.import.read');
  const [dateText, setDateText] = useState(formatDate(today));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [importing, setImporting] = useState<ListType | null>(null);
  const date = typedDate(dateText);
  const asOf = date.iso ?? today;
  const tree = useMethodQuery('units.tree', { asOf, ...(query.trim() ? { query } : {}) });
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" maw={620}>{text.description}</Text>
        <Group gap="xs" wrap="nowrap">
          <ExportButton run={() => api.call('units.export', { asOf })} />
          {canImport ? <Button variant="default" onClick={() => setImporting('unit-mappings')}>{text.importMapping}</Button> : null}
          {canImport ? <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting('admin-units')}>{text.importList}</Button> : null}
        </Group>
      </Group>
      <Group align="flex-start">
        <DateTextField label={text.asOf} value={dateText} error={date.error} onChange={(event) => setDateText(event.currentTarget.value)} onPick={setDateText} w={170} />
        <TextInput data-search-box label={text.search} placeholder={text.searchPlaceholder} leftSection={<IconSearch size={16} aria-hidden />} value={query} onChange={(event) => setQuery(event.currentTarget.value)} w={360} />
      </Group>
      {tree.isError ? <Alert color="red" role="alert">{tree.error.message}</Alert> : null}
      {tree.data ? (
        <Text size="sm" role="status">{text.counts(formatNumber(tree.data.counts.province), formatNumber(tree.data.counts.district), formatNumber(tree.data.counts.commune))}</Text>
      ) : <Loader size="sm" />}
      <Grid>
        <Grid.Col span={6}>
          <Paper withBorder p="xs">
            <ScrollArea h="calc(100vh - 380px)" type="auto">
              {tree.data ? <UnitTree key={`${asOf}|${query}`} data={tree.data} selected={selected} onSelect={setSelected} searching={query.trim() !== ''} /> : null}
            </ScrollArea>
          </Paper>
        </Grid.Col>
        <Grid.Col span={6}>
          {selected ? <UnitDetail code={selected} /> : <Text size="sm" c="dimmed">{text.pickUnit}</Text>}
        </Grid.Col>
      </Grid>
      {importing ? <ImportWizard listType={importing} onClose={() => setImporting(null)} /> : null}
    </Stack>
  );
}
