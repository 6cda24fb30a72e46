import { randomBytes } from 'node:crypto';

/**
 * Files never travel through `invoke`. A file the user picked (an upload in the browser host, a
 * dialog in Electron) is registered here and referred to by an opaque token.
 */
export interface RegisteredFile {
  path: string;
  /** The name the user sees, e.g. "Danh sách hội viên.xlsx". */
  name: string;
}

export interface FileRegistry {
  register(file: RegisteredFile): string;
  resolve(token: string): RegisteredFile | null;
  release(token: string): void;
}

export function createFileRegistry(): FileRegistry {
  const files = new Map<string, RegisteredFile>();
  return {
    register(file) {
      const token = randomBytes(18).toString('base64url');
      files.set(token, file);
      return token;
    },
    resolve: (token) => files.get(token) ?? null,
    release: (token) => void files.delete(token),
  };
}
