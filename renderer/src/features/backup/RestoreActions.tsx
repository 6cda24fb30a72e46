import { Alert, Button, Group, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { formatDate, formatNumber, todayInVietnam } from '../../../../shared/format';
import { backupCheckResult, restoreResult, type BackupCheckResult, type BackupHeaderDto, type BackupSource, type RestoreResult } from '../../../../shared/schemas/backup';
import { useApi } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgress } from '../../components/JobProgress';
import { useSession } from '../auth/session-context';
import { RestoreSteps } from './RestoreSteps';
import { backupText } from './strings';
import { useJob } from './use-job';

const text = backupText.restore;
export const dateOf = (instant: string) => formatDate(todayInVietnam(new Date(instant)));

interface Props {
  source: BackupSource;
  header: BackupHeaderDto;
  remembered: boolean;
  confirmOther: boolean;
  /** Whether a test or a restore has started (the steps above move to the last one). */
  onStarted(started: boolean): void;
}

/** The passphrase, "Kiểm tra bản sao lưu" and "Khôi phục", then the steps ticked off and the verdict. */
export function RestoreActions({ source, header, remembered, confirmOther, onStarted }: Props) {
  const api = useApi();
  const { may } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [asking, setAsking] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const test = useJob(backupCheckResult);
  const restore = useJob(restoreResult);
  const job = restoring ? restore : test;
  const started = job.jobId !== null;
  useEffect(() => {
    onStarted(started);
  }, [started, onStarted]);
  const run = (restoreIt: boolean) => {
    const typed = passphrase === '' ? {} : { passphrase };
    setRestoring(restoreIt);
    if (restoreIt) void restore.start(() => api.call('backup.restore', { source, confirmOtherOrganization: confirmOther, ...typed }));
    else void test.start(() => api.call('backup.test', { source, ...typed }));
  };
  const blocked = header.newerThanApp || (!header.sameOrganization && !confirmOther);
  const fieldError = job.state?.error?.issues?.find((issue) => issue.path === 'passphrase')?.message;
  return (
    <Stack>
      {header.encrypted ? (
        <PasswordInput label={text.passphrase} description={remembered ? text.passphraseRemembered : undefined} value={passphrase} error={fieldError} onChange={(event) => setPassphrase(event.currentTarget.value)} />
      ) : null}
      <Group>
        <Button variant="default" leftSection={<IconShieldCheck size={18} aria-hidden />} disabled={header.newerThanApp || job.running} onClick={() => run(false)}>{text.test}</Button>
        {may('backup.restore') ? (
          <Button color="red" leftSection={<IconRestore size={18} aria-hidden />} disabled={blocked || job.running} onClick={() => setAsking(true)}>{text.run}</Button>
        ) : null}
      </Group>
      {job.refusal ? <Alert color="red" role="alert">{job.refusal.message}</Alert> : null}
      {job.jobId ? <RestoreProgress job={job} restoring={restoring} test={test.result} restored={restore.result} /> : null}
      {asking ? <ConfirmDialog title={text.confirmTitle(dateOf(header.createdAt))} body={text.confirmBody} confirmLabel={text.run} onConfirm={() => run(true)} onClose={() => setAsking(false)} /> : null}
    </Stack>
  );
}

interface ProgressProps {
  job: ReturnType<typeof useJob>;
  restoring: boolean;
  test: BackupCheckResult | null;
  restored: RestoreResult | null;
}

/** The verdict, the steps and the bar — scrolled into view as the job starts. */
function RestoreProgress({ job, restoring, test, restored }: ProgressProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); // (returns a promise in new browsers: not a cleanup)
  }, [job.jobId]);
  const rows = test ? formatNumber(test.tables.reduce((sum, table) => sum + table.rows, 0)) : '';
  return (
    <Stack ref={ref} gap="sm">
      {test && !restoring ? <Alert color="green" title={text.tested} data-backup-tested>{text.testedBody(test.organizationName ?? '', rows)}</Alert> : null}
      {restored && restoring ? (
        <Alert color="green" title={text.done} data-backup-restored>
          <Text size="sm" mb="sm">{text.doneBody(dateOf(restored.createdAt))}</Text>
          <Button onClick={() => window.location.reload()}>{text.loginAgain}</Button>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <RestoreSteps state={job.state} restoring={restoring} />
      </Paper>
      {job.jobId ? <JobProgress jobId={job.jobId} title={restoring ? text.runJob : text.testJob} /> : null}
    </Stack>
  );
}
