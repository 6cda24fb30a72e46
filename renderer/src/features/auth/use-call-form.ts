import { useState } from 'react';
import type { z } from 'zod';
import { vi } from '../../../../shared/i18n/vi';
import { ApiError } from '../../api/client';
import { useSchemaForm } from '../../lib/use-schema-form';

/**
 * A schema form whose submit calls the core: field issues from the core land on their fields,
 * other refusals in one message above the button.
 */
export function useCallForm<S extends z.ZodType, V extends object>(schema: S, initial: V, send: (values: z.output<S>) => Promise<void>) {
  const form = useSchemaForm(schema, initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (values: z.output<S>) => {
    setBusy(true);
    setFailure(null);
    try {
      await send(values);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        form.setServerErrors(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message])));
      }
      setFailure(error instanceof ApiError ? error.message : vi.errors.hostUnreachable);
    } finally {
      setBusy(false);
    }
  };
  const submit = form.handleSubmit((values) => void run(values));
  return { form, failure, busy, submit };
}
