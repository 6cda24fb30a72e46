import { execFile } from 'node:child_process';
import { copyFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { AppError } from '../../shared/errors';
import type { FileRegistry } from '../core/files';
import type { PlatformServices, SaveResult } from '../core/platform';
import { dialogFiltersFor, safeFileName } from './dialog-filters';
import { isOpenablePath, parseRemovableDrives, REMOVABLE_DRIVES_COMMAND } from './guards';
import { printPdfInHiddenWindow, type PrintWindowFactory } from './print';

/** The dialogs, already bound to the main window when there is one. */
export interface DialogPort {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface ElectronPlatformDeps {
  dialogs: DialogPort;
  /** `shell.openPath`: resolves with an error message, '' on success. */
  openPath(path: string): Promise<string>;
  createWindow: PrintWindowFactory;
  /** Where save dialogs start (`app.getPath('documents')`). */
  documentsDir: string;
  os: NodeJS.Platform;
  runPowerShell(command: string): Promise<string>;
}

/** The Electron implementation of the core's `PlatformServices`: native dialogs, Vietnamese titles. */
export function createElectronPlatform(deps: ElectronPlatformDeps): PlatformServices {
  return {
    saveFile: (request) => saveFile(deps, request),
    async chooseFolder({ title }) {
      const result = await deps.dialogs.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async listRemovableDrives() {
      if (deps.os !== 'win32') return [];
      try {
        return parseRemovableDrives(await deps.runPowerShell(REMOVABLE_DRIVES_COMMAND));
      } catch {
        throw new AppError('CONFLICT', 'Không đọc được danh sách ổ USB trên máy. Hãy cắm lại ổ USB rồi thử lại.');
      }
    },
    async openPath(path) {
      const isDirectory = await stat(path).then((info) => info.isDirectory(), () => null);
      if (isDirectory === null) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp hoặc thư mục cần mở.');
      if (!isOpenablePath(path, isDirectory)) throw new AppError('FORBIDDEN', 'Sổ Hội không mở loại tệp này.');
      const error = await deps.openPath(path);
      if (error !== '') throw new AppError('CONFLICT', 'Máy tính không mở được tệp này. Hãy kiểm tra chương trình dùng để mở tệp.');
    },
    printPdf: (path) => printPdfInHiddenWindow(path, deps.createWindow),
  };
}

async function saveFile(
  deps: ElectronPlatformDeps,
  request: Parameters<PlatformServices['saveFile']>[0],
): Promise<SaveResult> {
  const result = await deps.dialogs.showSaveDialog({
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: join(deps.documentsDir, safeFileName(request.suggestedName)),
    filters: request.filters,
  });
  if (result.canceled || !result.filePath) return { kind: 'cancelled' };
  try {
    await copyFile(request.sourcePath, result.filePath);
  } catch (error) {
    const busy = (error as { code?: unknown }).code === 'EBUSY' || (error as { code?: unknown }).code === 'EPERM';
    throw new AppError(
      'CONFLICT',
      busy
        ? 'Không ghi được tệp: tệp đang mở trong chương trình khác hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi khác.'
        : 'Không lưu được tệp vào vị trí đã chọn. Hãy chọn nơi khác rồi thử lại.',
    );
  }
  return { kind: 'saved', path: result.filePath };
}

/** A file the user picked, registered with the core; the renderer only ever sees the token. */
export interface PickedFileInfo {
  token: string;
  name: string;
  size: number;
}

/** The open dialog behind `bridge.platform.openFile`. */
export async function pickFile(dialogs: DialogPort, files: FileRegistry, accept: readonly string[]): Promise<PickedFileInfo | null> {
  const result = await dialogs.showOpenDialog({ title: 'Chọn tệp', buttonLabel: 'Chọn', properties: ['openFile'], filters: dialogFiltersFor(accept) });
  const path = result.canceled ? undefined : result.filePaths[0];
  if (!path) return null;
  const info = await stat(path);
  const name = basename(path).normalize('NFC');
  return { token: files.register({ path, name }), name, size: info.size };
}

/** Runs one PowerShell command without a window and returns what it printed (UTF-8). */
export function runPowerShell(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'powershell.exe',
      ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command],
      { windowsHide: true, timeout: 15_000, encoding: 'utf8', maxBuffer: 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}
