import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Helpers shared by the migration tests (not a test file itself). */

export { tempDir } from '../helpers/db';

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

interface Journal {
  version: string;
  dialect: string;
  entries: JournalEntry[];
}

export const REBUILD_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'migrations', 'rebuild');

export function readJournal(folder: string): Journal {
  return JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

function writeJournal(folder: string, journal: Journal): void {
  mkdirSync(join(folder, 'meta'), { recursive: true });
  writeFileSync(join(folder, 'meta', '_journal.json'), `${JSON.stringify(journal, null, 2)}\n`);
}

/** Copies the first `count` migrations of `source` (SQL files and journal) into `dest`. */
export function copyMigrations(source: string, dest: string, count?: number): Journal {
  const journal = readJournal(source);
  const entries = journal.entries.slice(0, count ?? journal.entries.length);
  mkdirSync(dest, { recursive: true });
  for (const entry of entries) copyFileSync(join(source, `${entry.tag}.sql`), join(dest, `${entry.tag}.sql`));
  const sliced = { ...journal, entries };
  writeJournal(dest, sliced);
  return sliced;
}

/** Appends a hand-written migration to the folder, one statement per array item. */
export function appendMigration(folder: string, tag: string, statements: readonly string[]): JournalEntry {
  const journal = readJournal(folder);
  const last = journal.entries.at(-1);
  const entry: JournalEntry = {
    idx: journal.entries.length,
    version: last?.version ?? '6',
    when: (last?.when ?? Date.UTC(2025, 0, 1)) + 1000,
    tag,
    breakpoints: true,
  };
  writeFileSync(join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  writeJournal(folder, { ...journal, entries: [...journal.entries, entry] });
  return entry;
}
