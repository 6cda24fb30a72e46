import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core';
import { loadOrCreateKey, saveKey } from '../core/secrets';
import { parseHostArgs } from './cli-args';
import { createDownloadStore } from './files-routes';
import { createHostPlatform } from './platform';
import { startHost } from './server';

/**
 * The browser host: the same core over HTTP on 127.0.0.1, for end-to-end tests and for machines
 * where Electron cannot run. Never packaged. Run from source (tsx) or from dist/host/main.js:
 * both sit two folders below the app root.
 */
const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const parsed = parseHostArgs(process.argv.slice(2), join(APP_ROOT, '.data', 'browser-host'));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  const { args } = parsed;
  const dataDir = resolve(args.dataDir);
  const auditKeyPath = join(dataDir, 'keys', 'audit.key');
  const usbDirs = args.usbDirs.map((dir) => resolve(dir));
  for (const dir of usbDirs) mkdirSync(dir, { recursive: true }); // a stand-in USB stick is always plugged in
  const downloads = createDownloadStore();
  const core = await createCore({
    dataDir,
    migrationsDir: join(APP_ROOT, 'db', 'migrations'),
    seedDir: join(APP_ROOT, 'db', 'seed'),
    appVersion: (JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    transport: 'http',
    auditKey: loadOrCreateKey(auditKeyPath),
    // The backup passphrase is remembered in memory for the session (the core's default SecretStore).
    saveAuditKey: (key) => saveKey(auditKeyPath, key),
    platform: createHostPlatform({ downloads, removableDirs: usbDirs }),
  });
  const host = await startHost({
    core,
    rendererDir: join(APP_ROOT, 'dist', 'renderer'),
    downloads,
    uploadDir: join(dataDir, 'uploads'),
    port: args.port,
  });
  if (args.json) process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, secret: host.secret, dataDir })}\n`);
  else process.stdout.write(`Sổ Hội đang chạy. Mở trong trình duyệt: ${host.url}\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.\n`);

  const shutdown = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`Không khởi động được Sổ Hội: ${error instanceof Error ? error.name : 'lỗi'}\n`);
  if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
