import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { searchKey } from '../../../../shared/format';
import { branchOptionKey } from '../../../../shared/schemas/member-list-spec';
import type { ImportPreview } from '../../../../shared/schemas/lists';
import { BranchSelect } from '../organization/BranchSelect';
import { membersExcelText as text, UNKNOWN_BRANCH_PREFIX } from './strings';

interface Props {
  preview: ImportPreview;
  options: Record<string, string>;
  busy: boolean;
  onRecheck(options: Record<string, string>): void;
}

export function unknownBranchNames(preview: ImportPreview): string[] {
  return preview.summary.filter((line) => line.label.startsWith(UNKNOWN_BRANCH_PREFIX)).map((line) => line.label.slice(UNKNOWN_BRANCH_PREFIX.length));
}

/** Each branch name of the file that is not in the list, mapped once to an existing branch. */
export function UnknownBranches({ preview, options, busy, onRecheck }: Props) {
  const names = unknownBranchNames(preview);
  const [picked, setPicked] = useState<Record<string, string>>(options);
  if (names.length === 0) return null;
  const set = (name: string, id: string | null) => setPicked((current) => ({ ...current, [branchOptionKey(searchKey(name))]: id ?? '' }));
  return (
    <Alert color="orange" variant="light" title={text.unknownTitle}>
      <Stack gap="xs">
        <Text size="sm">{text.unknownIntro}</Text>
        {names.map((name) => (
          <BranchSelect key={name} label={text.unknownPick(name)} placeholder={text.unknownPlaceholder} value={picked[branchOptionKey(searchKey(name))] || null} onChange={(id) => set(name, id)} />
        ))}
        <Group justify="flex-end">
          <Button onClick={() => onRecheck(picked)} loading={busy}>{text.recheck}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
