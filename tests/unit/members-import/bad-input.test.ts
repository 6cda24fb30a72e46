import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../helpers/core';
import { manyRows, writeRows } from '../../fixtures/members-import/make-fixtures';
import { readFile, recordingPlatform } from '../lists/support';
import { smallTree } from '../members/support';
import { counts, fixture, runAnyJob } from './support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
  await smallTree(t);
});

afterEach(async () => {
  await t?.close();
});

async function readError(name: string): Promise<string> {
  const fileToken = t.core.files.register({ path: fixture(name), name });
  const finished = await runAnyJob(t, 'lists.import.read', { listType: 'members', fileToken });
  expect(finished.status).toBe('failed');
  return finished.error?.message ?? '';
}

const UNREADABLE = /^Không đọc được tệp này\. Sổ Hội nhận tệp Excel dạng \.xlsx/;

describe('files that are not a members list', () => {
  it('refuses a renamed PDF, a password-protected and a corrupt .xlsx with one Vietnamese sentence', async () => {
    expect(await readError('renamed-pdf.xlsx')).toMatch(UNREADABLE);
    expect(await readError('password.xlsx')).toMatch(UNREADABLE);
    expect(await readError('corrupt.xlsx')).toMatch(UNREADABLE);
    expect(t.count('members')).toBe(0);
  });

  it('refuses an empty sheet: no header row', async () => {
    expect(await readError('empty-sheet.xlsx')).toBe('Không tìm thấy dòng tiêu đề cột trong tệp. Dòng tiêu đề cần có các cột như: Họ và tên, Chi hội.');
  });

  it('reads a sheet with only a header as no rows, and offers nothing to commit', async () => {
    const read = await readFile(t, 'members', fixture('header-only.xlsx'));
    expect(read.rowCount).toBe(0);
    const finished = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} });
    expect(finished.result).toMatchObject({ total: 0, valid: 0, canCommit: false });
  });
});

describe('20,000 rows', () => {
  it('checks every row with progress, and cancelling leaves nothing written', async () => {
    const path = await writeRows(join(mkdtempSync(join(tmpdir(), 'sohoi-members-')), 'lon.xlsx'), manyRows(20_000));
    const read = await readFile(t, 'members', path);
    expect(read.rowCount).toBe(20_000);
    const cancelled = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} }, (jobId) => {
      setTimeout(() => void t.call('jobs.cancel', { jobId }), 30);
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress.length).toBeGreaterThan(0);
    expect(t.count('members')).toBe(0);
    const checked = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} });
    expect(checked.progress.length).toBeGreaterThan(300);
    const preview = checked.result as Parameters<typeof counts>[0];
    expect(counts(preview)).toEqual({ good: 20_000, rejected: 0, duplicate: 0, totals: 0 });
    expect(preview.rows.length).toBeLessThanOrEqual(600);
    await t.value('lists.import.discard', { importId: read.importId });
    expect(t.count('members')).toBe(0);
  }, 120_000);
});
