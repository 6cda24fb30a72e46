import { Alert, Button, Paper, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMethodQuery } from '../../api/context';
import { useSession } from '../auth/session-context';
import { backupText } from './strings';

const text = backupText.reminder;

/** The home screen's line about the last USB backup; a warning with a button once it is overdue. */
export function BackupReminder() {
  const status = useMethodQuery('backup.status', {});
  const { may } = useSession();
  if (!status.data) return null;
  const { daysSince, overdue, reminderDays } = status.data;
  const line = daysSince === null ? text.never : text.last(daysSince);
  if (!overdue) {
    return (
      <Paper withBorder p="md" data-backup-reminder>
        <Text>{line}</Text>
      </Paper>
    );
  }
  return (
    <Alert color="orange" title={daysSince === null ? text.never : text.overdueTitle} data-backup-reminder>
      <Text mb="sm">{daysSince === null ? text.overdueBody(reminderDays) : `${line} ${text.overdueBody(reminderDays)}`}</Text>
      {may('backup.run') ? (
        <Button component={Link} to="/backup/usb" leftSection={<IconDatabaseExport size={18} aria-hidden />}>{text.action}</Button>
      ) : null}
    </Alert>
  );
}
