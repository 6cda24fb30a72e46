import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { JobFinishedEvent } from '../../../shared/events';
import { importPreview, type ImportPreview } from '../../../shared/schemas/lists';
import { createTestCore, type TestCore } from '../../helpers/core';
import { readFile, recordingPlatform, runJob } from '../lists/support';
import { smallTree, type SmallTree } from '../members/support';

/** Helpers for the member import tests (not a test file itself). */

export const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'members-import', name);

/**
 * A fresh core for each test of the file (10/05/2025, a platform that records downloads) with
 * the small branch tree; `use` receives it before each test, and it is closed after.
 */
export function freshCoreEachTest(use: (t: TestCore, tree: SmallTree) => void): void {
  let current: TestCore | undefined;
  beforeEach(async () => {
    current = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
    use(current, await smallTree(current));
  });
  afterEach(async () => {
    await current?.close();
  });
}

/** Reads and validates a members file with the detected mapping and the given options. */
export async function previewMembers(t: TestCore, path: string, options: Record<string, string> = {}): Promise<{ importId: string; checkId: string; preview: ImportPreview }> {
  const read = await readFile(t, 'members', path);
  const event = await runJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options });
  if (event.status !== 'succeeded') throw new Error(`validate failed: ${JSON.stringify(event.error)}`);
  const preview = importPreview.parse(event.result);
  return { importId: read.importId, checkId: preview.checkId, preview };
}

/** Commits the check the caller saw (the preview's `checkId`). */
export async function commitMembers(t: TestCore, checked: { importId: string; checkId: string }) {
  return t.value('lists.import.commit', { importId: checked.importId, checkId: checked.checkId });
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
