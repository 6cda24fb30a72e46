import { Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatNumber } from '../../../../shared/format';
import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../../../../shared/schemas/organization-kinds';
import { DateTextField } from '../../components/DateTextField';
import { BranchSelect } from '../organization/BranchSelect';
import type { BranchChoiceForm, FormProblems } from './branch-choice-form';
import { membersExcelText as text } from './strings';

const KIND_OPTIONS = BRANCH_KINDS.map((kind) => ({ value: kind, label: BRANCH_KIND_LABELS[kind] }));

interface Props {
  name: string;
  rows: number;
  /** Why the branch asked for at the last check was not created, if it was not. */
  note: string | null;
  form: BranchChoiceForm;
  problems: FormProblems;
  mayCreate: boolean;
  onChange(form: BranchChoiceForm): void;
}

/** One branch name of the file: mapped to an existing branch, or a new branch (parent, kind, founding date). */
export function UnknownBranchRow({ name, rows, note, form, problems, mayCreate, onChange }: Props) {
  const set = (patch: Partial<BranchChoiceForm>) => onChange({ ...form, ...patch });
  return (
    <Paper withBorder p="sm" role="group" aria-label={text.unknownMode(name)}>
      <Stack gap="xs">
        <Text fw={600} size="sm">{text.unknownName(name, formatNumber(rows))}</Text>
        {note ? <Text size="sm" c="red.8">{note}</Text> : null}
        {mayCreate ? (
          <SegmentedControl
            value={form.mode}
            onChange={(mode) => set({ mode: mode === 'create' ? 'create' : 'map' })}
            data={[{ value: 'map', label: text.modeMap }, { value: 'create', label: text.modeCreate }]}
            w="fit-content"
          />
        ) : null}
        {form.mode === 'map' ? (
          <BranchSelect label={text.unknownPick(name)} placeholder={text.unknownPlaceholder} value={form.branchId} onChange={(id) => set({ branchId: id })} />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
              <BranchSelect label={text.newParent} withAsterisk placeholder={text.unknownPlaceholder} value={form.parentId} error={problems.parentId} onChange={(id) => set({ parentId: id })} />
              <Select label={text.newKind} withAsterisk data={KIND_OPTIONS} value={form.kind} error={problems.kind} allowDeselect={false} onChange={(kind) => set({ kind: BRANCH_KINDS.find((known) => known === kind) ?? null })} />
              <DateTextField
                label={text.newFounded}
                withAsterisk
                placeholder="dd/mm/yyyy"
                value={form.founded}
                error={problems.founded}
                onPick={(founded) => set({ founded })}
                onChange={(event) => set({ founded: event.currentTarget.value })}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">{text.newHint}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
