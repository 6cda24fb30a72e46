import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What may be written to the log. Deliberately narrow: no free-form data, so that input values
 * (which may be a child's data) cannot reach the file by accident.
 */
export interface LogFields {
  method?: string;
  code?: string;
  /** Stack frames only: the error's message line is replaced by its class name (see `stackWithoutMessage`). */
  stack?: string;
  detail?: string;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface FileLoggerOptions {
  dir: string;
  clock: () => Date;
  maxBytes?: number;
  maxFiles?: number;
}

export const LOG_FILE_NAME = 'sohoi.log';

/** A JSON-lines log file that rotates by size: sohoi.log, sohoi.1.log … sohoi.(maxFiles-1).log. */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFiles = options.maxFiles ?? 5;
  mkdirSync(options.dir, { recursive: true });
  const file = join(options.dir, LOG_FILE_NAME);

  function write(level: 'info' | 'error', event: string, fields: LogFields = {}): void {
    const line = JSON.stringify({ time: options.clock().toISOString(), level, event, ...fields }) + '\n';
    try {
      if (existsSync(file) && statSync(file).size + Buffer.byteLength(line, 'utf8') > maxBytes) rotate(options.dir, maxFiles);
      appendFileSync(file, line, 'utf8');
    } catch {
      // Logging must never break the operation it describes.
    }
  }
  return { info: (event, fields) => write('info', event, fields), error: (event, fields) => write('error', event, fields) };
}

function rotate(dir: string, maxFiles: number): void {
  const nameAt = (index: number) => join(dir, index === 0 ? LOG_FILE_NAME : `sohoi.${index}.log`);
  const oldest = nameAt(maxFiles - 1);
  if (existsSync(oldest)) rmSync(oldest);
  for (let index = maxFiles - 2; index >= 0; index -= 1) {
    if (existsSync(nameAt(index))) renameSync(nameAt(index), nameAt(index + 1));
  }
}

/**
 * The stack of an error with its message line replaced by the error's class name: messages can
 * quote input values (a name, a phone), frames cannot.
 */
export function stackWithoutMessage(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const stack = error.stack ?? '';
  // The stack starts with "Name: message"; cut through the message first, so that a message line
  // that looks like a frame ("\n    at <a name>") cannot pass the filter below.
  const messageAt = error.message === '' ? -1 : stack.indexOf(error.message);
  const afterMessage = messageAt === -1 ? stack : stack.slice(messageAt + error.message.length);
  const frames = afterMessage.split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames].join('\n');
}

/** Driver error codes such as SQLITE_CONSTRAINT_UNIQUE carry no values and help support. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]+$/.test(code) ? code : undefined;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
