import { Alert, Box, Group, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useMethodQuery } from '../../api/context';
import { useSession } from '../auth/session-context';
import { vi } from '../../../../shared/i18n/vi';
import { EMPTY_PROFILE, formStateOf, versionInForce } from './profile-form-values';
import { ProfileForm } from './ProfileForm';
import { ProfileVersionList } from './ProfileVersionList';
import { settingsText } from './strings';

type Selection = { mode: 'version'; validFrom: string } | { mode: 'new' } | { mode: 'default' };

/** Cài đặt → Thông tin đơn vị: the effective-dated organisation profile. */
export function OrganizationProfilePage() {
  const versions = useMethodQuery('organization.profile.versions', {});
  const info = useMethodQuery('system.info', {});
  const [selection, setSelection] = useState<Selection>({ mode: 'default' });
  const canEdit = useSession().may('organization.profile.save');

  if (versions.isPending || info.isPending) return <Loader aria-label={vi.feedback.loading} />;
  if (versions.isError || info.isError) return <Alert color="red" role="alert">{(versions.error ?? info.error)?.message}</Alert>;

  const today = info.data.today;
  const list = versions.data;
  const inForce = versionInForce(list, today);
  const selected =
    selection.mode === 'version' ? list.find((v) => v.validFrom === selection.validFrom) : selection.mode === 'default' ? inForce : undefined;
  const isNew = selected === undefined;
  const base = selected ?? inForce;
  const initial = base ? formStateOf(base, isNew) : EMPTY_PROFILE;
  const formKey = isNew ? 'new' : selected.id + selected.updatedAt;

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Alert variant="transparent" p={0} mb="sm" c="dimmed">{settingsText.profile.description}</Alert>
        <ProfileForm
          key={formKey}
          initial={initial}
          isNewVersion={isNew}
          showNewVersionHint={isNew && list.length > 0}
          today={today}
          onSaved={(version) => setSelection({ mode: 'version', validFrom: version.validFrom })}
        />
      </Box>
      <Stack w={300} style={{ flexShrink: 0 }}>
        <ProfileVersionList
          versions={list}
          selectedFrom={isNew ? null : selected.validFrom}
          inForceId={inForce?.id}
          onSelect={(validFrom) => setSelection({ mode: 'version', validFrom })}
          onNew={canEdit ? () => setSelection({ mode: 'new' }) : null}
        />
      </Stack>
    </Group>
  );
}
