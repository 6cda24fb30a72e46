import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * The checks of a database file that take long on a big database — `integrity_check`, then
 * `foreign_key_check` and a row count per table — run in a worker thread, on a read-only
 * connection of its own: the core keeps answering calls meanwhile, and a backup encrypts and
 * writes the file while its snapshot is being checked. Where a worker cannot start (an unusual
 * packaging), the same checks run on the calling thread.
 */
export interface FileChecks {
  integrityOk: boolean;
  foreignKeysOk: boolean;
  tables: Record<string, number>;
}

/** Plain CommonJS, evaluated in the worker: no bundler has to know about a second entry file. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const Database = createRequire(workerData.from)('better-sqlite3');
let sqlite;
try {
  sqlite = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const integrity = sqlite.pragma('integrity_check');
  const integrityOk = integrity.length === 1 && integrity[0].integrity_check === 'ok';
  const foreignKeysOk = integrityOk && sqlite.pragma('foreign_key_check').length === 0;
  const tables = {};
  if (integrityOk) {
    const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    for (const { name } of names) tables[name] = sqlite.prepare('SELECT count(*) AS n FROM "' + name.replaceAll('"', '""') + '"').get().n;
  }
  parentPort.postMessage({ integrityOk, foreignKeysOk, tables });
} catch (error) {
  parentPort.postMessage({ integrityOk: false, foreignKeysOk: false, tables: {} });
} finally {
  if (sqlite) sqlite.close();
}
`;

export function checkFileInline(path: string): FileChecks {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
    const foreignKeysOk = integrityOk && (sqlite.pragma('foreign_key_check') as unknown[]).length === 0;
    const tables: Record<string, number> = {};
    if (integrityOk) {
      const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
      for (const { name } of names) tables[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
    }
    return { integrityOk, foreignKeysOk, tables };
  } catch {
    return { integrityOk: false, foreignKeysOk: false, tables: {} }; // "file is not a database", "malformed"
  } finally {
    sqlite?.close();
  }
}

/**
 * Where the worker resolves the driver from: this file in CommonJS (the Electron main bundle,
 * vitest), else the entry script (the browser host's ESM bundle). Not the module URL: a
 * CommonJS bundle would have to shim with a dynamic require.
 */
function driverBase(): string {
  return typeof __filename === 'string' ? __filename : (process.argv[1] ?? `${process.cwd()}/package.json`);
}

function runWorker(path: string): Promise<FileChecks> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { from: driverBase(), path } });
    let answered = false;
    worker.once('message', (checks: FileChecks) => {
      answered = true;
      resolve(checks);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The check worker stopped with code ${code}`));
    });
  });
}

export async function checkFile(path: string, onFallback?: (error: unknown) => void): Promise<FileChecks> {
  try {
    return await runWorker(path);
  } catch (error) {
    onFallback?.(error);
    return checkFileInline(path);
  }
}
