/**
 * What the audit trail may keep of a change. Organisational records keep old and new values;
 * records about people (members, accounts) and about children and cases keep field names only:
 * personal data must not be copied into a table nobody can ever delete from. Unknown entities
 * get the safe default, field names only.
 */
const ENTITIES_WITH_VALUES: ReadonlySet<string> = new Set([
  'organization.profile',
  'settings.security',
  'admin_units',
  'branches',
  'plans',
]);

export type ChangeDetail = { changes: Record<string, { old: unknown; new: unknown }> } | { fields: string[] };

function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const ignored = new Set(['id', 'createdAt', 'updatedAt']);
  return Object.keys(after)
    .filter((field) => !ignored.has(field))
    .filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after[field]))
    .sort();
}

export function describeChange(entity: string, before: Record<string, unknown> | undefined, after: Record<string, unknown>): ChangeDetail {
  const fields = changedFields(before, after);
  if (!ENTITIES_WITH_VALUES.has(entity)) return { fields };
  return { changes: Object.fromEntries(fields.map((field) => [field, { old: before?.[field] ?? null, new: after[field] }])) };
}

export function keepsValues(entity: string): boolean {
  return ENTITIES_WITH_VALUES.has(entity);
}
