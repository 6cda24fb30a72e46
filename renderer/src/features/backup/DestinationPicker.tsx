import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconFolder, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupDestinationDto } from '../../../../shared/schemas/backup';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { backupText } from './strings';

const text = backupText.usb;

function labelOf(destination: BackupDestinationDto): string {
  return destination.kind === 'drive' ? text.drive(destination.label, destination.path) : text.folder(destination.path);
}

interface Props {
  destinations: BackupDestinationDto[];
  value: string | null;
  onChange(path: string): void;
  /** Lists the drives again (after plugging a stick in, or choosing a folder). */
  onRefresh(): Promise<unknown>;
}

/** The removable drives the system sees, the remembered folder, and a way to choose another. */
export function DestinationPicker({ destinations, value, onChange, onRefresh }: Props) {
  const api = useApi();
  const [failure, setFailure] = useState<string | null>(null);
  const chooseFolder = async () => {
    setFailure(null);
    try {
      const { path } = await api.call('backup.chooseFolder', {});
      await onRefresh();
      if (path) onChange(path);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <Paper withBorder p="md">
      <Radio.Group label={text.destination} value={value} onChange={onChange}>
        <Stack gap="xs" mt="xs">
          {destinations.length === 0 ? <Text c="dimmed">{text.noDestination}</Text> : null}
          {destinations.map((item) => (
            <Radio key={item.path} value={item.path} label={labelOf(item)} />
          ))}
        </Stack>
      </Radio.Group>
      <Group mt="md" gap="sm">
        <Button variant="default" leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => void onRefresh()}>{text.refresh}</Button>
        <Button variant="default" leftSection={<IconFolder size={18} aria-hidden />} onClick={() => void chooseFolder()}>{text.chooseFolder}</Button>
      </Group>
      {failure ? <Alert mt="sm" color="red" role="alert">{failure}</Alert> : null}
    </Paper>
  );
}
