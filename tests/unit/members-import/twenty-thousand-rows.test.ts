import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../../electron/core/lists/workbook-reader';
import { importPreview } from '../../../shared/schemas/lists';
import { createTestCore, type TestCore } from '../../helpers/core';
import { manyRows, writeRows } from '../../fixtures/members-import/make-fixtures';
import { readFile, recordingPlatform } from '../lists/support';
import { smallTree } from '../members/support';
import { counts, runAnyJob } from './support';

/**
 * 20,000 member rows (the file written cell by cell by the fixtures' script, in a temp folder):
 * checked with progress, cancelled with nothing written, then committed in one transaction.
 */

const ROWS = 20_000;
let t: TestCore;
let path: string;

beforeAll(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
  await smallTree(t);
  path = await writeRows(join(mkdtempSync(join(tmpdir(), 'sohoi-members-')), 'lon.xlsx'), manyRows(ROWS));
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe(`${ROWS.toLocaleString('en')} rows`, () => {
  it('cancelling the check leaves nothing written', async () => {
    const read = await readFile(t, 'members', path);
    expect(read.rowCount).toBe(ROWS);
    const cancelled = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} }, (jobId) => {
      setTimeout(() => void t.call('jobs.cancel', { jobId }), 30);
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress.length).toBeGreaterThan(0);
    expect(cancelled.progress.at(-1)).toBeLessThan(ROWS);
    const commit = await t.call('lists.import.commit', { importId: read.importId, checkId: 'dung-giua-chung' });
    expect(commit.ok).toBe(false);
    await t.value('lists.import.discard', { importId: read.importId });
    expect(t.count('members')).toBe(0);
  }, 60_000);

  it('checks every row with progress and commits exactly 20,000 members', async () => {
    const read = await readFile(t, 'members', path);
    const checked = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} });
    expect(checked.status).toBe('succeeded');
    expect(checked.progress.length).toBeGreaterThan(ROWS / 100);
    expect(checked.progress).toEqual([...checked.progress].sort((a, b) => a - b));
    const preview = importPreview.parse(checked.result);
    expect(counts(preview)).toEqual({ good: ROWS, rejected: 0, duplicate: 0, totals: 0 });
    expect(preview.rows.length).toBeLessThanOrEqual(600);
    const committed = await t.value('lists.import.commit', { importId: read.importId, checkId: preview.checkId });
    expect(committed.written).toBe(ROWS);
    expect(t.count('members')).toBe(ROWS);
    expect(t.query("SELECT count(*) AS n FROM audit_log WHERE entity = 'members' AND action = 'write'")[0]?.n).toBe(ROWS);
    expect(t.query('SELECT count(DISTINCT member_id) AS n FROM member_search_words')[0]?.n).toBe(ROWS);
    expect(t.core.audit.verify()).toMatchObject({ ok: true });
  }, 90_000);

  it(`refuses a sheet of more than ${MAX_ROWS.toLocaleString('en')} rows with a message, reading no further`, async () => {
    expect(MAX_ROWS).toBe(ROWS);
    const bigger = await writeRows(join(mkdtempSync(join(tmpdir(), 'sohoi-members-')), 'qua-lon.xlsx'), manyRows(MAX_ROWS + 1));
    const fileToken = t.core.files.register({ path: bigger, name: 'qua-lon.xlsx' });
    const finished = await runAnyJob(t, 'lists.import.read', { listType: 'members', fileToken });
    expect(finished.status).toBe('failed');
    expect(finished.error?.message).toBe('Tệp có quá nhiều dòng (tối đa 20.000 dòng).');
  }, 60_000);
});
