import { isAbsolute, join, relative, sep } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import type { RemovableDrive } from '../core/platform';

/**
 * The security decisions of the Electron shell, as pure functions (no Electron at run time) so that
 * each one is table-tested. `security.ts`, `protocol.ts` and `ipc.ts` wire them to Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sohoi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Web pages the app may open in the user's browser (the child helpline). Keep this list short. */
const EXTERNAL_HTTPS_HOSTS: ReadonlySet<string> = new Set(['tongdai111.vn', 'www.tongdai111.vn']);

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The window only ever shows our own pages: `app://sohoi/…`. Hash changes are not navigations. */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(parsed);
}

/** IPC is answered only for frames showing our own origin (not a page that got loaded somehow). */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  const parsed = parseUrl(frameUrl);
  return parsed !== null && isAppUrl(parsed);
}

/** Links handed to `shell.openExternal`: the helpline's https site and e-mail addresses. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeSafe(parsed.pathname) ?? '');
  return (
    parsed.protocol === 'https:' &&
    EXTERNAL_HTTPS_HOSTS.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function decodeSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Files the app may hand to the system's default program: documents it produced, never programs. */
const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.xlsx', '.xls', '.docx', '.csv', '.txt', '.png', '.jpg', '.jpeg']);

/** `shell.openPath` runs whatever it is given: only folders and document files pass. */
export function isOpenablePath(path: string, isDirectory: boolean): boolean {
  if (isDirectory) return true;
  const dot = path.lastIndexOf('.');
  return dot > 0 && OPENABLE_EXTENSIONS.has(path.slice(dot).toLowerCase());
}

/** Names Windows treats as devices in any folder (`…\CON` is the console, not a file). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * The `app://` protocol's path-traversal guard: the file under `rendererRoot` that `url` names,
 * or null. Only `app://sohoi/`; every path segment must be a plain file or folder name (no `..`,
 * no backslash, no drive letter, no device name, nothing encoded into a separator).
 */
export function resolveAppUrl(url: string, rendererRoot: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isAppUrl(parsed)) return null;
  const pathname = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const segments = pathname.slice(1).split('/').map(decodeSafe);
  if (segments.length > 16) return null;
  const names: string[] = [];
  for (const segment of segments) {
    if (segment === null || !SAFE_SEGMENT.test(segment) || WINDOWS_DEVICE_NAME.test(segment)) return null;
    if (segment.includes('..')) return null;
    names.push(segment);
  }
  const file = join(rendererRoot, ...names);
  const inside = relative(rendererRoot, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

/** The Content-Security-Policy header of every page the `app://` protocol serves. */
export function cspHeader(): string {
  return CONTENT_SECURITY_POLICY;
}

/** The main window: isolated, sandboxed, no Node, no webviews; sized for a 1366×768 office laptop. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Sổ Hội',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * PowerShell command listing removable drives (DriveType 2) as JSON, in UTF-8 so that volume
 * names with Vietnamese letters survive the pipe (PowerShell 5.1 writes the OEM code page).
 */
export const REMOVABLE_DRIVES_COMMAND =
  "[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,FreeSpace,Size | ConvertTo-Json -Compress";

/**
 * Parses the output of `REMOVABLE_DRIVES_COMMAND`: one object, an array, or nothing (no drive).
 * A card reader slot without a card (no size) is left out; anything unreadable gives [].
 */
export function parseRemovableDrives(json: string): RemovableDrive[] {
  const text = json.replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const drive = toDrive(item);
    return drive ? [drive] : [];
  });
}

function toDrive(item: unknown): RemovableDrive | null {
  if (typeof item !== 'object' || item === null) return null;
  const { DeviceID: id, VolumeName: volume, FreeSpace: free, Size: size } = item as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[A-Za-z]:$/.test(id)) return null;
  const totalBytes = byteCount(size);
  if (totalBytes === null || totalBytes === 0) return null;
  const letter = id.toUpperCase();
  const name = typeof volume === 'string' && volume.trim() !== '' ? volume.trim() : 'Ổ USB';
  return { path: `${letter}\\`, label: `${name} (${letter})`, freeBytes: byteCount(free), totalBytes };
}

function byteCount(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return Number(value);
  return null;
}
