import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { windowOptions } from './guards';

export type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The one main window, shown maximised once its first paint is ready (no white flash). */
export function createMainWindow(createWindow: WindowFactory, preloadPath: string): BrowserWindow {
  const window = createWindow(windowOptions(preloadPath));
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  return window;
}

/** A second launch of the app brings the first window back instead of opening another. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
