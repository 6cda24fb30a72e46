import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { migrateDatabase, readMigrations } from '../../db/migrate';
import { MIGRATIONS_DIR } from '../../db/paths';
import { afterMigrations, AUDIT_TRIGGERS } from '../../db/triggers';
import { appendMigration, copyMigrations, tempDir } from './support';

/**
 * The audit trail's append-only triggers exist after all app migrations, and again after a
 * migration that rebuilds `audit_log` the way drizzle-kit does (which drops the table's triggers
 * with the old table).
 */

const COLUMNS = ['seq', 'created_at', 'account_id', 'account_name', 'action', 'method', 'entity', 'record_id', 'detail', 'prev_hash', 'hash'];

/** drizzle-kit's create-copy-drop-rename rebuild of audit_log (here: `action` gets a default). */
const REBUILD_AUDIT_LOG = [
  'PRAGMA foreign_keys=OFF;',
  `CREATE TABLE \`__new_audit_log\` (
\t\`seq\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
\t\`created_at\` text NOT NULL,
\t\`account_id\` text,
\t\`account_name\` text,
\t\`action\` text DEFAULT 'write' NOT NULL,
\t\`method\` text,
\t\`entity\` text,
\t\`record_id\` text,
\t\`detail\` text,
\t\`prev_hash\` text NOT NULL,
\t\`hash\` text NOT NULL
);`,
  `INSERT INTO \`__new_audit_log\`(${COLUMNS.map((column) => `"${column}"`).join(', ')}) SELECT ${COLUMNS.map((column) => `"${column}"`).join(', ')} FROM \`audit_log\`;`,
  'DROP TABLE `audit_log`;',
  'ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;',
  'PRAGMA foreign_keys=ON;',
  'CREATE INDEX `audit_log_created_at_idx` ON `audit_log` (`created_at`);',
  'CREATE INDEX `audit_log_account_idx` ON `audit_log` (`account_id`);',
  'CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`);',
];

let work: ReturnType<typeof tempDir>;
let connection: OpenedDatabase;

beforeEach(() => {
  work = tempDir('so-hoi-triggers-');
  connection = openDatabase(join(work.dir, 'app.sqlite'));
});

afterEach(() => {
  connection.sqlite.close();
  work.cleanup();
});

function auditTriggers(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`)
    .all()
    .map((row) => (row as { name: string }).name);
}

function appendRows(sqlite: Database.Database, count: number): void {
  const insert = sqlite.prepare(`INSERT INTO audit_log (created_at, action, prev_hash, hash) VALUES ('2025-01-05T03:00:00.000Z', ?, ?, ?)`);
  for (let index = 1; index <= count; index += 1) insert.run(`hanh-dong-${index}`, String(index - 1).padStart(64, '0'), String(index).padStart(64, '0'));
}

function expectAppendOnly(sqlite: Database.Database): void {
  expect(() => sqlite.prepare(`UPDATE audit_log SET detail = 'sửa' WHERE seq = 1`).run()).toThrow('audit_log is append-only');
  expect(() => sqlite.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow('audit_log is append-only');
}

/** The app's migrations plus the rebuild, in a folder of their own. */
function folderWithRebuild(): string {
  const folder = join(work.dir, 'with-rebuild');
  copyMigrations(MIGRATIONS_DIR, folder);
  appendMigration(folder, '9999_rebuild_audit_log', REBUILD_AUDIT_LOG);
  return folder;
}

describe('the audit triggers', () => {
  it('exist on audit_log after all app migrations on a fresh database, and reject UPDATE and DELETE', async () => {
    const summary = await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR });
    expect(summary.applied).toEqual(readMigrations(MIGRATIONS_DIR).map((migration) => migration.tag));
    expect(auditTriggers(connection.sqlite)).toEqual([...AUDIT_TRIGGERS].sort());
    appendRows(connection.sqlite, 2);
    expectAppendOnly(connection.sqlite);
    expect(connection.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });

  it('exist again after a migration that rebuilds audit_log, with every row kept', async () => {
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR });
    appendRows(connection.sqlite, 5);
    const before = connection.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all();

    const summary = await migrateDatabase(connection.sqlite, { folder: folderWithRebuild() });

    expect(summary.applied).toEqual(['9999_rebuild_audit_log']);
    expect(connection.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'audit_log'`).get()).toEqual({ sql: expect.stringContaining("DEFAULT 'write'") });
    expect(auditTriggers(connection.sqlite)).toEqual([...AUDIT_TRIGGERS].sort());
    expect(connection.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all()).toEqual(before);
    expectAppendOnly(connection.sqlite);
  });

  it('would be gone after the rebuild without the hook (the hook is what restores them)', async () => {
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR });
    appendRows(connection.sqlite, 2);
    await migrateDatabase(connection.sqlite, { folder: folderWithRebuild(), afterMigrations: () => undefined });
    expect(auditTriggers(connection.sqlite)).toEqual([]);
  });

  it('are created exactly once however often the hook runs', async () => {
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR });
    afterMigrations(connection.sqlite);
    afterMigrations(connection.sqlite);
    expect(auditTriggers(connection.sqlite)).toEqual([...AUDIT_TRIGGERS].sort());
  });
});
