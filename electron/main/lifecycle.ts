import { errorCodeOf } from '../core/logger';
import type { Core } from '../core/types';

/** How long quitting waits for running jobs before it lets go (SQLite rolls back what is unfinished). */
export const SHUTDOWN_GRACE_MS = 30_000;

/** What shutdown needs of Electron's `app`. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Graceful shutdown: the first `before-quit` is held back while the core finishes its jobs and
 * closes the database (once), then the app quits for real.
 */
export function installShutdown(app: QuittingApp, getCore: () => Core | null, graceMs = SHUTDOWN_GRACE_MS): void {
  let phase: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    const core = getCore();
    if (phase === 'closed' || !core) return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    void Promise.race([core.close(), grace])
      .catch((error: unknown) => core.logger.error('core.close_failed', { code: errorCodeOf(error) }))
      .finally(() => {
        clearTimeout(timer);
        phase = 'closed';
        app.quit();
      });
  });
}

/** The Vietnamese message shown when the app cannot open its data (no window exists yet). */
export function startFailureMessage(dataDir: string, logsDir: string, error: unknown): { title: string; content: string } {
  const code = errorCodeOf(error);
  const kind = error instanceof Error ? error.name : 'lỗi';
  return {
    title: 'Sổ Hội không khởi động được',
    content: [
      'Sổ Hội không mở được dữ liệu của mình, nên sẽ đóng lại. Dữ liệu đã có không bị xóa.',
      '',
      `Thư mục dữ liệu: ${dataDir}`,
      `Nhật ký lỗi: ${logsDir}`,
      `Mã lỗi: ${code ?? kind}`,
      '',
      'Hãy đóng các chương trình khác đang mở tệp dữ liệu này rồi mở lại Sổ Hội. Nếu vẫn không được, hãy báo người hỗ trợ kỹ thuật và gửi kèm thư mục nhật ký.',
    ].join('\n'),
  };
}
