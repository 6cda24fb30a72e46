import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeBackupFs, type BackupFs, type WritableFile } from '../../../electron/core/backup/backup-fs';
import { snapshotTables } from '../../helpers/core';
import { ADMIN, auditRows, lastAuditSeq, login, setUpAdmin, valueAs, type Client } from '../accounts/support';
import { createBackupCore, databaseFingerprint, filesUnder, jobError, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/**
 * The USB stick misbehaves while a backup is written: it is full, it is pulled out mid-write, it
 * is write-protected, it returns different bytes than were written. Each time the job fails with
 * a sentence the secretary can act on, the live data is untouched, the earlier backup on the stick
 * is untouched, and nothing is left under a backup's final name.
 */
function failure(code: string): Error {
  return Object.assign(new Error(`simulated ${code}`), { code });
}

/** Writes fail with `code` once `limit` bytes went to files under `folder`; `gone` makes every later call fail too. */
function failingWrites(folder: string, code: string, limit: number, options: { gone?: boolean } = {}): BackupFs {
  let written = 0;
  let gone = false;
  const guard = (path: string) => {
    if (gone && path.startsWith(folder)) throw failure(code);
  };
  const wrap = (file: WritableFile): WritableFile => ({
    async write(chunk) {
      if (written + chunk.length > limit) {
        gone = options.gone === true;
        throw failure(code);
      }
      written += chunk.length;
      await file.write(chunk);
    },
    sync: () => file.sync(),
    close: () => file.close(),
  });
  return {
    ...nodeBackupFs,
    exists: async (path) => (guard(path), nodeBackupFs.exists(path)),
    createExclusive: async (path) => (guard(path), path.startsWith(folder) ? wrap(await nodeBackupFs.createExclusive(path)) : nodeBackupFs.createExclusive(path)),
    remove: async (path) => (guard(path), nodeBackupFs.remove(path)),
    rename: async (from, to) => (guard(to), nodeBackupFs.rename(from, to)),
    list: async (dir) => (guard(dir), nodeBackupFs.list(dir)),
  };
}

/** A write-protected stick: listing and reading work, creating anything fails. */
function readOnly(folder: string): BackupFs {
  const refuse = async (path: string) => {
    if (path.startsWith(folder)) throw failure('EROFS');
  };
  return {
    ...nodeBackupFs,
    mkdir: async (path) => (await refuse(path), nodeBackupFs.mkdir(path)),
    createExclusive: async (path) => (await refuse(path), nodeBackupFs.createExclusive(path)),
    remove: async (path) => (await refuse(path), nodeBackupFs.remove(path)),
  };
}

/** Reading back returns one flipped bit in the middle of the file. */
function flippingReads(folder: string): BackupFs {
  return {
    ...nodeBackupFs,
    async openRead(path) {
      const file = await nodeBackupFs.openRead(path);
      if (!path.startsWith(folder)) return file;
      const size = await nodeBackupFs.size(path);
      return {
        async read(buffer, length, position) {
          const n = await file.read(buffer, length, position);
          const target = Math.floor(size / 2);
          if (target >= position && target < position + n) buffer[target - position] = (buffer[target - position] ?? 0) ^ 0x04;
          return n;
        },
        close: () => file.close(),
      };
    },
  };
}

let root: string;
let good: BackupCore;
let admin: Client;
let earlier: { path: string; bytes: Buffer };

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'sohoi-faults-'));
  good = await createBackupCore({ dataDir: join(root, 'data'), usbDir: join(root, 'usb') });
  ({ admin } = await setUpAdmin(good.t));
  await valueAs(good.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
  const made = jobResult<{ fileName: string; directory: string }>(await runJob(good.t, admin, 'backup.run', { destination: good.usbDir }));
  const path = join(made.directory, made.fileName);
  earlier = { path, bytes: readFileSync(path) };
});

afterEach(async () => {
  await good?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Reopens the same data folder and stick with a faulty file system, backs up, and checks the aftermath. */
async function backUpThrough(makeFs: (folder: string) => BackupFs, message: RegExp): Promise<string[]> {
  await good.t.close();
  const faulty = await createBackupCore({ dataDir: good.t.dataDir, usbDir: good.usbDir, fs: makeFs(good.driveFolder) });
  try {
    const t = faulty.t;
    const client = await login(t, ADMIN.username, ADMIN.password);
    const before = snapshotTables(t, { skipTables: ['audit_log', 'audit_head', 'sqlite_sequence'] });
    const fingerprint = databaseFingerprint(t.dataDir);
    const seq = lastAuditSeq(t);
    const finished = await runJob(t, client, 'backup.run', { destination: good.usbDir, passphrase: PASSPHRASE });
    expect(jobError(finished).message).toMatch(message);
    expect(jobError(finished).message).toContain('Dữ liệu trên máy không bị thay đổi.');
    expect(snapshotTables(t, { skipTables: ['audit_log', 'audit_head', 'sqlite_sequence'] })).toEqual(before);
    expect(databaseFingerprint(t.dataDir)).toBe(fingerprint);
    expect(auditRows(t, seq).map((row) => row.action)).toEqual(['backup.failed']);
    expect(readFileSync(earlier.path).equals(earlier.bytes)).toBe(true);
    expect(filesUnder(join(t.dataDir, 'tmp'))).toEqual([]);
    return filesUnder(dirname(earlier.path));
  } finally {
    await faulty.t.close();
  }
}

describe('a backup to a misbehaving USB stick', () => {
  it('fails plainly when the stick is full, removing its partial file', async () => {
    const files = await backUpThrough((folder) => failingWrites(folder, 'ENOSPC', 64 * 1024), /USB không còn đủ chỗ trống/);
    expect(files).toEqual([earlier.path.slice(dirname(earlier.path).length + 1)]);
  });

  it('fails plainly when the stick is pulled out mid-write, and nothing gets the final name', async () => {
    const files = await backUpThrough((folder) => failingWrites(folder, 'EIO', 64 * 1024, { gone: true }), /có thể USB đã bị rút ra/);
    // The partial file could not be removed from a device that is gone; it never got a backup's name.
    expect(files.filter((name) => !name.endsWith('.part'))).toEqual([earlier.path.slice(dirname(earlier.path).length + 1)]);
  });

  it('fails plainly when the stick is write-protected', async () => {
    const files = await backUpThrough((folder) => readOnly(folder), /chỉ đọc/);
    expect(files).toEqual([earlier.path.slice(dirname(earlier.path).length + 1)]);
  });

  it('removes a backup whose read-back differs from what was written: no unverified backup is kept', async () => {
    const files = await backUpThrough((folder) => flippingReads(folder), /bị hỏng, không đầy đủ hoặc đã bị sửa đổi/);
    expect(files).toEqual([earlier.path.slice(dirname(earlier.path).length + 1)]);
  });
});
