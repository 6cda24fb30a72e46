import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { AUDIT_TRIGGERS } from '../../../db/triggers';
import { createTestCore, profileInput, type TestCore } from '../../helpers/core';
import { addAccount, callAs, setUpAdmin, valueAs, type Client } from '../accounts/support';

/**
 * Someone with the database file and a SQLite tool: drops the triggers, then edits, deletes or
 * cuts rows. The integrity check (audit.verify) must name the first broken link.
 */
let t: TestCore;
let admin: Client;
let raw: Database.Database;
let rows: number;

beforeEach(async () => {
  t = await createTestCore();
  ({ admin } = await setUpAdmin(t));
  const clerk = await addAccount(t, admin, 'thu_ky');
  await valueAs(t, clerk.client, 'organization.profile.save', profileInput({ validFrom: '2025-01-01', name: 'Hội sửa lần hai' }));
  await callAs(t, clerk.client, 'accounts.list', {}); // refused: one more row
  rows = t.count('audit_log');
  raw = new Database(join(t.dataDir, DATABASE_FILE_NAME));
  for (const trigger of AUDIT_TRIGGERS) raw.exec(`DROP TRIGGER ${trigger}`);
});

afterEach(async () => {
  raw?.close();
  await t?.close();
});

function verify() {
  return valueAs(t, admin, 'audit.verify', {});
}

describe('audit.verify on an untouched trail', () => {
  it('is ok with the row count', async () => {
    expect(rows).toBeGreaterThanOrEqual(8);
    expect(await verify()).toEqual({ ok: true, rows, brokenAt: null, problem: null });
  });
});

describe('audit.verify after tampering with a raw connection, triggers dropped', () => {
  it('names a hand-edited row', async () => {
    raw.prepare(`UPDATE audit_log SET detail = '{"fields":[]}' WHERE seq = 3`).run();
    expect(await verify()).toEqual({ ok: false, rows: 3, brokenAt: 3, problem: 'Bản ghi số 3 đã bị sửa hoặc chèn vào sau.' });
  });

  it.each([
    ['account_name', "'Người Khác'"],
    ['created_at', "'2020-01-01T00:00:00.000Z'"],
    ['action', "'audit.erased'"],
    ['account_id', 'NULL'],
  ])('names a row whose %s was changed', async (column, value) => {
    raw.prepare(`UPDATE audit_log SET ${column} = ${value} WHERE seq = 5`).run();
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 5, problem: 'Bản ghi số 5 đã bị sửa hoặc chèn vào sau.' });
  });

  it('names a row whose hash was replaced together with the next row’s link', async () => {
    raw.prepare(`UPDATE audit_log SET detail = '{}', hash = '${'a'.repeat(64)}' WHERE seq = 4`).run();
    raw.prepare(`UPDATE audit_log SET prev_hash = '${'a'.repeat(64)}' WHERE seq = 5`).run();
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 4, problem: 'Bản ghi số 4 đã bị sửa hoặc chèn vào sau.' });
  });

  it('names a deleted middle row', async () => {
    raw.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(await verify()).toEqual({ ok: false, rows: 4, brokenAt: 4, problem: 'Bản ghi số 4 đã bị xóa khỏi nhật ký.' });
  });

  it('names a deleted first row', async () => {
    raw.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 1, problem: 'Bản ghi số 1 đã bị xóa khỏi nhật ký.' });
  });

  it('names a deleted middle row even when the later rows are renumbered', async () => {
    raw.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    raw.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 4').run();
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 4, problem: 'Bản ghi số 4 đã bị sửa hoặc chèn vào sau.' });
  });

  it('names the first missing row of a cut-off tail', async () => {
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 2);
    expect(await verify()).toEqual({
      ok: false,
      rows: rows - 2,
      brokenAt: rows - 1,
      problem: `Các bản ghi từ số ${rows - 1} đến ${rows} đã bị cắt khỏi cuối nhật ký.`,
    });
  });

  it('detects a cut-off tail whose head was rewritten to match (the head has its own MAC)', async () => {
    const last = raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(rows - 2) as { hash: string };
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 2);
    raw.prepare('UPDATE audit_head SET last_seq = ?, row_count = ?, last_hash = ?').run(rows - 2, rows - 2, last.hash);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: rows - 1, problem: 'Phần đầu chuỗi của nhật ký đã bị sửa.' });
  });

  it('detects an edited head', async () => {
    raw.prepare('UPDATE audit_head SET row_count = row_count + 1').run();
    expect(await verify()).toMatchObject({ ok: false, problem: 'Phần đầu chuỗi của nhật ký đã bị sửa.' });
  });

  it('detects a removed head', async () => {
    raw.prepare('DELETE FROM audit_head').run();
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 1, problem: 'Thiếu phần đầu chuỗi của nhật ký.' });
  });

  it('detects a row added outside the app', async () => {
    const last = raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(rows) as { hash: string };
    raw
      .prepare('INSERT INTO audit_log (seq, created_at, action, prev_hash, hash) VALUES (?, ?, ?, ?, ?)')
      .run(rows + 1, '2025-01-05T03:00:00.000Z', 'login.succeeded', last.hash, 'b'.repeat(64));
    expect(await verify()).toMatchObject({ ok: false, brokenAt: rows + 1, problem: `Bản ghi số ${rows + 1} đã bị sửa hoặc chèn vào sau.` });
  });

  it('keeps naming the first broken link while the app goes on appending', async () => {
    raw.prepare(`UPDATE audit_log SET detail = NULL WHERE seq = 2`).run();
    await valueAs(t, admin, 'settings.security.save', { idleLockMinutes: 20 });
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 2, problem: 'Bản ghi số 2 đã bị sửa hoặc chèn vào sau.' });
  });
});
