import { searchKey, sortKey } from '../shared/format';
import type { AdminUnitKind } from './schema';

/** The kind word that opens an official unit name, e.g. 'Xã' in 'Xã Tân An'. */
export const ADMIN_UNIT_KIND_WORDS: Readonly<Record<AdminUnitKind, string>> = {
  tinh: 'Tỉnh',
  thanh_pho: 'Thành phố',
  huyen: 'Huyện',
  thi_xa: 'Thị xã',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};

// Longest words first, so that 'Thị xã …' is not read as a bare 'Xã' later on.
const KINDS_BY_WORD_LENGTH = (Object.entries(ADMIN_UNIT_KIND_WORDS) as [AdminUnitKind, string][]).sort(
  (a, b) => b[1].length - a[1].length,
);

function startsWithWord(name: string, word: string): boolean {
  const head = name.slice(0, word.length + 1).toLocaleLowerCase('vi');
  return head === `${word.toLocaleLowerCase('vi')} `;
}

/** The kind named by a unit's leading word ('Thị xã Chũ' → 'thi_xa'), or undefined. */
export function kindFromName(name: string): AdminUnitKind | undefined {
  const normalized = name.normalize('NFC').trim();
  return KINDS_BY_WORD_LENGTH.find(([, word]) => startsWithWord(normalized, word))?.[0];
}

/** The name without its kind word: ('Xã Tân An', 'xa') → 'Tân An'. Unchanged if it lacks the word. */
export function bareUnitName(name: string, kind: AdminUnitKind): string {
  const normalized = name.normalize('NFC').trim();
  const word = ADMIN_UNIT_KIND_WORDS[kind];
  return startsWithWord(normalized, word) ? normalized.slice(word.length + 1).trim() : normalized;
}

/**
 * Stored keys of a unit: the search key folds the full name (so both 'xa tan an' and 'tan an'
 * match with LIKE '%…%'); the sort key ignores the kind word, so lists sort by the proper name.
 */
export function adminUnitKeys(name: string, kind: AdminUnitKind): { searchKey: string; sortKey: string } {
  return { searchKey: searchKey(name), sortKey: sortKey(bareUnitName(name, kind)) };
}
