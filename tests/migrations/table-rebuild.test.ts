import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate as drizzleMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { MIGRATIONS_TABLE, MigrationError, migrateDatabase, pendingMigrations } from '../../db/migrate';
import { appendMigration, copyMigrations, REBUILD_FIXTURE, tempDir } from './support';

/**
 * A drizzle-kit table rebuild (create __new_parents, copy, DROP parents, rename) on a populated
 * database whose `children` reference `parents` with ON DELETE CASCADE.
 */

const PARENTS = 3;
const CHILDREN_PER_PARENT = 4;

let work: ReturnType<typeof tempDir>;
let connection: OpenedDatabase;
let firstOnly: string;

function populate(sqlite: Database.Database): void {
  const parent = sqlite.prepare('INSERT INTO parents (id, name) VALUES (?, ?)');
  const child = sqlite.prepare('INSERT INTO children (id, parent_id, label) VALUES (?, ?, ?)');
  for (let p = 1; p <= PARENTS; p++) {
    parent.run(p, `Cha mẹ ${p}`);
    for (let c = 1; c <= CHILDREN_PER_PARENT; c++) child.run(p * 100 + c, p, `Trẻ ${p}.${c}`);
  }
}

function countRows(sqlite: Database.Database, table: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

beforeEach(() => {
  work = tempDir('so-hoi-rebuild-');
  firstOnly = join(work.dir, 'first-only');
  copyMigrations(REBUILD_FIXTURE, firstOnly, 1);
  connection = openDatabase(join(work.dir, 'test.sqlite'));
});

afterEach(() => {
  connection.sqlite.close();
  work.cleanup();
});

describe('table rebuild with ON DELETE CASCADE children', () => {
  it('the fixture really is a drizzle-kit table rebuild', () => {
    const sql = readFileSync(join(REBUILD_FIXTURE, '0001_parents_name_not_null.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE `__new_parents`');
    expect(sql).toContain('DROP TABLE `parents`');
    expect(sql).toContain('PRAGMA foreign_keys=OFF');
  });

  it('keeps every child row when migrated by the safe migrator', async () => {
    const { sqlite } = connection;
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await migrateDatabase(sqlite, { folder: firstOnly });
    populate(sqlite);

    const summary = await migrateDatabase(sqlite, { folder: REBUILD_FIXTURE });

    expect(summary.applied).toEqual(['0001_parents_name_not_null']);
    expect(countRows(sqlite, 'parents')).toBe(PARENTS);
    expect(countRows(sqlite, 'children')).toBe(PARENTS * CHILDREN_PER_PARENT);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const column = (sqlite.pragma('table_info(parents)') as { name: string; notnull: number }[]).find(
      (info) => info.name === 'name',
    );
    expect(column?.notnull).toBe(1);
    // The cascade still works after the rebuild: the child table points at the new parents.
    sqlite.prepare('DELETE FROM parents WHERE id = 1').run();
    expect(countRows(sqlite, 'children')).toBe((PARENTS - 1) * CHILDREN_PER_PARENT);
  });

  it("loses the children through drizzle's own migrate() with foreign keys on (the trap is real)", () => {
    const { sqlite, db } = connection;
    drizzleMigrate(db, { migrationsFolder: firstOnly });
    populate(sqlite);

    drizzleMigrate(db, { migrationsFolder: REBUILD_FIXTURE });

    // No error, parents copied — and every child silently deleted by the cascade of DROP TABLE.
    expect(countRows(sqlite, 'parents')).toBe(PARENTS);
    expect(countRows(sqlite, 'children')).toBe(0);
  });

  it('records migrations exactly as drizzle does, so drizzle sees nothing pending', async () => {
    const { sqlite, db } = connection;
    await migrateDatabase(sqlite, { folder: REBUILD_FIXTURE });
    const rows = sqlite.prepare(`SELECT hash, created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at`).all();
    expect(rows).toHaveLength(2);
    // drizzle's migrator would fail on CREATE TABLE if it thought anything was pending.
    expect(() => drizzleMigrate(db, { migrationsFolder: REBUILD_FIXTURE })).not.toThrow();
    expect(sqlite.prepare(`SELECT count(*) AS n FROM "${MIGRATIONS_TABLE}"`).get()).toEqual({ n: 2 });
    expect(pendingMigrations(sqlite, REBUILD_FIXTURE)).toEqual([]);
  });
});

describe('a migration that breaks a foreign key', () => {
  it('is rolled back entirely and throws MigrationError naming the table', async () => {
    const { sqlite } = connection;
    await migrateDatabase(sqlite, { folder: firstOnly });
    populate(sqlite);
    appendMigration(firstOnly, '0001_orphan_children', [
      'ALTER TABLE `parents` ADD `note` text;',
      'DELETE FROM `parents` WHERE `id` = 1;',
    ]);
    const before = sqlite.prepare(`SELECT * FROM "${MIGRATIONS_TABLE}"`).all();

    const failure = await migrateDatabase(sqlite, { folder: firstOnly }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toContain('children');
    expect((failure as MigrationError).tables).toEqual(['children → parents']);
    expect(countRows(sqlite, 'parents')).toBe(PARENTS);
    expect(countRows(sqlite, 'children')).toBe(PARENTS * CHILDREN_PER_PARENT);
    const columns = (sqlite.pragma('table_info(parents)') as { name: string }[]).map((info) => info.name);
    expect(columns).not.toContain('note');
    expect(sqlite.prepare(`SELECT * FROM "${MIGRATIONS_TABLE}"`).all()).toEqual(before);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('rolls back every pending migration when a statement fails', async () => {
    const { sqlite } = connection;
    appendMigration(firstOnly, '0001_broken', ['CREATE TABLE `extra` (`id` integer);', 'SELECT * FROM nowhere;']);

    const failure = await migrateDatabase(sqlite, { folder: firstOnly }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toContain('0001_broken');
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all();
    expect(tables).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses to run inside an open transaction', async () => {
    const { sqlite } = connection;
    sqlite.exec('BEGIN');
    await expect(migrateDatabase(sqlite, { folder: firstOnly })).rejects.toThrow(MigrationError);
    sqlite.exec('ROLLBACK');
  });
});
