import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatNumber } from '../../../../shared/format';
import { useMethodQuery } from '../../api/context';
import { membersText as text } from './strings';

/** The home screen's members figures: active members and new members this year. */
export function MembersSummaryCard() {
  const summary = useMethodQuery('members.summary', {});
  if (!summary.data) return null;
  return (
    <Paper withBorder p="md" aria-label={text.homeTitle} component="section">
      <Group gap="xs" mb={4}>
        <IconUsers size={20} aria-hidden />
        <Title order={2} size="h4">{text.homeTitle}</Title>
      </Group>
      <Stack gap={2}>
        <Text size="xl" fw={700}>{text.homeCount(formatNumber(summary.data.active))}</Text>
        <Text>{text.homeNew(formatNumber(summary.data.newThisYear), summary.data.year)}</Text>
        <Anchor component={Link} to="/members" size="sm">{text.tabs.list}</Anchor>
      </Stack>
    </Paper>
  );
}
