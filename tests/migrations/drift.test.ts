import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyMigrations, tempDir } from './support';

/**
 * Schema drift: runs `drizzle-kit generate` against a copy of db/migrations. If the schema has
 * changed without a committed migration, drizzle-kit writes a new migration file — and the test
 * fails with its name. Fix: run `drizzle-kit generate --name <what>` and commit the result.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const DRIZZLE_KIT = join(ROOT, 'node_modules', '.bin', 'drizzle-kit');
const SCHEMA_DIR = join(ROOT, 'db', 'schema');
const MIGRATIONS_DIR = join(ROOT, 'db', 'migrations');

let work: ReturnType<typeof tempDir>;

beforeEach(() => {
  work = tempDir('so-hoi-drift-');
});

afterEach(() => {
  work.cleanup();
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Runs drizzle-kit generate for `schemaFile` into a copy of the committed migrations. */
function generateAgainstCopy(schemaFile: string): { before: string[]; after: string[]; output: string } {
  const out = join(work.dir, 'migrations');
  copyMigrations(MIGRATIONS_DIR, out);
  cpSync(join(MIGRATIONS_DIR, 'meta'), join(out, 'meta'), { recursive: true });
  const before = listFiles(out);
  const config = join(work.dir, 'drizzle.drift.config.ts');
  // Paths relative to the working directory: drizzle-kit 0.31 prefixes `out` with './', which
  // breaks absolute paths. No import of drizzle-kit: the file lives outside the repository.
  const schema = relative(work.dir, schemaFile);
  const settings = { dialect: 'sqlite', schema, out: './migrations', strict: true };
  writeFileSync(config, `export default ${JSON.stringify(settings)};\n`);
  const result = spawnSync(DRIZZLE_KIT, ['generate', '--config', config], {
    cwd: work.dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  // drizzle-kit may print an error and still exit 0: treat any error text as a failure.
  if (result.status !== 0 || /error/i.test(output)) throw new Error(`drizzle-kit generate failed (${String(result.status)}):\n${output}`);
  return { before, after: listFiles(out), output };
}

describe('schema drift', () => {
  it('the committed migrations match db/schema (no new migration is generated)', () => {
    const { before, after, output } = generateAgainstCopy(join(SCHEMA_DIR, 'index.ts'));
    const added = after.filter((file) => !before.includes(file));
    expect(added, `schema changed without a migration; drizzle-kit said:\n${output}`).toEqual([]);
    expect(output).toContain('No schema changes');
  });

  it('detects a schema change (an extra column) without a migration', () => {
    // The schema imports shared/ (roles): copy both with the repository's relative layout.
    const schemaCopy = join(work.dir, 'db', 'schema');
    cpSync(SCHEMA_DIR, schemaCopy, { recursive: true });
    cpSync(join(ROOT, 'shared'), join(work.dir, 'shared'), { recursive: true });
    // The copy must resolve drizzle-orm from the repository.
    symlinkSync(join(ROOT, 'node_modules'), join(work.dir, 'node_modules'), 'junction');
    const file = join(schemaCopy, 'admin-units.ts');
    const source = readFileSync(file, 'utf8');
    const anchor = "    searchKey: text('search_key').notNull(),\n";
    expect(source).toContain(anchor);
    writeFileSync(file, source.replace(anchor, `${anchor}    driftProbe: text('drift_probe'),\n`));

    const { before, after } = generateAgainstCopy(join(schemaCopy, 'index.ts'));

    const added = after.filter((file) => !before.includes(file));
    expect(added.some((name) => name.endsWith('.sql'))).toBe(true);
    const sqlFile = added.find((name) => name.endsWith('.sql')) ?? '';
    expect(readFileSync(join(work.dir, 'migrations', sqlFile), 'utf8')).toContain('drift_probe');
  });
});
