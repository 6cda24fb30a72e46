import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { IconDatabaseSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { databaseCheckResult } from '../../../../shared/contract/system';
import { formatNumber } from '../../../../shared/format';
import { useApi, useJobState } from '../../api/context';
import { JobProgress } from '../../components/JobProgress';
import { settingsText } from './strings';

const text = settingsText.database;

/** Cài đặt → Kiểm tra dữ liệu: runs the database check as a job and shows what it found. */
export function DatabaseCheckPage() {
  const api = useApi();
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const state = useJobState(jobId);
  const running = jobId !== null && (state === undefined || state.status === 'running');
  const result = state?.status === 'succeeded' ? databaseCheckResult.safeParse(state.result) : null;

  const start = async () => {
    setFailure(null);
    try {
      setJobId((await api.call('system.checkDatabase', {})).jobId);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack maw={760}>
      <Text c="dimmed">{text.description}</Text>
      <div>
        <Button leftSection={<IconDatabaseSearch size={18} aria-hidden />} onClick={() => void start()} disabled={running}>
          {text.start}
        </Button>
      </div>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      {jobId ? <JobProgress jobId={jobId} title={settingsText.tabs.database} /> : null}
      {result?.success ? (
        <>
          {result.data.problems.length === 0 ? (
            <Alert color="green">{text.ok}</Alert>
          ) : (
            <Alert color="red" title={text.problems}>{result.data.problems.join(' ')}</Alert>
          )}
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.tableColumn}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{text.rowsColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.data.tables.map((table) => (
                <Table.Tr key={table.name}>
                  <Table.Td>{table.name}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatNumber(table.rows)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Stack>
  );
}
