import { Alert, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../../shared/format';
import { UNIT_FLAG_LABELS } from '../../../../shared/schemas/organization-kinds';
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
        <Title order={3} size="h5">{text.flagsTitle}</Title>
        {flags.length === 0 ? <Text size="sm" c="dimmed">{text.noFlags}</Text> : (
          <List size="sm">
            {flags.map((flag) => <List.Item key={flag.id}>{UNIT_FLAG_LABELS[flag.kind]}: {text.period(flag.validFrom, flag.validTo)} ({flag.decision})</List.Item>)}
          </List>
        )}
        {mappedFrom.length > 0 ? (
          <>
            <Title order={3} size="h5">{text.mappedFrom}</Title>
            <List size="sm">{mappedFrom.map((m) => <List.Item key={m.id}>{text.mappingLine(m.oldCode, m.oldName, m.validFrom, m.decision)}</List.Item>)}</List>
          </>
        ) : null}
        {mappedTo.length > 0 ? (
          <>
            <Title order={3} size="h5">{text.mappedTo}</Title>
            <List size="sm">{mappedTo.map((m) => <List.Item key={m.id}>{text.mappingLine(m.newCode, m.newName, m.validFrom, m.decision)}</List.Item>)}</List>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
