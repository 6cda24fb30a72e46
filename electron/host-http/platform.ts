import { AppError } from '../../shared/errors';
import type { PlatformServices, RemovableDrive } from '../core/platform';
import type { DownloadStore } from './files-routes';

export interface HostPlatformOptions {
  downloads: DownloadStore;
  /** Folders that stand in for USB sticks in the browser host (e.g. a temp folder in tests). */
  removableDirs: string[];
}

/**
 * The browser host's platform services: a file to save becomes a one-time download URL, and
 * configured folders stand in for removable drives. No dialog can open from here.
 */
export function createHostPlatform(options: HostPlatformOptions): PlatformServices {
  const drives: RemovableDrive[] = options.removableDirs.map((path, index) => ({
    path,
    label: `Thư mục thay USB ${index + 1}`,
    freeBytes: null,
    totalBytes: null,
  }));
  const offerDownload = (path: string, name: string) => `/api/download/${options.downloads.add({ path, name })}`;
  return {
    saveFile: async ({ sourcePath, suggestedName }) => ({ kind: 'download', url: offerDownload(sourcePath, suggestedName) }),
    chooseFolder: async () => options.removableDirs[0] ?? null,
    listRemovableDrives: async () => drives,
    openPath: async () => {
      throw new AppError('CONFLICT', 'Trình duyệt không mở được thư mục trên máy; hãy dùng ứng dụng máy tính.');
    },
    printPdf: async () => {
      throw new AppError('CONFLICT', 'Hãy tải tệp PDF về rồi in từ trình duyệt.');
    },
  };
}
