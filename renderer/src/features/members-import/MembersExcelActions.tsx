import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { MemberFilter } from '../../../../shared/schemas/member-lists';
import { savedFile } from '../../../../shared/schemas/lists';
import { useApi, useJobState } from '../../api/context';
import { errorMessage } from '../../components/import/error-message';
import { JobProgress } from '../../components/JobProgress';
import { useSession } from '../auth/session-context';
import { MembersImportWizard } from './MembersImportWizard';
import { membersExcelText as text } from './strings';

/** "Nhập từ Excel" and "Xuất Excel" on the members list; the export takes the list's filters. */
export function MembersExcelActions({ filter }: { filter: MemberFilter }) {
  const session = useSession();
  const [importing, setImporting] = useState(false);
  return (
    <Group gap="xs">
      {session.may('lists.import.read') ? (
        <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>{text.importButton}</Button>
      ) : null}
      {session.may('members.export') ? <ExportMembersButton filter={filter} /> : null}
      {importing ? <MembersImportWizard onClose={() => setImporting(false)} /> : null}
    </Group>
  );
}

function ExportMembersButton({ filter }: { filter: MemberFilter }) {
  const api = useApi();
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const state = useJobState(jobId);
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (state?.status !== 'succeeded' || handled.current === state.jobId) return;
    handled.current = state.jobId;
    const result = savedFile.safeParse(state.result).data;
    if (result?.kind === 'download') api.transport.download(result.url);
    if (result && result.kind !== 'cancelled') notifications.show({ color: 'green', message: result.kind === 'download' ? text.exportDone : text.exportSaved });
  }, [api, state]);
  const start = async () => {
    setFailure(null);
    try {
      setJobId((await api.call('members.export', filter)).jobId);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  const failed = state?.status === 'failed' ? (state.error?.message ?? text.exportFailed) : failure;
  const opened = failed !== null || (jobId !== null && state?.status !== 'succeeded');
  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={jobId !== null && state?.status === 'running'} onClick={() => void start()}>
        {text.exportButton}
      </Button>
      <Modal opened={opened} onClose={() => { setJobId(null); setFailure(null); }} title={text.exporting}>
        <Stack>
          {jobId && state?.status !== 'failed' ? <JobProgress jobId={jobId} title={text.exporting} /> : null}
          {failed ? <Alert color="red" role="alert" title={text.exportFailed}>{failed}</Alert> : null}
        </Stack>
      </Modal>
    </>
  );
}
