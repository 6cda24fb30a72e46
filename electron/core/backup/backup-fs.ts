import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, statfs } from 'node:fs/promises';

/**
 * The few file operations a backup needs, as an interface: the real one below, and test stubs
 * that fail the way a USB stick does (full, pulled out mid-write, write-protected).
 */
export interface WritableFile {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes the file's data to the device (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface ReadableFile {
  /** Reads up to `length` bytes at `position` into `buffer`; returns how many were read. */
  read(buffer: Buffer, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

export interface BackupFs {
  exists(path: string): Promise<boolean>;
  mkdir(path: string): Promise<void>;
  /** Creates a new file; fails when one exists already. */
  createExclusive(path: string): Promise<WritableFile>;
  openRead(path: string): Promise<ReadableFile>;
  size(path: string): Promise<number>;
  /** Gives a file its final name (atomic within one file system). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it does not exist. */
  remove(path: string): Promise<void>;
  /** Makes a rename durable (fsync of the folder); a no-op where the OS cannot do it. */
  syncDirectory(path: string): Promise<void>;
  list(dir: string): Promise<string[]>;
  /** Free space on the device holding `path`, or null when unknown. */
  freeBytes(path: string): Promise<number | null>;
}

async function syncDirectory(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    await handle?.close();
  }
}

export const nodeBackupFs: BackupFs = {
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  },
  mkdir: async (path) => void (await mkdir(path, { recursive: true })),
  async createExclusive(path) {
    const handle = await open(path, 'wx', 0o600);
    return {
      write: async (chunk) => {
        let offset = 0;
        while (offset < chunk.length) offset += (await handle.write(chunk, offset, chunk.length - offset)).bytesWritten;
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  async openRead(path) {
    const handle = await open(path, 'r');
    return {
      read: async (buffer, length, position) => (await handle.read(buffer, 0, length, position)).bytesRead,
      close: () => handle.close(),
    };
  },
  size: async (path) => (await stat(path)).size,
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  syncDirectory,
  list: (dir) => readdir(dir),
  async freeBytes(path) {
    try {
      const info = await statfs(path);
      return info.bavail * info.bsize;
    } catch {
      return null;
    }
  },
};
