import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openDatabase } from '../../../db/client';
import { tempDir } from '../../helpers/db';

let work: ReturnType<typeof tempDir>;

beforeEach(() => {
  work = tempDir('so-hoi-client-');
});

afterEach(() => {
  work.cleanup();
});

describe('openDatabase', () => {
  it('applies the pragmas on a read-write connection', () => {
    const { sqlite } = openDatabase(join(work.dir, 'a.sqlite'));
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      expect(BUSY_TIMEOUT_MS).toBe(5000);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    } finally {
      sqlite.close();
    }
  });

  it('applies the per-connection pragmas on every connection, read-only included', () => {
    const file = join(work.dir, 'b.sqlite');
    openDatabase(file).sqlite.close();
    const { sqlite } = openDatabase(file, { readonly: true });
    try {
      expect(sqlite.readonly).toBe(true);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(() => sqlite.exec('CREATE TABLE t (x)')).toThrow(/readonly/);
    } finally {
      sqlite.close();
    }
  });

  it('does not create a missing file when opened read-only', () => {
    expect(() => openDatabase(join(work.dir, 'missing.sqlite'), { readonly: true })).toThrow();
  });

  it('enforces foreign keys through the drizzle handle', () => {
    const { sqlite } = openDatabase(join(work.dir, 'c.sqlite'));
    try {
      sqlite.exec('CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id));');
      expect(() => sqlite.exec('INSERT INTO c (p) VALUES (42)')).toThrow(/FOREIGN KEY/);
    } finally {
      sqlite.close();
    }
  });
});
