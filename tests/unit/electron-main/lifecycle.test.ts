import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/types';
import { installShutdown, startFailureMessage } from '../../../electron/main/lifecycle';

class FakeApp extends EventEmitter {
  quit = vi.fn();
}

function fakeCore(close: () => Promise<void>) {
  const logger = { info: vi.fn(), error: vi.fn() };
  return { core: { close: vi.fn(close), logger } as unknown as Core, logger };
}

function quitEvent() {
  return { preventDefault: vi.fn() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('installShutdown', () => {
  it('holds the first quit until the core is closed, closes it once, then quits for real', async () => {
    const app = new FakeApp();
    let finishClose = () => {};
    const { core } = fakeCore(() => new Promise<void>((resolve) => (finishClose = resolve)));
    installShutdown(app, () => core);

    const first = quitEvent();
    app.emit('before-quit', first);
    const second = quitEvent();
    app.emit('before-quit', second);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(second.preventDefault).toHaveBeenCalledOnce();
    expect(core.close).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const last = quitEvent();
    app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledOnce();
  });

  it('lets the app quit at once when the core never started', () => {
    const app = new FakeApp();
    installShutdown(app, () => null);
    const event = quitEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing fails (logged) or hangs past the grace period', async () => {
    const failing = new FakeApp();
    const { core, logger } = fakeCore(() => Promise.reject(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' })));
    installShutdown(failing, () => core);
    failing.emit('before-quit', quitEvent());
    await vi.waitFor(() => expect(failing.quit).toHaveBeenCalledOnce());
    expect(logger.error).toHaveBeenCalledWith('core.close_failed', { code: 'SQLITE_BUSY' });

    vi.useFakeTimers();
    const hanging = new FakeApp();
    installShutdown(hanging, () => fakeCore(() => new Promise<void>(() => undefined)).core, 1000);
    hanging.emit('before-quit', quitEvent());
    await vi.advanceTimersByTimeAsync(1000);
    expect(hanging.quit).toHaveBeenCalledOnce();
  });
});

describe('startFailureMessage', () => {
  it('says in Vietnamese where the data and the log are, with the error code but not its message', () => {
    const error = Object.assign(new Error('cannot open C:\\Users\\Nguyễn Văn A\\hồ sơ'), { code: 'SQLITE_CANTOPEN' });
    const message = startFailureMessage('C:\\Users\\x\\AppData\\Roaming\\SoHoi\\data', 'C:\\Users\\x\\AppData\\Roaming\\SoHoi\\data\\logs', error);
    expect(message.title).toBe('Sổ Hội không khởi động được');
    expect(message.content).toContain('Thư mục dữ liệu: C:\\Users\\x\\AppData\\Roaming\\SoHoi\\data');
    expect(message.content).toContain('Nhật ký lỗi: C:\\Users\\x\\AppData\\Roaming\\SoHoi\\data\\logs');
    expect(message.content).toContain('Mã lỗi: SQLITE_CANTOPEN');
    expect(message.content).toContain('Dữ liệu đã có không bị xóa');
    expect(message.content).not.toContain('Nguyễn Văn A');
  });

  it('names the error class when there is no code', () => {
    expect(startFailureMessage('d', 'l', new TypeError('x')).content).toContain('Mã lỗi: TypeError');
  });
});
