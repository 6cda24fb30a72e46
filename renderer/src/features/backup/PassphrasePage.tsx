import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { todayInVietnam } from '../../../../shared/format';
import { vi } from '../../../../shared/i18n/vi';
import { useMethodQuery } from '../../api/context';
import { useSignedInSession } from '../auth/session-context';
import { BackupSettingsForm } from './BackupSettingsForm';
import { PassphraseForm } from './PassphraseForm';
import { RecoverySheet } from './RecoverySheet';
import { backupText } from './strings';

const text = backupText.passphrase;

/** Sao lưu → Cụm mật khẩu và cài đặt (Quản trị): the passphrase, its recovery sheet, the settings. */
export function PassphrasePage() {
  const session = useSignedInSession();
  const overview = useMethodQuery('backup.overview', {});
  const profile = useMethodQuery('organization.profile.get', {});
  const [editing, setEditing] = useState(false);
  const [sheet, setSheet] = useState<{ passphrase: string; setAt: string } | null>(null);
  if (!overview.data) return <Text>{vi.feedback.loading}</Text>;
  const state = overview.data.passphrase;

  if (sheet) {
    return (
      <RecoverySheet
        organization={profile.data?.name ?? ''}
        date={todayInVietnam(new Date(sheet.setAt))}
        by={session.displayName}
        passphrase={sheet.passphrase}
        onDone={() => setSheet(null)}
      />
    );
  }
  return (
    <Stack maw={760}>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">{text.title}</Title>
        <Text size="sm" mb="sm">{text.help}</Text>
        <Text fw={600}>{state.setAt ? text.set(state.setAt) : text.notSet}</Text>
        {state.set ? <Text size="sm" c="dimmed" mb="sm">{state.remembered ? text.remembered : text.notRemembered}</Text> : null}
        {state.set && !editing ? (
          <Button variant="default" mt="sm" onClick={() => setEditing(true)}>{text.change}</Button>
        ) : (
          <PassphraseForm
            replacing={state.set}
            onSaved={(passphrase, setAt) => {
              notifications.show({ color: 'green', message: text.saved });
              setEditing(false);
              setSheet({ passphrase, setAt });
            }}
          />
        )}
      </Paper>
      <BackupSettingsForm settings={overview.data.settings} />
    </Stack>
  );
}
