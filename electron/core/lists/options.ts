import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** Parses the values asked once for a file; issues point at `options.<key>` for the form. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: Readonly<Record<string, string>>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: ['options', ...issue.path.map(String)].join('.'), message: issue.message }));
  throw new AppError('VALIDATION', issues[0]?.message ?? 'Thông tin chung của tệp chưa hợp lệ.', issues);
}
