import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatHeaderDate } from '../../../../shared/format';
import { vi } from '../../../../shared/i18n/vi';
import { useMethodQuery } from '../../api/context';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../auth/session-context';
import { BackupReminder } from '../backup/BackupReminder';
import { MembersSummaryCard } from '../members/MembersSummaryCard';

const text = {
  noProfile: 'Chưa có thông tin đơn vị',
  noProfileBody: 'Hãy điền tên đơn vị, chữ viết tắt và người ký trước khi in văn bản.',
  openProfile: 'Điền thông tin đơn vị',
  comingSoon: 'Các chỉ tiêu của năm và việc cần theo dõi sẽ hiện ở đây khi các phần đó được xây dựng.',
};

/** Tổng quan: what needs attention. For now: the organisation and a prompt to complete it. */
export function HomePage() {
  const info = useMethodQuery('system.info', {});
  const profile = useMethodQuery('organization.profile.get', {});
  const today = info.data?.today;
  const showMembers = useSession().may('members.summary');
  return (
    <>
      <PageHeader title={vi.nav.home} description={today && profile.data ? formatHeaderDate(profile.data.placeName, today) : undefined} />
      <Stack maw={760}>
        {profile.isSuccess && profile.data === null ? (
          <Alert color="yellow" title={text.noProfile}>
            <Text mb="sm">{text.noProfileBody}</Text>
            <Button component={Link} to="/settings/profile">{text.openProfile}</Button>
          </Alert>
        ) : null}
        {profile.data ? (
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed" tt="uppercase">{profile.data.parentLine}</Text>
            <Title order={2} size="h3">{profile.data.name}</Title>
          </Paper>
        ) : null}
        <BackupReminder />
        {showMembers ? <MembersSummaryCard /> : null}
        <Text c="dimmed">{text.comingSoon}</Text>
      </Stack>
    </>
  );
}
