import { useMemo } from 'react';
import { memberForm } from '../../../../shared/schemas/members';
import { getAt } from '../../lib/paths';
import { useSchemaForm } from '../../lib/use-schema-form';
import type { MemberFormState } from './member-form-values';

/** The member form over the shared schema, with helpers for selects and check boxes. */
export function useMemberForm(today: string, initial: MemberFormState) {
  const schema = useMemo(() => memberForm(today), [today]);
  const form = useSchemaForm(schema, initial);
  const text = (path: keyof MemberFormState & string) => form.field(path);
  const select = (path: keyof MemberFormState & string) => {
    const base = form.field(path);
    const value = getAt(form.values, path);
    return {
      name: base.name,
      error: base.error,
      value: typeof value === 'string' && value !== '' ? value : null,
      onChange: (next: string | null) => form.setValue(path, next ?? ''),
      onBlur: base.onBlur,
    };
  };
  const check = (path: 'isCollaborator' | 'isVolunteer') => ({
    name: path,
    checked: form.values[path] === true,
    onChange: (event: { currentTarget: { checked: boolean } }) => form.setValue(path, event.currentTarget.checked),
  });
  return { form, schema, text, select, check };
}

export type MemberFormApi = ReturnType<typeof useMemberForm>;
