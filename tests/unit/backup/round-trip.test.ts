import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import type { TestCore } from '../../helpers/core';
import { addAccount, login, newClient, setUpAdmin, valueAs, type Client } from '../accounts/support';
import { createBackupCore, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/**
 * Done-when of the backup issue: every table of a database where every table holds rows survives
 * a backup and a restore into a fresh data folder (another PC: another audit key), row by row —
 * the audit trail up to the rows the restore itself added.
 */
const opened: BackupCore[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

type Rows = Record<string, unknown>[];

function tableNames(t: TestCore): string[] {
  return t.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => String(row.name));
}

function dumpTables(t: TestCore): Record<string, Rows> {
  return Object.fromEntries(tableNames(t).map((name) => [name, t.query(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`)]));
}

/** Tables no method of this test writes yet: rows straight into the file, as an import would. */
function seedUnitTables(dataDir: string): void {
  const sqlite = new Database(join(dataDir, DATABASE_FILE_NAME));
  try {
    const at = '2025-01-05T03:00:00.000Z';
    const unit = sqlite.prepare("SELECT code, name FROM admin_units WHERE level = 'commune' ORDER BY code LIMIT 2").all() as { code: string; name: string }[];
    const [first, second] = unit;
    if (!first || !second) throw new Error('no communes in the seed');
    sqlite.prepare('INSERT INTO admin_unit_flags (id, unit_code, kind, valid_from, decision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('flag-1', first.code, 'khu_vuc_iii', '2021-06-04', '861/QĐ-TTg', at, at);
    sqlite.prepare('INSERT INTO admin_unit_mappings (id, old_code, new_code, valid_from, decision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('map-1', first.code, second.code, '2025-07-01', '1234/NQ-UBTVQH15', at, at);
    const branch = sqlite.prepare(
      'INSERT INTO branches (id, name, kind, parent_id, unit_code, unit_name, founded_on, search_key, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    branch.run('branch-1', 'Hội cấp xã Tân An', 'hoi_cap_xa', null, first.code, first.name, '2020-01-01', 'hoi cap xa tan an', 'tan an', at, at);
    branch.run('branch-2', 'Chi hội Trường Tiểu học Tân An', 'chi_hoi_truong_hoc', 'branch-1', first.code, first.name, '2021-09-05', 'chi hoi truong tieu hoc tan an', 'truong tan an', at, at);
    seedMemberTables(sqlite, at);
  } finally {
    sqlite.close();
  }
}

/** A member of branch-2 with a search word, a position and the dues of a year (issue 6). */
function seedMemberTables(sqlite: Database.Database, at: string): void {
  sqlite
    .prepare(
      `INSERT INTO members (id, ten, full_name, branch_id, joined_on, member_type, name_key, sort_ten, sort_ho, search_words, created_at, updated_at)
       VALUES ('member-1', 'An', 'An', 'branch-2', '2022-05-01', 'ca_nhan', 'an', 'an', 'an', ' an ', ?, ?)`,
    )
    .run(at, at);
  sqlite.prepare("INSERT INTO member_search_words (word, member_id) VALUES ('an', 'member-1')").run();
  sqlite.prepare("INSERT INTO member_positions (id, member_id, position, branch_id, from_date, created_at, updated_at) VALUES ('position-1', 'member-1', 'chi_hoi_truong', 'branch-2', '2024-01-01', ?, ?)").run(at, at);
  sqlite.prepare("INSERT INTO member_dues (id, member_id, year, amount, paid_on, created_at, updated_at) VALUES ('dues-1', 'member-1', 2024, 50000, '2024-03-01', ?, ?)").run(at, at);
}

async function seedEveryTable(source: BackupCore): Promise<Client> {
  const { t } = source;
  const { admin } = await setUpAdmin(t);
  await addAccount(t, admin, 'thu_ky');
  await valueAs(t, admin, 'settings.security.save', { idleLockMinutes: 15 });
  await valueAs(t, admin, 'organization.profile.save', {
    validFrom: '2025-07-01',
    name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh',
    parentLine: 'Hội Bảo vệ quyền trẻ em Việt Nam',
    abbreviation: 'HBVQTE',
    placeName: 'Bắc Ninh',
    address: '',
    phone: '',
    email: 'hoibvqte@bacninh.gov.vn',
    signers: [{ fullName: 'Trần Thị Bình', title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' }],
  });
  await valueAs(t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
  seedUnitTables(t.dataDir);
  return admin;
}

describe('a backup restored into a fresh data folder', () => {
  it('brings back every table row by row, and the audit trail verifies on the new PC', async () => {
    const source = await createBackupCore();
    opened.push(source);
    const admin = await seedEveryTable(source);
    const empty = tableNames(source.t).filter((name) => source.t.count(name) === 0);
    expect(empty, 'every table must hold rows in the seeded database: seed the new table in this test').toEqual([]);
    const before = dumpTables(source.t);

    const backup = jobResult<{ fileName: string; verified: boolean }>(await runJob(source.t, admin, 'backup.run', { destination: source.usbDir }));
    expect(backup.verified).toBe(true);
    expect(readdirSync(source.driveFolder)).toEqual([backup.fileName]);

    const keptKeys: Buffer[] = [];
    const target = await createBackupCore({ auditKey: Buffer.alloc(32, 0x11), saveAuditKey: (key) => void keptKeys.push(key) });
    opened.push(target);
    const token = target.t.core.files.register({ path: join(source.driveFolder, backup.fileName), name: backup.fileName });
    const header = await valueAs(target.t, newClient(), 'setup.restore.inspect', { token });
    expect(header).toMatchObject({ fileName: backup.fileName, encrypted: true, sameOrganization: false, newerThanApp: false });
    await valueAs(target.t, newClient(), 'setup.restore', { token, passphrase: PASSPHRASE });

    const after = dumpTables(target.t);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before).filter((table) => !['audit_log', 'audit_head', 'sqlite_sequence'].includes(table))) {
      expect(after[name], name).toEqual(before[name]);
    }
    const auditBefore = before.audit_log ?? [];
    const auditAfter = after.audit_log ?? [];
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.slice(auditBefore.length).map((row) => row.action)).toEqual(['backup.restored']);

    expect(keptKeys).toHaveLength(1);
    expect(await valueAs(target.t, await login(target.t, 'quantri.hoi', 'mat-khau-quan-tri-2025'), 'audit.verify', {})).toMatchObject({ ok: true });
  });
});
