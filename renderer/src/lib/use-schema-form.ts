import { useCallback, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import type { z } from 'zod';
import { getAt, setAt } from './paths';

export type FieldErrors = Record<string, string>;

function errorsOf<S extends z.ZodType>(schema: S, values: unknown): { errors: FieldErrors; data: z.output<S> | null } {
  const result = schema.safeParse(values);
  if (result.success) return { errors: {}, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return { errors, data: null };
}

/**
 * A form validated by a shared zod schema, the ui.md way: a field shows its error after its first
 * blur and then as the user types; on submit every field is checked and the first invalid one
 * gets the focus. Server-side field issues can be shown with `setServerErrors`.
 */
export function useSchemaForm<S extends z.ZodType, V extends object>(schema: S, initialValues: V) {
  const [values, setValues] = useState<V>(initialValues);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [dirty, setDirty] = useState(false);
  const allErrors = useMemo(() => errorsOf(schema, values).errors, [schema, values]);

  const visibleError = (path: string): string | undefined => serverErrors[path] ?? (touched.has(path) ? allErrors[path] : undefined);

  const setValue = useCallback((path: string, next: unknown) => {
    setValues((current) => setAt(current, path, next));
    setServerErrors((current) => (path in current ? withoutKey(current, path) : current));
    setDirty(true);
  }, []);

  const field = (path: string) => ({
    name: path,
    value: String(getAt(values, path) ?? ''),
    error: visibleError(path),
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(path, event.currentTarget.value),
    onBlur: () => setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
  });

  const handleSubmit = (onValid: (data: z.output<S>) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { errors, data } = errorsOf(schema, values);
    setTouched(new Set([...touched, ...Object.keys(errors)]));
    if (data !== null) return onValid(data);
    focusField(event.currentTarget, Object.keys(errors)[0]);
  };

  /** Shows the errors of every field under `prefix` (a wizard step); true when there are none. */
  const checkSection = (prefix: string, form: HTMLFormElement | null): boolean => {
    const inSection = Object.keys(allErrors).filter((path) => path === prefix || path.startsWith(`${prefix}.`));
    setTouched(new Set([...touched, ...inSection]));
    focusField(form, inSection[0]);
    return inSection.length === 0;
  };

  const reset = (next: V) => {
    setValues(next);
    setTouched(new Set());
    setServerErrors({});
    setDirty(false);
  };

  return { values, setValue, field, handleSubmit, checkSection, reset, setServerErrors, dirty, setDirty, hasErrors: Object.keys(allErrors).length > 0 };
}

/** The first invalid field gets the focus (ui.md, Forms). Fields carry their path as `name`. */
function focusField(form: HTMLFormElement | null, path: string | undefined): void {
  if (form && path) form.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`)?.focus();
}

function withoutKey(errors: FieldErrors, key: string): FieldErrors {
  const next = { ...errors };
  delete next[key];
  return next;
}
