import { z } from 'zod';
import { emptyInput, jobStarted } from '../schemas/common';
import { command, job, query } from './define';

export const databaseCheckResult = z.object({
  integrityOk: z.boolean(),
  foreignKeysOk: z.boolean(),
  problems: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int() })),
});
export type DatabaseCheckResult = z.infer<typeof databaseCheckResult>;

export const systemContract = {
  'system.info': query(
    emptyInput,
    z.object({
      appVersion: z.string(),
      schemaVersion: z.string(),
      today: z.string(),
      transport: z.enum(['electron', 'http']),
    }),
  ),
  /** Job: integrity check, foreign-key check and row counts; result is a DatabaseCheckResult. */
  'system.checkDatabase': job(emptyInput, jobStarted),
};

export const jobsContract = {
  'jobs.cancel': command(z.object({ jobId: z.string().min(1).max(64) }), z.object({ cancelled: z.boolean() })),
};
