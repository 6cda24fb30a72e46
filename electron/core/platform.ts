/**
 * The operating-system services the core needs, one interface with an implementation per host:
 * Electron dialogs in `electron/main`, download URLs and configured folders in `electron/host-http`.
 */
export interface FileFilter {
  /** Vietnamese name, e.g. "Tệp Excel". */
  name: string;
  extensions: string[];
}

export type SaveResult = { kind: 'saved'; path: string } | { kind: 'download'; url: string } | { kind: 'cancelled' };

export interface RemovableDrive {
  /** Mount point or drive root, e.g. "E:\\". */
  path: string;
  label: string;
  freeBytes: number | null;
  totalBytes: number | null;
}

export interface PlatformServices {
  /** Offers a file the core produced to the user: a save dialog, or a download in the browser. */
  saveFile(request: { sourcePath: string; suggestedName: string; filters: FileFilter[] }): Promise<SaveResult>;
  chooseFolder(request: { title: string }): Promise<string | null>;
  listRemovableDrives(): Promise<RemovableDrive[]>;
  openPath(path: string): Promise<void>;
  printPdf(path: string): Promise<void>;
}
