import type { FileFilter } from '../core/platform';

/** Vietnamese names of the file kinds the app reads and writes. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  xlsx: 'Tệp Excel',
  xls: 'Tệp Excel',
  csv: 'Tệp CSV',
  pdf: 'Tệp PDF',
  docx: 'Tệp Word',
  png: 'Hình ảnh',
  jpg: 'Hình ảnh',
  jpeg: 'Hình ảnh',
};

/** MIME types an `accept` list may carry instead of extensions (as in an HTML file input). */
const MIME_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-excel': ['xls'],
  'text/csv': ['csv'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/*': ['png', 'jpg', 'jpeg'],
};

/**
 * Turns the renderer's `accept` list (`.xlsx`, `application/pdf`…, as for an HTML file input)
 * into the filters of an open dialog, named in Vietnamese. Nothing usable: no filter at all.
 */
export function dialogFiltersFor(accept: readonly string[]): FileFilter[] {
  const extensions = [...new Set(accept.flatMap(extensionsOf))];
  if (extensions.length === 0) return [];
  const names = [...new Set(extensions.map((extension) => KIND_NAMES[extension] ?? `Tệp .${extension}`))];
  const name = names.length === 1 && names[0] !== undefined ? names[0] : 'Tệp được hỗ trợ';
  return [{ name, extensions }];
}

function extensionsOf(item: string): readonly string[] {
  const value = item.trim().toLowerCase();
  if (/^\.[a-z0-9]{1,10}$/.test(value)) return [value.slice(1)];
  return MIME_EXTENSIONS[value] ?? [];
}

/** A name proposed in a save dialog must be a bare file name: no folder, no reserved character. */
export function safeFileName(name: string, fallback = 'tep'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 180);
  return cleaned === '' ? fallback : cleaned;
}
