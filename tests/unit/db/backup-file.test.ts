import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabaseFile, verifyDatabaseFile } from '../../../db/backup-file';
import { openDatabase } from '../../../db/client';
import { tempDir } from '../../helpers/db';

let work: ReturnType<typeof tempDir>;

beforeEach(() => {
  work = tempDir('so-hoi-backup-');
});

afterEach(() => {
  work.cleanup();
});

describe('backupDatabaseFile', () => {
  it('copies a live WAL database, including rows not yet checkpointed', async () => {
    const { sqlite } = openDatabase(join(work.dir, 'live.sqlite'));
    sqlite.pragma('wal_autocheckpoint = 0');
    sqlite.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('Nguyễn Văn An');");
    const dest = join(work.dir, 'backups', 'copy.sqlite');

    await backupDatabaseFile(sqlite, dest);
    sqlite.close();

    const copy = new Database(dest, { readonly: true });
    expect(copy.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'Nguyễn Văn An' }]);
    copy.close();
    expect(existsSync(`${dest}.part`)).toBe(false);
  });

  it('never overwrites an existing file', async () => {
    const { sqlite } = openDatabase(join(work.dir, 'live.sqlite'));
    const dest = join(work.dir, 'existing.sqlite');
    writeFileSync(dest, 'older backup');
    await expect(backupDatabaseFile(sqlite, dest)).rejects.toThrow(/already exists/);
    sqlite.close();
  });

  it('verifyDatabaseFile rejects a file that is not a database', () => {
    const bogus = join(work.dir, 'bogus.sqlite');
    writeFileSync(bogus, 'x'.repeat(4096));
    expect(() => verifyDatabaseFile(bogus)).toThrow();
  });
});
