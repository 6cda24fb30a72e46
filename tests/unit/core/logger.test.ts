import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, errorCodeOf, LOG_FILE_NAME, stackWithoutMessage } from '../../../electron/core/logger';
import { tempDir } from '../../helpers/db';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('sohoi-log-'));
});

afterEach(() => {
  cleanup();
});

const clock = () => new Date('2025-01-05T03:00:00.000Z');
const linesOf = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.length > 0);

describe('createFileLogger', () => {
  it('writes one JSON object per line with the time, level, event and fields', () => {
    const logger = createFileLogger({ dir, clock });
    logger.info('core.started');
    logger.error('call.failed', { method: 'organization.profile.save', code: 'SQLITE_BUSY', stack: 'Error\n    at x (y.ts:1:1)' });
    const text = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown)).toEqual([
      { time: '2025-01-05T03:00:00.000Z', level: 'info', event: 'core.started' },
      {
        time: '2025-01-05T03:00:00.000Z',
        level: 'error',
        event: 'call.failed',
        method: 'organization.profile.save',
        code: 'SQLITE_BUSY',
        stack: 'Error\n    at x (y.ts:1:1)',
      },
    ]);
  });

  it('creates its folder', () => {
    const nested = join(dir, 'a', 'logs');
    createFileLogger({ dir: nested, clock }).info('core.started');
    expect(linesOf(join('a', 'logs', LOG_FILE_NAME))).toHaveLength(1);
  });

  it('rotates by size and keeps at most maxFiles files, newest in sohoi.log', () => {
    const logger = createFileLogger({ dir, clock, maxBytes: 400, maxFiles: 3 });
    for (let index = 0; index < 40; index += 1) logger.info('step', { detail: `${String(index).padStart(2, '0')} đã xử lý` });

    expect(readdirSync(dir).sort()).toEqual(['sohoi.1.log', 'sohoi.2.log', 'sohoi.log']);
    const numbers = (file: string) => linesOf(file).map((line) => Number((JSON.parse(line) as { detail: string }).detail.slice(0, 2)));
    const all = [...numbers('sohoi.2.log'), ...numbers('sohoi.1.log'), ...numbers('sohoi.log')];
    expect(all.at(-1)).toBe(39);
    expect(all).toEqual(all.map((_, index) => 40 - all.length + index)); // consecutive: only the oldest were dropped
    expect(all.length).toBeLessThan(40);
  });

  it.each([300, 400, 500, 600, 700])('keeps every file within maxBytes = %i bytes, counting UTF-8 bytes', (maxBytes) => {
    const logger = createFileLogger({ dir, clock, maxBytes, maxFiles: 4 });
    for (let index = 0; index < 30; index += 1) logger.info('step', { detail: `${index} ${'ệ'.repeat(30)}` });
    expect(readdirSync(dir).length).toBeLessThanOrEqual(4);
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).size, file).toBeLessThanOrEqual(maxBytes);
  });

  it('keeps a single file when maxFiles is 1', () => {
    const logger = createFileLogger({ dir, clock, maxBytes: 200, maxFiles: 1 });
    for (let index = 0; index < 20; index += 1) logger.info('step', { detail: `line ${index}` });
    expect(readdirSync(dir)).toEqual([LOG_FILE_NAME]);
    expect(linesOf(LOG_FILE_NAME).at(-1)).toContain('line 19');
  });

  it('never throws when the file cannot be written', () => {
    const logger = createFileLogger({ dir: join(dir, 'gone'), clock });
    rmSync(join(dir, 'gone'), { recursive: true });
    expect(() => logger.error('call.failed', { method: 'system.info' })).not.toThrow();
  });
});

describe('stackWithoutMessage', () => {
  function thrown(error: Error): Error {
    try {
      throw error;
    } catch (caught) {
      return caught as Error;
    }
  }

  it('replaces the message line with the class name and keeps the frames', () => {
    const error = thrown(new TypeError('Không tìm thấy Nguyễn Văn An, 0912345678'));
    const stack = stackWithoutMessage(error);
    const lines = stack.split('\n');
    expect(lines[0]).toBe('TypeError');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => /^\s+at /.test(line))).toBe(true);
    expect(stack).toContain('logger.test.ts');
    expect(stack).not.toContain('Nguyễn');
    expect(stack).not.toContain('0912345678');
  });

  it('drops every line of a multi-line message', () => {
    const stack = stackWithoutMessage(thrown(new Error('dòng một: Lê Thị B\ndòng hai: 0987654321\n   địa chỉ: thôn Đông')));
    expect(stack).not.toMatch(/Lê Thị|0987654321|thôn Đông/);
    expect(stack.split('\n')[0]).toBe('Error');
  });

  it('drops message lines that imitate a stack frame', () => {
    const stack = stackWithoutMessage(thrown(new Error('không lưu được\n    at Trần Văn Bí Mật (0912345678)')));
    expect(stack).not.toContain('Bí Mật');
    expect(stack).not.toContain('0912345678');
    expect(stack).toMatch(/\n\s+at /);
  });

  it('uses the name of a custom error class', () => {
    class ImportError extends Error {
      override readonly name = 'ImportError';
    }
    expect(stackWithoutMessage(thrown(new ImportError('tệp hỏng: danh-sach-tre-em.xlsx'))).split('\n')[0]).toBe('ImportError');
  });

  it('gives only the type of a thrown non-error', () => {
    expect(stackWithoutMessage('Nguyễn Văn An')).toBe('string');
    expect(stackWithoutMessage({ name: 'Nguyễn Văn An' })).toBe('object');
    expect(stackWithoutMessage(undefined)).toBe('undefined');
  });
});

describe('errorCodeOf', () => {
  it.each<[unknown, string | undefined]>([
    [Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), 'SQLITE_CONSTRAINT_UNIQUE'],
    [{ code: 'ENOENT' }, 'ENOENT'],
    [{ code: 'Nguyễn Văn An' }, undefined],
    [{ code: 'enoent' }, undefined],
    [{ code: 19 }, undefined],
    [new Error('x'), undefined],
    ['SQLITE_BUSY', undefined],
    [null, undefined],
  ])('%o → %s', (error, expected) => {
    expect(errorCodeOf(error)).toBe(expected);
  });
});
