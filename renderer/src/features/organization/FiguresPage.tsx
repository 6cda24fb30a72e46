import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate, formatNumber } from '../../../../shared/format';
import { BRANCH_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../../../shared/schemas/organization-kinds';
import { useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { typedDate } from './branch-filters';
import { figuresText as text } from './strings';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={28} fw={700} ta="right">{formatNumber(value)}</Text>
    </Paper>
  );
}

/** Tổ chức Hội → Số liệu báo cáo: the programme 1 figures for a period, computed by the core. */
export function FiguresPage() {
  const info = useMethodQuery('system.info', {});
  if (info.isPending) return <Loader />;
  if (info.isError) return <Alert color="red" role="alert">{info.error.message}</Alert>;
  return <PeriodFigures today={info.data.today} />;
}

/** The period defaults to the current year (Vietnam's date, from the core). */
function PeriodFigures({ today }: { today: string }) {
  const year = today.slice(0, 4);
  const [from, setFrom] = useState(`01/01/${year}`);
  const [to, setTo] = useState(`31/12/${year}`);
  const period = { from: typedDate(from), to: typedDate(to) };
  return (
    <Stack>
      <Text c="dimmed">{text.description}</Text>
      <Group align="flex-start">
        <DateTextField label={text.from} value={from} error={period.from.error} onChange={(event) => setFrom(event.currentTarget.value)} onPick={setFrom} w={170} />
        <DateTextField label={text.to} value={to} error={period.to.error} onChange={(event) => setTo(event.currentTarget.value)} onPick={setTo} w={170} />
      </Group>
      {period.from.iso && period.to.iso ? <Figures from={period.from.iso} to={period.to.iso} /> : null}
    </Stack>
  );
}

function Figures({ from, to }: { from: string; to: string }) {
  const figures = useMethodQuery('branches.figures', { from, to });
  if (figures.isPending) return <Loader />;
  if (figures.isError) return <Alert color="red" role="alert">{figures.error.message}</Alert>;
  const data = figures.data;
  return (
    <Stack>
      <SimpleGrid cols={5} aria-label={text.description}>
        <Figure label={text.cards.communeBranches} value={data.programmeOne.newCommuneBranches} />
        <Figure label={text.cards.inDifficult} value={data.programmeOne.newCommuneBranchesInDifficult} />
        <Figure label={text.cards.networks} value={data.programmeOne.networksFounded} />
        <Figure label={text.cards.clubs} value={data.programmeOne.clubsFounded} />
        <Figure label={text.cards.active(formatDate(data.asOf))} value={data.activeAt.total} />
      </SimpleGrid>
      <Title order={2} size="h4">{text.tableTitle}</Title>
      {data.byKindAndLevel.length === 0 ? <Text size="sm">{text.empty}</Text> : (
        <Table striped withTableBorder aria-label={text.tableTitle} maw={820}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text.columns.kind}</Table.Th>
              <Table.Th>{text.columns.level}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{text.columns.founded}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{text.columns.inDifficult}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.byKindAndLevel.map((row) => (
              <Table.Tr key={`${row.kind}-${row.level}`}>
                <Table.Td>{BRANCH_KIND_LABELS[row.kind]}</Table.Td>
                <Table.Td>{row.level === 'unknown' ? text.unknownLevel : UNIT_LEVEL_LABELS[row.level]}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{formatNumber(row.founded)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{formatNumber(row.inDifficult)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
