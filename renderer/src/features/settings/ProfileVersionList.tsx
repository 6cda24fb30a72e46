import { Badge, Button, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { formatDate } from '../../../../shared/format';
import type { OrganizationProfileDto } from '../../../../shared/schemas/organization';
import { settingsText } from './strings';

const text = settingsText.profile;

interface Props {
  versions: OrganizationProfileDto[];
  selectedFrom: string | null;
  inForceId: string | undefined;
  onSelect(validFrom: string): void;
  /** Absent for roles that may not add a version. */
  onNew: (() => void) | null;
}

function periodLabel(version: OrganizationProfileDto): string {
  return version.validTo === null
    ? text.inForceFrom(formatDate(version.validFrom))
    : text.inForceRange(formatDate(version.validFrom), formatDate(version.validTo));
}

/** The effective-dated versions of the profile; picking one opens it in the form. */
export function ProfileVersionList({ versions, selectedFrom, inForceId, onSelect, onNew }: Props) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {text.versionsTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {text.versionsHelp}
      </Text>
      <Stack gap={2} aria-label={text.versionsTitle} role="list">
        {versions.length === 0 ? <Text size="sm">{text.noVersions}</Text> : null}
        {versions.map((version) => (
          <NavLink
            key={version.id}
            role="listitem"
            label={periodLabel(version)}
            description={version.name}
            active={version.validFrom === selectedFrom}
            onClick={() => onSelect(version.validFrom)}
            rightSection={version.id === inForceId ? <Badge size="sm" variant="light">{text.current}</Badge> : null}
          />
        ))}
      </Stack>
      {versions.length > 0 && onNew ? (
        <Button mt="md" variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={onNew} fullWidth>
          {text.newVersion}
        </Button>
      ) : null}
    </Paper>
  );
}
