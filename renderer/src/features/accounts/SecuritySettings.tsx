import { Alert, Button, Group, NumberInput, Paper, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { accountsText } from './strings';

const text = accountsText.security;

/** The idle time after which every screen locks (default 10 minutes). */
export function SecuritySettings() {
  const current = useMethodQuery('settings.security.get', {});
  const api = useApi();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const value = minutes ?? current.data?.idleLockMinutes ?? 10;
  const save = async () => {
    setFailure(null);
    try {
      await api.call('settings.security.save', { idleLockMinutes: value });
      notifications.show({ color: 'green', message: text.saved });
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <Paper withBorder p="md" maw={520}>
      <Title order={2} size="h4" mb="sm">{text.title}</Title>
      <Group align="flex-end">
        <NumberInput label={text.label} min={1} max={240} value={value} onChange={(next) => setMinutes(typeof next === 'number' ? next : null)} w={320} />
        <Button onClick={() => void save()}>Lưu</Button>
      </Group>
      {failure ? <Alert mt="sm" color="red" role="alert">{failure}</Alert> : null}
    </Paper>
  );
}
