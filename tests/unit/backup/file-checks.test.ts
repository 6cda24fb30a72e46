import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile, checkFileInline } from '../../../electron/core/backup/file-checks';
import { tempDir } from '../../helpers/db';

/** The slow checks run in a worker thread and say the same as on the calling thread. */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sohoi-checks-')));
afterEach(() => cleanup());

function database(name: string, orphan: boolean): string {
  const path = join(dir, name);
  const sqlite = new Database(path);
  sqlite.exec('CREATE TABLE parents (id INTEGER PRIMARY KEY); CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents(id))');
  sqlite.exec('INSERT INTO parents VALUES (1); INSERT INTO children VALUES (1, 1), (2, 1)');
  sqlite.pragma('foreign_keys = OFF'); // as a tool editing the file behind the app's back
  if (orphan) sqlite.exec('INSERT INTO children VALUES (3, 99)');
  sqlite.close();
  return path;
}

describe('checkFile', () => {
  it('counts the rows of a sound database', async () => {
    const path = database('sound.sqlite', false);
    const expected = { integrityOk: true, foreignKeysOk: true, tables: { children: 2, parents: 1 } };
    expect(await checkFile(path, (error) => expect.fail(`fell back: ${String(error)}`))).toEqual(expected);
    expect(checkFileInline(path)).toEqual(expected);
  });

  it('finds a broken link between tables', async () => {
    const path = database('orphan.sqlite', true);
    expect(await checkFile(path)).toMatchObject({ integrityOk: true, foreignKeysOk: false });
  });

  it('says a file that is not a database fails its integrity check', async () => {
    const path = join(dir, 'random.sqlite');
    writeFileSync(path, randomBytes(8192));
    expect(await checkFile(path)).toEqual({ integrityOk: false, foreignKeysOk: false, tables: {} });
    expect(checkFileInline(path)).toEqual({ integrityOk: false, foreignKeysOk: false, tables: {} });
  });
});
