import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { backupRunResult } from '../../../../shared/schemas/backup';
import { vi } from '../../../../shared/i18n/vi';
import { useApi, useMethodQuery } from '../../api/context';
import { JobProgress } from '../../components/JobProgress';
import { useSession } from '../auth/session-context';
import { BackupResultCard } from './BackupResultCard';
import { DestinationPicker } from './DestinationPicker';
import { backupText } from './strings';
import { useJob } from './use-job';

const text = backupText.usb;

/** Sao lưu → Sao lưu ra USB: pick the stick (or the remembered folder), one click, then the verdict. */
export function UsbBackupPage() {
  const api = useApi();
  const { may } = useSession();
  const overview = useMethodQuery('backup.overview', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const job = useJob(backupRunResult);
  if (!overview.data) return overview.isError ? <Alert color="red" role="alert">{overview.error.message}</Alert> : <Text>{vi.feedback.loading}</Text>;
  const { destinations, passphrase: secret, lastUsb } = overview.data;
  if (!secret.set) {
    return <Alert color="yellow" title={text.noPassphrase} maw={760}>{may('backup.passphrase.set') ? text.noPassphraseAdmin : text.noPassphraseOther}</Alert>;
  }
  const destination = chosen ?? destinations[0]?.path ?? null;
  const passphraseError = job.refusal?.issues.find((issue) => issue.path === 'passphrase')?.message ?? job.state?.error?.issues?.[0]?.message;
  const start = () => job.start(() => api.call('backup.run', { destination: destination ?? '', ...(secret.remembered ? {} : { passphrase }) }));
  return (
    <Stack maw={760}>
      <Text c="dimmed">{lastUsb ? text.last(lastUsb.at) : text.never}</Text>
      <DestinationPicker destinations={destinations} value={destination} onChange={setChosen} onRefresh={() => overview.refetch()} />
      {secret.remembered ? null : (
        <PasswordInput label={text.passphrase} description={text.passphraseHelp} value={passphrase} error={passphraseError} onChange={(event) => setPassphrase(event.currentTarget.value)} maw={480} />
      )}
      <div>
        <Button data-main-action leftSection={<IconDatabaseExport size={18} aria-hidden />} disabled={destination === null || job.running} loading={job.running} onClick={() => void start()}>
          {text.start}
        </Button>
      </div>
      {job.refusal && !passphraseError ? <Alert color="red" role="alert">{job.refusal.message}</Alert> : null}
      {job.jobId ? <JobProgress jobId={job.jobId} title={text.job} /> : null}
      {job.result ? <BackupResultCard result={job.result} /> : null}
    </Stack>
  );
}
