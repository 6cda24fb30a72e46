import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/schemas/lists';
import { useSession } from '../auth/session-context';
import { formOf, optionKeyOf, optionsOf, type BranchChoiceForm, type FormProblems } from './branch-choice-form';
import { membersExcelText as text, UNKNOWN_BRANCH_PREFIX } from './strings';
import { UnknownBranchRow } from './UnknownBranchRow';

interface Props {
  preview: ImportPreview;
  /** The branch choices the preview was checked with (option key → value). */
  options: Record<string, string>;
  busy: boolean;
  failure: string | null;
  onRecheck(options: Record<string, string>): void;
}

/** The names the core does not know, with their rows and why a branch asked for was not created. */
export function unknownBranches(preview: ImportPreview): { name: string; rows: number; note: string | null }[] {
  return preview.summary
    .filter((line) => line.label.startsWith(UNKNOWN_BRANCH_PREFIX))
    .map((line) => ({ name: line.label.slice(UNKNOWN_BRANCH_PREFIX.length), rows: line.count, note: line.note ?? null }));
}

/**
 * "Chi hội chưa có": each branch name of the file that is not in the list, mapped once to an
 * existing branch or created as a new one (for whoever may create branches), then checked again.
 */
export function UnknownBranches({ preview, options, busy, failure, onRecheck }: Props) {
  const mayCreate = useSession().may('branches.create');
  const names = unknownBranches(preview);
  const [forms, setForms] = useState<Record<string, BranchChoiceForm>>(() => Object.fromEntries(names.map(({ name }) => [name, formOf(options[optionKeyOf(name)])])));
  const [problems, setProblems] = useState<Record<string, FormProblems>>({});
  if (names.length === 0) return failure ? <Alert color="red" role="alert">{failure}</Alert> : null;
  const apply = () => {
    const outcome = optionsOf(names, forms, options);
    setProblems(outcome.problems);
    if (Object.keys(outcome.problems).length === 0) onRecheck(outcome.options);
  };
  return (
    <Alert color="orange" variant="light" title={text.unknownTitle}>
      <Stack gap="sm">
        <Text size="sm">{mayCreate ? text.unknownIntro : text.unknownMapOnly}</Text>
        {names.map(({ name, rows, note }) => (
          <UnknownBranchRow
            key={name}
            name={name}
            rows={rows}
            note={note}
            form={forms[name] ?? formOf(undefined)}
            problems={problems[name] ?? {}}
            mayCreate={mayCreate}
            onChange={(form) => setForms((current) => ({ ...current, [name]: form }))}
          />
        ))}
        {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
        <Group justify="flex-end">
          <Button onClick={apply} loading={busy}>{text.recheck}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
