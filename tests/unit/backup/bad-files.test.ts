import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import type { BackupSource } from '../../../shared/schemas/backup';
import { snapshotTables } from '../../helpers/core';
import { auditRows, lastAuditSeq, setUpAdmin, valueAs, type Client } from '../accounts/support';
import { brokenLinkBackup, newerSchemaBackup } from './crafted';
import { createBackupCore, databaseFingerprint, filesUnder, jobError, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/**
 * Bad files offered for a restore (and for "Kiểm tra bản sao lưu"): each is refused with its own
 * Vietnamese sentence, recorded in the audit trail, and the live data stays exactly as it was.
 */
let core: BackupCore;
let admin: Client;
let good: Buffer;
const files: Record<string, string> = {};

function headerEnd(bytes: Buffer): number {
  return 12 + bytes.readUInt32BE(8);
}

/** Flips one bit of a copy of the good backup at `offset`. */
function flipped(offset: number): Buffer {
  const copy = Buffer.from(good);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

/** The header changed (a later date) with its checksum recomputed: only the payload's authentication can tell. */
function forgedHeader(): Buffer {
  const end = headerEnd(good);
  const json = good.subarray(12, end).toString('utf8').replace(/"createdAt":"(\d{4})/, (_match, year: string) => `"createdAt":"${Number(year) + 1}`);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(Buffer.byteLength(json));
  const aad = Buffer.concat([good.subarray(0, 8), length, Buffer.from(json)]);
  return Buffer.concat([aad, createHash('sha256').update(aad).digest(), good.subarray(end + 32)]);
}

beforeAll(async () => {
  core = await createBackupCore();
  ({ admin } = await setUpAdmin(core.t));
  await valueAs(core.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: false });
  const made = jobResult<{ fileName: string; directory: string }>(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir, passphrase: PASSPHRASE }));
  files.good = join(made.directory, made.fileName);
  good = readFileSync(files.good);
  const dir = core.usbDir;
  const write = (name: string, bytes: Buffer) => {
    files[name] = join(dir, `${name}.sohoi`);
    writeFileSync(files[name], bytes);
  };
  write('truncated', good.subarray(0, Math.floor(good.length * 0.6)));
  write('headerBit', flipped(20));
  write('forgedHeader', forgedHeader());
  write('payloadBit', flipped(Math.floor(good.length / 2)));
  write('empty', Buffer.alloc(0));
  write('random', randomBytes(50_000));
  files.plainSqlite = join(dir, 'plainSqlite.sohoi');
  copyFileSync(join(core.t.dataDir, DATABASE_FILE_NAME), files.plainSqlite);
  files.newerSchema = await newerSchemaBackup(core, PASSPHRASE);
  files.brokenLink = await brokenLinkBackup(core, PASSPHRASE);
});

afterAll(async () => {
  await core?.close();
});

function source(name: string): BackupSource {
  const path = files[name];
  if (!path || !existsSync(path)) throw new Error(`no file ${name}`);
  return { kind: 'file', token: core.t.core.files.register({ path, name: `${name}.sohoi` }) };
}

const SKIP = { skipTables: ['audit_log', 'audit_head', 'sqlite_sequence'] };

const CASES: [string, string, RegExp][] = [
  ['wrong passphrase', 'good', /^Cụm mật khẩu không đúng/],
  ['a truncated file', 'truncated', /bị hỏng, không đầy đủ hoặc đã bị sửa đổi/],
  ['one flipped bit in the header', 'headerBit', /Phần đầu của tệp sao lưu bị hỏng/],
  ['a header changed with its checksum redone', 'forgedHeader', /bị hỏng, không đầy đủ hoặc đã bị sửa đổi/],
  ['one flipped bit in the payload', 'payloadBit', /bị hỏng, không đầy đủ hoặc đã bị sửa đổi/],
  ['a zero-byte file', 'empty', /trống \(0 byte\)/],
  ['a plain SQLite database renamed to .sohoi', 'plainSqlite', /không phải bản sao lưu của Sổ Hội/],
  ['a random file', 'random', /không phải bản sao lưu của Sổ Hội/],
  ['a backup whose schema is newer than the app', 'newerSchema', /phiên bản Sổ Hội mới hơn/],
  ['a backup whose data has a broken link between tables', 'brokenLink', /liên kết bị đứt/],
];

describe.each(['backup.restore', 'backup.test'] as const)('%s refuses', (method) => {
  it.each(CASES)('%s, and changes nothing', async (_label, name, message) => {
    const before = snapshotTables(core.t, SKIP);
    const fingerprint = databaseFingerprint(core.t.dataDir);
    const seq = lastAuditSeq(core.t);
    const passphrase = name === 'good' ? 'cụm mật khẩu sai hẳn' : PASSPHRASE;
    const input = method === 'backup.restore' ? { source: source(name), passphrase, confirmOtherOrganization: false } : { source: source(name), passphrase };
    const error = jobError(await runJob(core.t, admin, method, input));
    expect(error.message).toMatch(message);
    expect(snapshotTables(core.t, SKIP)).toEqual(before);
    expect(databaseFingerprint(core.t.dataDir)).toBe(fingerprint);
    const failed = method === 'backup.restore' ? 'backup.restore.failed' : 'backup.test.failed';
    expect(auditRows(core.t, seq).map((row) => row.action)).toEqual([failed]);
    expect(filesUnder(join(core.t.dataDir, 'tmp'))).toEqual([]);
    expect(existsSync(join(core.t.dataDir, 'restore'))).toBe(false);
    expect(await valueAs(core.t, admin, 'auth.me', {})).toMatchObject({ username: 'quantri.hoi' });
  });
});

describe('the good file', () => {
  it('passes the test with the right passphrase', async () => {
    const result = jobResult<{ tables: { name: string; rows: number }[] }>(await runJob(core.t, admin, 'backup.test', { source: source('good'), passphrase: PASSPHRASE }));
    expect(result.tables.find((table) => table.name === 'accounts')).toEqual({ name: 'accounts', rows: 1 });
  });
});
