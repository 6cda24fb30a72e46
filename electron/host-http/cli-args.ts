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
    // Decimal digits only: Number() would also take '', ' ', '0x50' or '1e3'.
    const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
    if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: 'Cổng không hợp lệ: cần một số từ 0 đến 65535.' };
    return {
      ok: true,
      args: { dataDir: values['data-dir'] ?? defaultDataDir, port, usbDirs: values['usb-dir'] ?? [], json: values.json === true },
    };
  } catch {
    return { ok: false, message: 'Tham số không hợp lệ. Dùng: --data-dir <thư mục> [--port <số>] [--usb-dir <thư mục>] [--json]' };
  }
}
