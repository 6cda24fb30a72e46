import { describe, expect, it } from 'vitest';
import { STALE_CHECK_MESSAGE } from '../../../electron/core/lists/import-service';
import { searchKey } from '../../../shared/format';
import { branchOptionKey } from '../../../shared/schemas/member-list-spec';
import { importPreview, type ImportPreview, type ImportReadResult } from '../../../shared/schemas/lists';
import type { TestCore } from '../../helpers/core';
import type { SmallTree } from '../members/support';
import { readFile } from '../lists/support';
import { counts, fixture, freshCoreEachTest, runAnyJob } from './support';

/**
 * "Nhập" commits the check the user saw: while "Áp dụng và kiểm tra lại" runs, or after it
 * finished, an earlier check is refused, so nothing is written from a result not on screen.
 */

let t: TestCore;
let tree: SmallTree;
freshCoreEachTest((core, smallTree) => {
  t = core;
  tree = smallTree;
});

const mapped = () => ({ [branchOptionKey(searchKey('Chi hội Xóm Mới'))]: tree.other });

async function check(read: ImportReadResult, options: Record<string, string>, onStarted?: () => void): Promise<ImportPreview> {
  const finished = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options }, onStarted);
  if (finished.status !== 'succeeded') throw new Error(finished.error?.message);
  return importPreview.parse(finished.result);
}

const commit = (preview: ImportPreview) => t.call('lists.import.commit', { importId: preview.importId, checkId: preview.checkId });

describe('committing the check the user saw', () => {
  it('refuses the earlier check once the branches were checked again, then commits the latest', async () => {
    const read = await readFile(t, 'members', fixture('messy.xlsx'));
    const seen = await check(read, {});
    const latest = await check(read, mapped());
    expect(latest.checkId).not.toBe(seen.checkId);
    expect(counts(latest).good).toBe(counts(seen).good + 1);
    const refused = await commit(seen);
    expect(refused.ok ? null : refused.error).toEqual({ code: 'CONFLICT', message: STALE_CHECK_MESSAGE });
    expect(t.count('members')).toBe(0);
    const committed = await commit(latest);
    expect(committed.ok ? committed.value.written : null).toBe(counts(latest).good);
  });

  it('refuses the check on screen as soon as a re-check has started, before it finishes', async () => {
    const read = await readFile(t, 'members', fixture('messy.xlsx'));
    const seen = await check(read, {});
    let during: ReturnType<typeof commit> | undefined;
    const latest = await check(read, mapped(), () => {
      during = commit(seen);
    });
    const refused = await during;
    expect(refused?.ok ? null : refused?.error).toEqual({ code: 'CONFLICT', message: STALE_CHECK_MESSAGE });
    expect(t.count('members')).toBe(0);
    expect((await commit(latest)).ok).toBe(true);
  });

  it('keeps the earlier check when a re-check is refused before it starts (a wrong mapping)', async () => {
    const read = await readFile(t, 'members', fixture('messy.xlsx'));
    const seen = await check(read, mapped());
    const wrong = await t.call('lists.import.validate', { importId: read.importId, mapping: { ...read.mapping, branch: null }, options: {} });
    expect(wrong.ok).toBe(false);
    expect((await commit(seen)).ok).toBe(true);
  });
});
