import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileRegistry } from '../../../electron/core/files';
import { createElectronPlatform, pickFile, type DialogPort, type ElectronPlatformDeps } from '../../../electron/main/platform';
import type { PrintWindow } from '../../../electron/main/print';
import { AppError } from '../../../shared/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sohoi-platform-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeDialogs(answer: { save?: string | null; open?: string[] | null }) {
  const calls: { save: SaveDialogOptions[]; open: OpenDialogOptions[] } = { save: [], open: [] };
  const dialogs: DialogPort = {
    async showSaveDialog(options) {
      calls.save.push(options);
      return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' };
    },
    async showOpenDialog(options) {
      calls.open.push(options);
      return answer.open ? { canceled: false, filePaths: answer.open } : { canceled: true, filePaths: [] };
    },
  };
  return { dialogs, calls };
}

function fakePrintWindow(result: { success: boolean; reason: string }) {
  const window = {
    loaded: '',
    destroyed: false,
    loadFile: vi.fn(async (path: string) => void (window.loaded = path)),
    isDestroyed: () => window.destroyed,
    destroy: vi.fn(() => void (window.destroyed = true)),
    webContents: { print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(result.success, result.reason)) },
  };
  return window;
}

function platformWith(overrides: Partial<ElectronPlatformDeps>) {
  return createElectronPlatform({
    dialogs: fakeDialogs({}).dialogs,
    openPath: async () => '',
    createWindow: () => fakePrintWindow({ success: true, reason: '' }),
    documentsDir: join(dir, 'Documents'),
    os: 'win32',
    runPowerShell: async () => '',
    ...overrides,
  });
}

describe('saveFile', () => {
  it('asks where to save with a Vietnamese title and the given filters, then copies the file there', async () => {
    const source = join(dir, 'report.pdf');
    writeFileSync(source, 'PDF');
    const target = join(dir, 'Báo cáo.pdf');
    const { dialogs, calls } = fakeDialogs({ save: target });
    const filters = [{ name: 'Tệp PDF', extensions: ['pdf'] }];
    const result = await platformWith({ dialogs }).saveFile({ sourcePath: source, suggestedName: 'Báo cáo/2025.pdf', filters });
    expect(result).toEqual({ kind: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toBe('PDF');
    expect(calls.save[0]).toMatchObject({ title: 'Lưu tệp', defaultPath: join(dir, 'Documents', 'Báo cáo_2025.pdf'), filters });
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const result = await platformWith({}).saveFile({ sourcePath: join(dir, 'x'), suggestedName: 'x.pdf', filters: [] });
    expect(result).toEqual({ kind: 'cancelled' });
  });

  it('turns a failed copy into a Vietnamese conflict', async () => {
    const { dialogs } = fakeDialogs({ save: join(dir, 'no-such-folder', 'x.pdf') });
    const saving = platformWith({ dialogs }).saveFile({ sourcePath: join(dir, 'missing.pdf'), suggestedName: 'x.pdf', filters: [] });
    await expect(saving).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Không lưu được tệp') });
  });
});

describe('chooseFolder', () => {
  it('opens a folder dialog with the caller’s title', async () => {
    const { dialogs, calls } = fakeDialogs({ open: ['E:\\'] });
    await expect(platformWith({ dialogs }).chooseFolder({ title: 'Chọn nơi lưu bản sao lưu' })).resolves.toBe('E:\\');
    expect(calls.open[0]).toMatchObject({ title: 'Chọn nơi lưu bản sao lưu', properties: ['openDirectory', 'createDirectory'] });
  });

  it('returns null when cancelled', async () => {
    await expect(platformWith({}).chooseFolder({ title: 'Chọn thư mục' })).resolves.toBeNull();
  });
});

describe('listRemovableDrives', () => {
  it('asks PowerShell on Windows and parses its JSON', async () => {
    const runPowerShell = vi.fn(async () => '{"DeviceID":"E:","VolumeName":"USB","FreeSpace":1,"Size":2}');
    await expect(platformWith({ runPowerShell }).listRemovableDrives()).resolves.toEqual([
      { path: 'E:\\', label: 'USB (E:)', freeBytes: 1, totalBytes: 2 },
    ]);
    expect(runPowerShell).toHaveBeenCalledWith(expect.stringContaining('DriveType=2'));
  });

  it('returns no drive on other systems without running anything', async () => {
    const runPowerShell = vi.fn(async () => '');
    await expect(platformWith({ os: 'linux', runPowerShell }).listRemovableDrives()).resolves.toEqual([]);
    expect(runPowerShell).not.toHaveBeenCalled();
  });

  it('says so in Vietnamese when PowerShell fails', async () => {
    const runPowerShell = async () => Promise.reject(new Error('spawn powershell.exe ENOENT'));
    await expect(platformWith({ runPowerShell }).listRemovableDrives()).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('openPath', () => {
  it('opens a folder and a document with the system', async () => {
    const openPath = vi.fn(async () => '');
    const file = join(dir, 'Báo cáo.pdf');
    writeFileSync(file, 'PDF');
    await platformWith({ openPath }).openPath(dir);
    await platformWith({ openPath }).openPath(file);
    expect(openPath.mock.calls).toEqual([[dir], [file]]);
  });

  it('never hands a program to the system', async () => {
    const openPath = vi.fn(async () => '');
    const program = join(dir, 'setup.exe');
    writeFileSync(program, 'MZ');
    await expect(platformWith({ openPath }).openPath(program)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('reports a missing path and a failure of the system', async () => {
    await expect(platformWith({}).openPath(join(dir, 'missing.pdf'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(platformWith({ openPath: async () => 'No application' }).openPath(dir)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('printPdf', () => {
  it('loads the PDF in a hidden sandboxed window, opens the system print dialog, then closes the window', async () => {
    const window = fakePrintWindow({ success: true, reason: '' });
    const createWindow = vi.fn((_options: BrowserWindowConstructorOptions): PrintWindow => window);
    await platformWith({ createWindow }).printPdf(join(dir, 'bao-cao.pdf'));
    expect(createWindow.mock.calls[0]?.[0]).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true } });
    expect(window.loaded).toBe(join(dir, 'bao-cao.pdf'));
    expect(window.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(window.destroyed).toBe(true);
  });

  it('treats closing the print dialog as no error', async () => {
    const window = fakePrintWindow({ success: false, reason: 'Print job canceled' });
    await expect(platformWith({ createWindow: () => window }).printPdf('x.pdf')).resolves.toBeUndefined();
    expect(window.destroyed).toBe(true);
  });

  it('reports a failed print job in Vietnamese and still closes the window', async () => {
    const window = fakePrintWindow({ success: false, reason: 'Print job failed' });
    const printing = platformWith({ createWindow: () => window }).printPdf('x.pdf');
    await expect(printing).rejects.toBeInstanceOf(AppError);
    await expect(printing).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Không in được') });
    expect(window.destroyed).toBe(true);
  });
});

describe('pickFile (bridge.platform.openFile)', () => {
  it('registers the picked file and returns only a token, its name and size', async () => {
    mkdirSync(join(dir, 'in'));
    const path = join(dir, 'in', 'Danh sa\u0301ch.xlsx');
    writeFileSync(path, 'xlsx-bytes');
    const { dialogs, calls } = fakeDialogs({ open: [path] });
    const files = createFileRegistry();
    const picked = await pickFile(dialogs, files, ['.xlsx']);
    expect(picked).toEqual({ token: expect.any(String), name: 'Danh sách.xlsx', size: 10 });
    expect(files.resolve(picked?.token ?? '')).toEqual({ path, name: 'Danh sách.xlsx' });
    expect(calls.open[0]).toMatchObject({ title: 'Chọn tệp', properties: ['openFile'], filters: [{ name: 'Tệp Excel', extensions: ['xlsx'] }] });
  });

  it('returns null when the user cancels', async () => {
    await expect(pickFile(fakeDialogs({}).dialogs, createFileRegistry(), [])).resolves.toBeNull();
  });
});
