import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconFileSearch, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupHeaderDto } from '../../../../shared/schemas/backup';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { BackupHeaderCard } from './BackupHeaderCard';
import { backupText } from './strings';

const text = backupText.setup;

/**
 * On the first-run screen: a new PC can start from a USB backup instead of an empty setup. It runs
 * as one call (no session exists yet to receive job events), then everyone logs in with the
 * accounts of the backup.
 */
export function SetupRestoreOffer() {
  const [open, setOpen] = useState(false);
  return (
    <Group justify="space-between" wrap="nowrap" data-setup-restore>
      <Text size="sm">{text.offer}</Text>
      <Button variant="default" leftSection={<IconRestore size={18} aria-hidden />} onClick={() => setOpen(true)}>{text.open}</Button>
      {open ? <SetupRestoreDialog onClose={() => setOpen(false)} /> : null}
    </Group>
  );
}

/** The state of the first-run restore: the picked file, its header, the call, its failure. */
function useSetupRestore() {
  const api = useApi();
  const [token, setToken] = useState<string | null>(null);
  const [header, setHeader] = useState<BackupHeaderDto | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const attempt = async (work: () => Promise<void>) => {
    setFailure(null);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const pick = () =>
    attempt(async () => {
      const file = await api.transport.openFile({ accept: ['.sohoi'] });
      if (!file) return;
      setHeader(await api.call('setup.restore.inspect', { token: file.token }));
      setToken(file.token);
    });
  const restore = (passphrase: string) =>
    attempt(async () => {
      if (!token) return;
      await api.call('setup.restore', passphrase === '' ? { token } : { token, passphrase });
      setDone(true);
    });
  return { header, failure, busy, done, pick, restore };
}

function SetupRestoreDialog({ onClose }: { onClose(): void }) {
  const { header, failure, busy, done, pick, restore } = useSetupRestore();
  const [passphrase, setPassphrase] = useState('');
  const fieldError = failure?.issues.find((issue) => issue.path === 'passphrase')?.message;
  const body = done ? (
    <Stack>
      <Alert color="green">{text.done}</Alert>
      <Button onClick={() => window.location.reload()}>{backupText.restore.loginAgain}</Button>
    </Stack>
  ) : (
    <Stack>
      <Text size="sm">{text.intro}</Text>
      <Group>
        <Button variant={header ? 'default' : 'filled'} leftSection={<IconFileSearch size={18} aria-hidden />} onClick={() => void pick()} disabled={busy}>
          {header ? backupText.restore.chooseAnother : backupText.restore.choose}
        </Button>
      </Group>
      {header ? <BackupHeaderCard header={header} confirmOther /> : null}
      {header?.encrypted ? <PasswordInput label={backupText.restore.passphrase} value={passphrase} error={fieldError} onChange={(event) => setPassphrase(event.currentTarget.value)} /> : null}
      {failure && !fieldError ? <Alert color="red" role="alert">{failure.message}</Alert> : null}
      {busy && header ? <Alert color="blue">{text.running}</Alert> : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onClose} disabled={busy}>{text.back}</Button>
        {header ? (
          <Button color="red" leftSection={<IconRestore size={18} aria-hidden />} loading={busy} disabled={header.newerThanApp || (header.encrypted && passphrase === '')} onClick={() => void restore(passphrase)}>
            {text.run}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={text.title} size="lg">
      {body}
    </Modal>
  );
}
