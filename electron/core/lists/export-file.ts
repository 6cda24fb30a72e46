import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDate, todayInVietnam } from '../../../shared/format';
import type { SavedFile } from '../../../shared/schemas/lists';
import type { HandlerContext } from '../types';
import { writeListWorkbook, type ExportSheet } from './workbook-writer';

const PREFIX = 'sohoi-xuat-';
/** Files offered for download are kept this long, then removed at the next export. */
const KEEP_MS = 6 * 60 * 60 * 1000;
const EXCEL_FILTER = [{ name: 'Tệp Excel', extensions: ['xlsx'] }];

function removeOldExports(now: number): void {
  const root = tmpdir();
  for (const name of readdirSync(root)) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(root, name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process may be removing it at the same time; nothing to do.
    }
  }
}

/** "Tổ chức Hội" → "Tổ chức Hội 28-11-2026.xlsx" (no characters Windows refuses in names). */
export function exportFileName(title: string, now: Date): string {
  const date = formatDate(todayInVietnam(now)).replaceAll('/', '-');
  return `${title.replace(/[<>:"/\\|?*]/g, ' ').trim()} ${date}.xlsx`;
}

/** Writes a sheet to a private temp folder and offers it to the user (save dialog or download). */
export async function offerWorkbook<T>(context: HandlerContext, title: string, sheet: ExportSheet<T>): Promise<SavedFile> {
  removeOldExports(context.now().getTime());
  const suggestedName = exportFileName(title, context.now());
  const sourcePath = join(mkdtempSync(join(tmpdir(), PREFIX)), 'danh-sach.xlsx');
  await writeListWorkbook(sourcePath, sheet);
  return context.platform.saveFile({ sourcePath, suggestedName, filters: EXCEL_FILTER });
}
