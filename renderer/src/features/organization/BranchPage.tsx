import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatNumber } from '../../../../shared/format';
import type { BranchDto } from '../../../../shared/schemas/branches';
import { BRANCH_KIND_LABELS, UNIT_FLAG_LABELS } from '../../../../shared/schemas/organization-kinds';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../auth/session-context';
import { BranchForm } from './BranchForm';
import { BranchHistory } from './BranchHistory';
import { EMPTY_BRANCH, formStateOf } from './branch-form-values';
import { StatusBadge } from './BranchListPage';
import { DissolveDialog } from './DissolveDialog';
import { branchText as text, orgText } from './strings';

/** /organization/branches/:id (or /new): one branch as its own routed page. */
export function BranchPage() {
  const { id } = useParams();
  return !id || id === 'new' ? <NewBranch /> : <ExistingBranch key={id} id={id} />;
}

function BackLink() {
  const location = useLocation();
  const back = (location.state as { back?: string } | null)?.back ?? '';
  return (
    <Anchor component={Link} to={`/organization/branches${back ? `?${back}` : ''}`} size="sm">
      <Group gap={4}><IconArrowLeft size={16} aria-hidden />{text.back}</Group>
    </Anchor>
  );
}

function NewBranch() {
  const navigate = useNavigate();
  return (
    <Stack maw={1100}>
      <BackLink />
      <PageHeader title={text.newTitle} />
      <BranchForm initial={EMPTY_BRANCH} readOnly={false} onSaved={(saved) => void navigate(`/organization/branches/${saved.id}`, { replace: true })} />
    </Stack>
  );
}

function ExistingBranch({ id }: { id: string }) {
  const branch = useMethodQuery('branches.get', { id });
  const canWrite = useSession().may('branches.update');
  if (branch.isPending) return <Loader />;
  if (branch.isError) return <Alert color="red" role="alert">{branch.error.message}</Alert>;
  const data = branch.data;
  return (
    <Stack maw={1100}>
      <BackLink />
      <PageHeader title={data.name} description={BRANCH_KIND_LABELS[data.kind]} action={canWrite ? <Actions branch={data} /> : undefined} />
      <Group gap="xs" mt={-12}>
        <StatusBadge item={data} />
        <DifficultBadge branch={data} />
      </Group>
      {data.dissolvedOn ? <Alert color="gray" variant="light">{text.dissolvedNote(data.dissolvedOn, data.dissolutionReason)}</Alert> : null}
      {canWrite ? null : <Alert color="gray" variant="light">{text.readOnly}</Alert>}
      <BranchForm key={data.updatedAt} branch={data} initial={formStateOf(data)} readOnly={!canWrite} onSaved={() => undefined} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">{text.sections.children} · {text.childrenActive(formatNumber(data.activeChildren))}</Title>
        {data.children.length === 0 ? <Text size="sm" c="dimmed">{text.noChildren}</Text> : (
          <List size="sm" aria-label={text.sections.children}>
            {data.children.map((child) => (
              <List.Item key={child.id}>
                <Anchor component={Link} to={`/organization/branches/${child.id}`}>{child.name}</Anchor> — {BRANCH_KIND_LABELS[child.kind]} <StatusBadge item={child} />
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">{text.sections.history}</Title>
        <BranchHistory id={data.id} />
      </Paper>
    </Stack>
  );
}

/** The computed flag, in words (never colour alone): founded in an especially difficult commune. */
function DifficultBadge({ branch }: { branch: BranchDto }) {
  if (!branch.foundedInDifficultCommune && branch.unitLevel !== 'commune') return null;
  if (!branch.foundedInDifficultCommune) return <Badge color="gray" variant="outline" tt="none" size="lg">{orgText.notDifficult}</Badge>;
  const reasons = branch.difficultFlags.map((flag) => text.flagFrom(UNIT_FLAG_LABELS[flag.kind], flag.decision)).join('; ');
  return (
    <Badge color="orange" variant="light" tt="none" size="lg" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
      {`${orgText.difficultLong} (${reasons})`}
    </Badge>
  );
}

function Actions({ branch }: { branch: BranchDto }) {
  const api = useApi();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'dissolve' | 'delete' | null>(null);
  const fail = (error: unknown) => notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) });
  const restore = () => api.call('branches.restore', { id: branch.id }).then(() => notifications.show({ color: 'green', message: text.restored }), fail);
  const remove = () =>
    api.call('branches.delete', { id: branch.id }).then(() => {
      notifications.show({ color: 'green', message: text.deleted });
      void navigate('/organization/branches', { replace: true });
    }, fail);
  return (
    <Group gap="xs" wrap="nowrap">
      {branch.dissolvedOn ? <Button variant="default" onClick={() => void restore()}>{text.restore}</Button> : <Button variant="default" color="red" onClick={() => setDialog('dissolve')}>{text.dissolve}</Button>}
      <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>{text.delete}</Button>
      {dialog === 'dissolve' ? <DissolveDialog branch={branch} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? (
        <ConfirmDialog title={text.deleteTitle(branch.name)} body={text.deleteBody} confirmLabel={text.delete} onConfirm={() => void remove()} onClose={() => setDialog(null)} />
      ) : null}
    </Group>
  );
}
