import { Alert, Button, Group, Paper, Progress, Text } from '@mantine/core';
import { formatNumber } from '../../../shared/format';
import { vi } from '../../../shared/i18n/vi';
import { useApi, useJobState } from '../api/context';

/**
 * The one way every long task shows itself (ui.md, Feedback): stage, a bar with a count, and a
 * way to stop where stopping is safe. Finished jobs say how they ended.
 */
export function JobProgress({ jobId, title, cancellable = true }: { jobId: string; title: string; cancellable?: boolean }) {
  const api = useApi();
  const state = useJobState(jobId);
  const done = state?.done ?? 0;
  const total = state?.total ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const status = state?.status ?? 'running';

  return (
    <Paper withBorder p="md" role="status" aria-live="polite" aria-label={title} data-job-status={status}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">{statusLabel(status)}</Text>
      </Group>
      <Progress value={status === 'succeeded' ? 100 : percent} animated={status === 'running'} aria-label={title} />
      <Group justify="space-between" mt="xs">
        <Text size="sm">{state?.stage ?? vi.feedback.loading}</Text>
        <Text size="sm" c="dimmed">{total > 0 ? vi.jobs.progress(formatNumber(done), formatNumber(total)) : ''}</Text>
      </Group>
      {status === 'running' && cancellable ? (
        <Button mt="sm" variant="default" size="sm" onClick={() => void api.call('jobs.cancel', { jobId })}>
          {vi.actions.stop}
        </Button>
      ) : null}
      {status === 'failed' && state?.error ? <Alert mt="sm" color="red" role="alert">{state.error.message}</Alert> : null}
    </Paper>
  );
}

function statusLabel(status: string): string {
  if (status === 'succeeded') return vi.jobs.succeeded;
  if (status === 'failed') return vi.jobs.failed;
  if (status === 'cancelled') return vi.jobs.cancelled;
  return vi.jobs.running;
}
