import { Alert, Button, Group, NumberInput, Paper, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupSettings } from '../../../../shared/schemas/backup';
import { vi } from '../../../../shared/i18n/vi';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { backupText } from './strings';

const text = backupText.settings;

/** How many backups stay on the stick, and after how many days the home screen warns. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const api = useApi();
  const [values, setValues] = useState(settings);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setFailure(null);
    try {
      setValues(await api.call('backup.settings.save', values));
      notifications.show({ color: 'green', message: text.saved });
    } catch (error) {
      setFailure(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : String(error));
    }
  };
  const number = (key: keyof BackupSettings) => (next: string | number) => setValues((current) => ({ ...current, [key]: typeof next === 'number' ? next : Number(next) }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{text.title}</Title>
      <Group align="flex-end">
        <NumberInput label={text.keep} min={1} max={100} value={values.keepOnDrive} onChange={number('keepOnDrive')} w={300} />
        <NumberInput label={text.reminder} min={1} max={90} value={values.reminderDays} onChange={number('reminderDays')} w={300} />
        <Button onClick={() => void save()}>{vi.actions.save}</Button>
      </Group>
      {failure ? <Alert mt="sm" color="red" role="alert">{failure}</Alert> : null}
    </Paper>
  );
}
