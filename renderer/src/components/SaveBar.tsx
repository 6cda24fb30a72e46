import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { vi } from '../../../shared/i18n/vi';

/** The save button always visible at the foot of a form (ui.md, Forms), with the failure above it. */
export function SaveBar({ dirty, busy, failure, onCancel }: { dirty: boolean; busy: boolean; failure: string | null; onCancel(): void }) {
  return (
    <Paper withBorder p="sm" shadow="sm" style={{ position: 'sticky', bottom: 8, zIndex: 5 }}>
      {failure ? <Alert color="red" variant="light" mb="sm" role="alert">{failure}</Alert> : null}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{dirty ? vi.feedback.unsavedChanges : ''}</Text>
        <Group>
          <Button variant="default" onClick={onCancel} disabled={!dirty || busy}>{vi.actions.cancel}</Button>
          <Button type="submit" loading={busy}>{vi.actions.save}</Button>
        </Group>
      </Group>
    </Paper>
  );
}
