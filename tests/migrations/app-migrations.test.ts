import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrate as drizzleMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDatabaseFile, verifyDatabaseFile } from '../../db/backup-file';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { migrateDatabase, pendingMigrations, readMigrations } from '../../db/migrate';
import { MIGRATIONS_DIR } from '../../db/paths';
import { appendMigration, copyMigrations, tempDir } from './support';

let work: ReturnType<typeof tempDir>;
let connection: OpenedDatabase;

beforeEach(() => {
  work = tempDir('so-hoi-app-migrations-');
  connection = openDatabase(join(work.dir, 'app.sqlite'));
});

afterEach(() => {
  connection.sqlite.close();
  work.cleanup();
});

function tableNames(): string[] {
  return connection.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all()
    .map((row) => (row as { name: string }).name);
}

describe("the app's migrations", () => {
  it('apply on an empty database without a backup', async () => {
    const backup = vi.fn();
    const all = readMigrations(MIGRATIONS_DIR).map((migration) => migration.tag);

    const summary = await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR, backup });

    expect(summary).toEqual({ applied: all, backedUp: false });
    expect(all[0]).toBe('0000_init');
    expect(backup).not.toHaveBeenCalled();
    expect(tableNames()).toEqual(
      expect.arrayContaining(['__drizzle_migrations', 'admin_units', 'organization_profiles', 'organizations']),
    );
    expect(connection.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('are a no-op on an up-to-date database, and drizzle agrees', async () => {
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR });
    const backup = vi.fn();

    const summary = await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR, backup });

    expect(summary).toEqual({ applied: [], backedUp: false });
    expect(backup).not.toHaveBeenCalled();
    expect(pendingMigrations(connection.sqlite, MIGRATIONS_DIR)).toEqual([]);
    expect(() => drizzleMigrate(connection.db, { migrationsFolder: MIGRATIONS_DIR })).not.toThrow();
  });

  it('take a backup first when a populated database has pending migrations', async () => {
    const folder = join(work.dir, 'migrations');
    copyMigrations(MIGRATIONS_DIR, folder);
    await migrateDatabase(connection.sqlite, { folder });
    connection.sqlite
      .prepare(`INSERT INTO organizations (id, created_at, updated_at) VALUES ('org', 'now', 'now')`)
      .run();
    const entry = appendMigration(folder, '9999_later', ['CREATE TABLE `later` (`id` text PRIMARY KEY);']);
    const backupPath = join(work.dir, 'backups', 'before-migration.sqlite');
    const backup = vi.fn(async (_reason: string) => {
      // The backup sees the database as it was: the new table does not exist yet.
      expect(tableNames()).not.toContain('later');
      await backupDatabaseFile(connection.sqlite, backupPath);
    });

    const summary = await migrateDatabase(connection.sqlite, { folder, backup });

    expect(summary).toEqual({ applied: [entry.tag], backedUp: true });
    expect(backup).toHaveBeenCalledTimes(1);
    expect(backup.mock.calls[0]?.[0]).toContain('9999_later');
    expect(existsSync(backupPath)).toBe(true);
    expect(() => verifyDatabaseFile(backupPath)).not.toThrow();
  });

  it('do not migrate when the backup fails', async () => {
    const folder = join(work.dir, 'migrations');
    copyMigrations(MIGRATIONS_DIR, folder);
    await migrateDatabase(connection.sqlite, { folder });
    appendMigration(folder, '9999_later', ['CREATE TABLE `later` (`id` text PRIMARY KEY);']);

    const run = migrateDatabase(connection.sqlite, {
      folder,
      backup: () => {
        throw new Error('disk full');
      },
    });

    await expect(run).rejects.toThrow('disk full');
    expect(tableNames()).not.toContain('later');
    expect(pendingMigrations(connection.sqlite, folder).map((migration) => migration.tag)).toEqual(['9999_later']);
  });

  it('run the afterMigrations hook inside the transaction, only when something was applied', async () => {
    const hook = vi.fn((sqlite: OpenedDatabase['sqlite']) => {
      expect(sqlite.inTransaction).toBe(true);
      sqlite.exec('CREATE TRIGGER IF NOT EXISTS orgs_touch AFTER UPDATE ON organizations BEGIN SELECT 1; END;');
    });
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR, afterMigrations: hook });
    await migrateDatabase(connection.sqlite, { folder: MIGRATIONS_DIR, afterMigrations: hook });

    expect(hook).toHaveBeenCalledTimes(1);
    const triggers = connection.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all();
    expect(triggers).toEqual([{ name: 'orgs_touch' }]);
  });
});
