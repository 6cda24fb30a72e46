import { Alert, Button, Group, Paper, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { IconDatabaseExport, IconFolder, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { backupRunResult, type BackupDestinationDto } from '../../../../shared/schemas/backup';
import { vi } from '../../../../shared/i18n/vi';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { JobProgress } from '../../components/JobProgress';
import { useSession } from '../auth/session-context';
import { BackupResultCard } from './BackupResultCard';
import { backupText as text } from './strings';
import { useJob } from './use-job';

function destinationLabel(destination: BackupDestinationDto): string {
  return destination.kind === 'drive' ? text.usb.drive(destination.label, destination.path) : text.usb.folder(destination.path);
}

/** Sao lưu → Sao lưu ra USB: pick the stick (or the remembered folder), one click, then the verdict. */
export function UsbBackupPage() {
  const api = useApi();
  const { may } = useSession();
  const overview = useMethodQuery('backup.overview', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [folderFailure, setFolderFailure] = useState<string | null>(null);
  const job = useJob(backupRunResult);
  if (!overview.data) return overview.isError ? <Alert color="red" role="alert">{overview.error.message}</Alert> : <Text>{vi.feedback.loading}</Text>;
  const { destinations, passphrase: secret, lastUsb } = overview.data;
  const destination = chosen ?? destinations[0]?.path ?? null;
  const passphraseError = job.refusal?.issues.find((issue) => issue.path === 'passphrase')?.message ?? (job.state?.error?.issues?.[0]?.message);

  const chooseFolder = async () => {
    setFolderFailure(null);
    try {
      const { path } = await api.call('backup.chooseFolder', {});
      if (path) setChosen(path);
      await overview.refetch();
    } catch (error) {
      setFolderFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  const start = () => job.start(() => api.call('backup.run', { destination: destination ?? '', ...(secret.remembered ? {} : { passphrase }) }));

  if (!secret.set) {
    return (
      <Alert color="yellow" title={text.usb.noPassphrase} maw={760}>
        {may('backup.passphrase.set') ? text.usb.noPassphraseAdmin : text.usb.noPassphraseOther}
      </Alert>
    );
  }
  return (
    <Stack maw={760}>
      <Text c="dimmed">{lastUsb ? text.usb.last(lastUsb.at) : text.usb.never}</Text>
      <Paper withBorder p="md">
        <Radio.Group label={text.usb.destination} value={destination} onChange={setChosen}>
          <Stack gap="xs" mt="xs">
            {destinations.length === 0 ? <Text c="dimmed">{text.usb.noDestination}</Text> : null}
            {destinations.map((item) => (
              <Radio key={item.path} value={item.path} label={destinationLabel(item)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group mt="md" gap="sm">
          <Button variant="default" leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => void overview.refetch()}>{text.usb.refresh}</Button>
          <Button variant="default" leftSection={<IconFolder size={18} aria-hidden />} onClick={() => void chooseFolder()}>{text.usb.chooseFolder}</Button>
        </Group>
        {folderFailure ? <Alert mt="sm" color="red" role="alert">{folderFailure}</Alert> : null}
      </Paper>
      {secret.remembered ? null : (
        <PasswordInput label={text.usb.passphrase} description={text.usb.passphraseHelp} value={passphrase} error={passphraseError} onChange={(event) => setPassphrase(event.currentTarget.value)} maw={480} />
      )}
      <div>
        <Button data-main-action leftSection={<IconDatabaseExport size={18} aria-hidden />} disabled={destination === null || job.running} loading={job.running} onClick={() => void start()}>
          {text.usb.start}
        </Button>
      </div>
      {job.refusal && !passphraseError ? <Alert color="red" role="alert">{job.refusal.message}</Alert> : null}
      {job.jobId ? <JobProgress jobId={job.jobId} title={text.usb.job} /> : null}
      {job.result ? <BackupResultCard result={job.result} /> : null}
    </Stack>
  );
}
