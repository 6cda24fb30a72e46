import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { MIGRATIONS_DIR } from '../../db/paths';
import { seedDatabase, type SeedSummary } from '../../db/seed';

export interface TestDatabase extends OpenedDatabase {
  /** The database file (a real file, WAL mode, in its own temp dir). */
  file: string;
  dir: string;
  seed: SeedSummary;
  /** Closes the connection and deletes the temp dir. */
  close: () => void;
}

export interface TestDatabaseOptions {
  /** The instant used for created_at/updated_at of seeded rows. */
  now?: string;
  /** Skip the seed (empty tables, migrations only). */
  seed?: boolean;
}

export const TEST_NOW = '2025-01-05T03:00:00.000Z';

/** A new temp dir, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh SQLite file in a new temp dir with the real migrations applied and the seed loaded. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const { dir, cleanup } = tempDir('so-hoi-db-');
  const file = join(dir, 'so-hoi.sqlite');
  const opened = openDatabase(file);
  const close = (): void => {
    if (opened.sqlite.open) opened.sqlite.close();
    cleanup();
  };
  try {
    await migrateDatabase(opened.sqlite, { folder: MIGRATIONS_DIR });
    const seed =
      options.seed === false
        ? { organizationId: '', adminUnitsInserted: 0 }
        : seedDatabase(opened.db, { now: options.now ?? TEST_NOW });
    return { ...opened, file, dir, seed, close };
  } catch (error) {
    close();
    throw error;
  }
}
