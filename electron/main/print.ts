import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { AppError } from '../../shared/errors';

/** What printing needs of a BrowserWindow (narrow, so that tests can pass a fake). */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: { print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void };
}

export type PrintWindowFactory = (options: BrowserWindowConstructorOptions) => PrintWindow;

/** A hidden, sandboxed window whose only content is Chromium's PDF viewer (hence `plugins`). */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    title: 'In tài liệu',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      plugins: true,
    },
  };
}

/** Chromium's reason when the user closes the print dialog without printing. */
const CANCELLED_REASON = /cancel/i;

/**
 * Prints a PDF the core produced: loads it in a hidden window and opens the system print dialog.
 * Closing the dialog is not an error; a failed print job is, with a Vietnamese message.
 */
export async function printPdfInHiddenWindow(path: string, createWindow: PrintWindowFactory): Promise<void> {
  const window = createWindow(printWindowOptions());
  try {
    await window.loadFile(path);
    await new Promise<void>((resolve, reject) => {
      window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success || CANCELLED_REASON.test(failureReason)) resolve();
        else reject(new AppError('CONFLICT', 'Không in được tài liệu. Hãy kiểm tra máy in rồi thử lại.'));
      });
    });
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
