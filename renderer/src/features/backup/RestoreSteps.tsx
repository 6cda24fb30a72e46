import { List, Loader, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconX } from '@tabler/icons-react';
import type { JobState } from '../../api/job-store';
import { backupText } from './strings';

const STAGES = backupText.restore.stages;

function icon(index: number, state: JobState | undefined) {
  const current = state?.done ?? 0;
  if (state?.status === 'succeeded' || index < current) {
    return <ThemeIcon color="green" size={22} radius="xl"><IconCheck size={14} aria-label="xong" /></ThemeIcon>;
  }
  if (index === current && state?.status === 'running') return <Loader size={20} aria-label="đang làm" />;
  if (index === current && state && state.status !== 'running') {
    return <ThemeIcon color="red" size={22} radius="xl"><IconX size={14} aria-label="dừng ở bước này" /></ThemeIcon>;
  }
  return <ThemeIcon color="gray" variant="light" size={22} radius="xl"><IconCircleDashed size={14} aria-label="chưa làm" /></ThemeIcon>;
}

/** The steps of a test (the first four) or of a restore (all seven), ticked off as the job goes. */
export function RestoreSteps({ state, restoring }: { state: JobState | undefined; restoring: boolean }) {
  const stages = restoring ? STAGES : STAGES.slice(0, 4);
  return (
    <List spacing="xs" center aria-label={restoring ? backupText.restore.runJob : backupText.restore.testJob} data-restore-steps>
      {stages.map((stage, index) => (
        <List.Item key={stage} icon={icon(index, state)}>{stage}</List.Item>
      ))}
    </List>
  );
}
