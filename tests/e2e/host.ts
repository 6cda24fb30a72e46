import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HOST_MAIN = fileURLToPath(new URL('../../dist/host/main.js', import.meta.url));

export interface TestHost {
  url: string;
  origin: string;
  port: number;
  secret: string;
  dataDir: string;
  usbDir: string;
  stop(): Promise<void>;
}

/** Starts the built browser host on a fresh temporary data folder and a random port. */
export async function startTestHost(): Promise<TestHost> {
  const root = mkdtempSync(join(tmpdir(), 'sohoi-e2e-'));
  const dataDir = join(root, 'data');
  const usbDir = join(root, 'usb');
  const child = spawn(process.execPath, [HOST_MAIN, '--data-dir', dataDir, '--usb-dir', usbDir, '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const info = await firstLine(child);
  return {
    ...info,
    origin: `http://127.0.0.1:${info.port}`,
    dataDir,
    usbDir,
    async stop() {
      await stopChild(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function firstLine(child: ChildProcess): Promise<{ url: string; port: number; secret: string }> {
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${errors}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as { url: string; port: number; secret: string }));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
