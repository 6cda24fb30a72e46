import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../electron/host-http/cli-args';

const DEFAULT_DIR = '/tmp/sohoi-default';
const BAD_PORT = 'Cổng không hợp lệ: cần một số từ 0 đến 65535.';

describe('parseHostArgs', () => {
  it('uses the default data folder and a random port when nothing is given', () => {
    expect(parseHostArgs([], DEFAULT_DIR)).toEqual({ ok: true, args: { dataDir: DEFAULT_DIR, port: 0, usbDirs: [], json: false } });
  });

  it('reads every option', () => {
    const parsed = parseHostArgs(['--data-dir', '/du-lieu/hoi', '--port', '5173', '--usb-dir', '/mnt/a', '--usb-dir', '/mnt/b', '--json'], DEFAULT_DIR);
    expect(parsed).toEqual({ ok: true, args: { dataDir: '/du-lieu/hoi', port: 5173, usbDirs: ['/mnt/a', '/mnt/b'], json: true } });
  });

  it.each(['0', '1', '65535'])('accepts port %s', (port) => {
    const parsed = parseHostArgs(['--port', port], DEFAULT_DIR);
    expect(parsed.ok ? parsed.args.port : null).toBe(Number(port));
  });

  it.each(['65536', '-1', '80.5', 'abc', '', ' ', '0x50', '1e3', '8080abc'])('refuses port %j with a Vietnamese message', (port) => {
    expect(parseHostArgs([`--port=${port}`], DEFAULT_DIR)).toEqual({ ok: false, message: BAD_PORT });
  });

  it.each([[['--unknown']], [['--port']], [['stray']], [['--json=yes']]])('refuses %j with the usage line', (argv) => {
    const parsed = parseHostArgs(argv, DEFAULT_DIR);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(/^Tham số không hợp lệ\. Dùng: --data-dir <thư mục>/);
  });
});
