import { join } from 'node:path';
import type { JobFinishedEvent } from '../../../shared/events';
import { importPreview, type ImportPreview } from '../../../shared/schemas/lists';
import type { TestCore } from '../../helpers/core';
import { readFile, runJob } from '../lists/support';

/** Helpers for the member import tests (not a test file itself). */

export const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'members-import', name);

/** Reads and validates a members file with the detected mapping and the given options. */
export async function previewMembers(t: TestCore, path: string, options: Record<string, string> = {}): Promise<{ importId: string; preview: ImportPreview }> {
  const read = await readFile(t, 'members', path);
  const event = await runJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options });
  if (event.status !== 'succeeded') throw new Error(`validate failed: ${JSON.stringify(event.error)}`);
  return { importId: read.importId, preview: importPreview.parse(event.result) };
}

/** The preview's counts of rows; `totals` are the skipped totals rows. */
export function counts(preview: ImportPreview): { good: number; duplicate: number; rejected: number; totals: number } {
  const { good, duplicate, rejected, skipped } = preview.counts;
  return { good, duplicate, rejected, totals: skipped };
}

/** Errors of the preview by sheet row number. */
export function errorsByRow(preview: ImportPreview): Record<number, string[]> {
  return Object.fromEntries(preview.rows.filter((row) => row.errors.length > 0).map((row) => [row.rowNumber, row.errors]));
}

/** Starts any job method and waits for its end; `onStarted` can cancel it. */
export async function runAnyJob(t: TestCore, method: string, input: unknown, onStarted?: (jobId: string) => void): Promise<JobFinishedEvent & { progress: number[] }> {
  const progress: number[] = [];
  return new Promise((resolve, reject) => {
    let jobId: string | null = null;
    const early: JobFinishedEvent[] = [];
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) progress.push(event.done);
      if (event.type !== 'job.finished') return;
      if (jobId === null) early.push(event);
      else if (event.jobId === jobId) {
        stop();
        resolve({ ...event, progress });
      }
    });
    void t.call(method, input).then((envelope) => {
      if (!envelope.ok) {
        stop();
        reject(new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`));
        return;
      }
      jobId = (envelope.value as { jobId: string }).jobId;
      onStarted?.(jobId);
      const done = early.find((event) => event.jobId === jobId);
      if (done) {
        stop();
        resolve({ ...done, progress });
      }
    });
  });
}
