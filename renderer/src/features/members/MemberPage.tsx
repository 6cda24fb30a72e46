import { Alert, Anchor, Button, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { vi } from '../../../../shared/i18n/vi';
import type { MemberDto } from '../../../../shared/schemas/members';
import { useQuery } from '@tanstack/react-query';
import { useApi, useMethodQuery } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../auth/session-context';
import { DuesPanel } from './DuesPanel';
import { MemberForm } from './MemberForm';
import { emptyMemberForm, memberFormOf } from './member-form-values';
import { PositionsPanel } from './PositionsPanel';
import { membersText } from './strings';
import { useMemberActions } from './use-member-actions';

const text = membersText.record;

/** /members/new and /members/:id — the record as its own routed page (ui.md, Layout). */
export function MemberPage() {
  const { id = 'new' } = useParams();
  const info = useMethodQuery('system.info', {});
  const isNew = id === 'new';
  const api = useApi();
  const member = useQuery({ queryKey: ['members.get', { id }], queryFn: () => api.call('members.get', { id }), enabled: !isNew });
  const { state } = useLocation() as { state: { back?: string } | null };
  const backTo = `/members${state?.back ? `?${state.back}` : ''}`;
  const back = (
    <Anchor component={Link} to={backTo} size="sm">
      <Group gap={4}><IconArrowLeft size={16} aria-hidden />{text.back}</Group>
    </Anchor>
  );
  if (info.isPending || (!isNew && member.isPending)) return <Loader />;
  if (!info.data) return <Alert color="red" role="alert">{vi.errors.hostUnreachable}</Alert>;
  if (!isNew && !member.data) return <Stack>{back}<Alert color="red" role="alert">{member.error?.message ?? text.notFound}</Alert></Stack>;
  return isNew ? <NewMember today={info.data.today} back={back} backTo={backTo} /> : member.data ? <ExistingMember key={member.data.updatedAt} member={member.data} today={info.data.today} back={back} /> : null;
}

function NewMember({ today, back, backTo }: { today: string; back: React.ReactNode; backTo: string }) {
  const navigate = useNavigate();
  return (
    <Stack maw={1080}>
      {back}
      <PageHeader title={text.newTitle} />
      <MemberForm today={today} initial={emptyMemberForm(today)} onSaved={(saved) => void navigate(`/members/${saved.id}`, { replace: true })} onCancel={() => void navigate(backTo)} />
    </Stack>
  );
}

function ExistingMember({ member, today, back }: { member: MemberDto; today: string; back: React.ReactNode }) {
  const navigate = useNavigate();
  const session = useSession();
  const actions = useMemberActions(member);
  const [confirm, setConfirm] = useState<'delete' | 'purge' | null>(null);
  const deleted = member.status === 'deleted';
  const action = deleted ? (
    <Group>
      <Button onClick={() => void actions.restore()}>{text.restore}</Button>
      {session.may('members.purge') ? <Button color="red" variant="outline" onClick={() => setConfirm('purge')}>{text.purge}</Button> : null}
    </Group>
  ) : (
    <Group>
      <Button variant="default" data-main-action leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void navigate('/members/new')}>{membersText.add}</Button>
      <Button color="red" variant="outline" onClick={() => setConfirm('delete')}>{text.delete}</Button>
    </Group>
  );
  return (
    <Stack maw={1080}>
      {back}
      <PageHeader title={member.fullName} action={action} />
      {deleted ? <Alert color="red" variant="light">{text.deletedBanner}</Alert> : <MemberForm today={today} initial={memberFormOf(member)} memberId={member.id} onSaved={() => undefined} onCancel={() => void navigate('/members')} />}
      {deleted ? null : <PositionsPanel member={member} today={today} />}
      {deleted ? null : <DuesPanel member={member} today={today} />}
      {confirm === 'delete' ? <ConfirmDialog title={text.deleteTitle(member.fullName)} body={text.deleteBody} confirmLabel={text.delete} onConfirm={() => void actions.softDelete()} onClose={() => setConfirm(null)} /> : null}
      {confirm === 'purge' ? <ConfirmDialog title={text.purgeTitle(member.fullName)} body={text.purgeBody} confirmLabel={text.purge} onConfirm={() => void actions.purge()} onClose={() => setConfirm(null)} /> : null}
    </Stack>
  );
}
