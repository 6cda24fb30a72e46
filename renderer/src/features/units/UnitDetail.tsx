import { Alert, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../../shared/format';
import { UNIT_FLAG_LABELS } from '../../../../shared/schemas/organization-kinds';
import type { MappingDto, UnitHistory } from '../../../../shared/schemas/units';
import { useMethodQuery } from '../../api/context';
import { unitsText as text } from './strings';

/** A unit's history: every version, its flags, and the reorganisations it took part in. */
export function UnitDetail({ code }: { code: string }) {
  const history = useMethodQuery('units.history', { code });
  if (history.isPending) return <Loader />;
  if (history.isError) return <Alert color="red" role="alert">{history.error.message}</Alert>;
  const { versions, flags, mappedFrom, mappedTo } = history.data;
  const latest = versions.at(-1);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{latest?.name ?? code} · {text.code(code)}</Title>
        <VersionsTable versions={versions} />
        <Title order={3} size="h5">{text.flagsTitle}</Title>
        {flags.length === 0 ? <Text size="sm" c="dimmed">{text.noFlags}</Text> : (
          <List size="sm">
            {flags.map((flag) => <List.Item key={flag.id}>{UNIT_FLAG_LABELS[flag.kind]}: {text.period(flag.validFrom, flag.validTo)} ({flag.decision})</List.Item>)}
          </List>
        )}
        <MappingList title={text.mappedFrom} mappings={mappedFrom} other={(m) => [m.oldCode, m.oldName]} />
        <MappingList title={text.mappedTo} mappings={mappedTo} other={(m) => [m.newCode, m.newName]} />
      </Stack>
    </Paper>
  );
}

function VersionsTable({ versions }: { versions: UnitHistory['versions'] }) {
  return (
    <Table withTableBorder striped aria-label={text.history}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.versionsColumns.name}</Table.Th>
          <Table.Th>{text.versionsColumns.from}</Table.Th>
          <Table.Th>{text.versionsColumns.to}</Table.Th>
          <Table.Th>{text.versionsColumns.decision}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((version) => (
          <Table.Tr key={version.id}>
            <Table.Td>{version.name}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{version.validFrom ? formatDate(version.validFrom) : text.openStart}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{version.validTo ? formatDate(version.validTo) : text.openEnd}</Table.Td>
            <Table.Td><Text size="sm">{version.decision ?? ''}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MappingList({ title, mappings, other }: { title: string; mappings: MappingDto[]; other(mapping: MappingDto): [string, string] }) {
  if (mappings.length === 0) return null;
  return (
    <>
      <Title order={3} size="h5">{title}</Title>
      <List size="sm">
        {mappings.map((mapping) => {
          const [code, name] = other(mapping);
          return <List.Item key={mapping.id}>{text.mappingLine(code, name, mapping.validFrom, mapping.decision)}</List.Item>;
        })}
      </List>
    </>
  );
}
