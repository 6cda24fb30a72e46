import { parseArgs } from 'node:util';

export interface HostArgs {
  dataDir: string;
  port: number;
  usbDirs: string[];
  json: boolean;
}

/** Parses the browser host's command line; returns a Vietnamese message on bad input. */
export function parseHostArgs(argv: string[], defaultDataDir: string): { ok: true; args: HostArgs } | { ok: false; message: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'usb-dir': { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
      strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: 'Cổng không hợp lệ: cần một số từ 0 đến 65535.' };
    return {
      ok: true,
      args: { dataDir: values['data-dir'] ?? defaultDataDir, port, usbDirs: values['usb-dir'] ?? [], json: values.json === true },
    };
  } catch {
    return { ok: false, message: 'Tham số không hợp lệ. Dùng: --data-dir <thư mục> [--port <số>] [--usb-dir <thư mục>] [--json]' };
  }
}
