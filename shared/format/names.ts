/**
 * Vietnamese personal names: họ (surname) + chữ đệm (middle) + tên (given name),
 * domain.md §5.1–5.2.
 */
import { sortKey } from './collation';
import { normalizeText } from './text';

export interface PersonName {
  ho: string;
  dem: string;
  ten: string;
}

/** tên → đệm → họ (the Vietnamese list convention, default) or họ → đệm → tên. */
export type PersonSortOrder = 'ten-first' | 'ho-first';

/**
 * Joins the part keys. A space is below every character of a sortKey ("!" and up),
 * so an empty part sorts before any non-empty one and a shorter part before a longer
 * one ("An" before "Anh") whatever follows in the other parts.
 */
const PART_SEPARATOR = ' ';

/**
 * Naive split (domain.md §5.1): first token = họ, last token = tên, the rest = đệm;
 * a single token is the tên. Double surnames (họ kép) are NOT recognised, so the
 * UI must let the user confirm the result.
 */
export function splitFullName(full: string): PersonName {
  const tokens = normalizeText(full).split(' ').filter((token) => token !== '');
  if (tokens.length === 0) return { ho: '', dem: '', ten: '' };
  if (tokens.length === 1) return { ho: '', dem: '', ten: tokens[0] ?? '' };
  return {
    ho: tokens[0] ?? '',
    dem: tokens.slice(1, -1).join(' '),
    ten: tokens[tokens.length - 1] ?? '',
  };
}

/** Display name in natural order "Họ Đệm Tên", single spaces, empty parts skipped. */
export function joinFullName(name: PersonName): string {
  return [name.ho, name.dem, name.ten]
    .map(normalizeText)
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * Sort key for a person: sortKey of each part, in the chosen order, joined by
 * PART_SEPARATOR. Each part is compared completely (letters, tones, case) before
 * the next part is looked at, like sorting by several columns.
 */
export function personSortKey(name: PersonName, order: PersonSortOrder = 'ten-first'): string {
  const parts = order === 'ten-first' ? [name.ten, name.dem, name.ho] : [name.ho, name.dem, name.ten];
  return parts.map(sortKey).join(PART_SEPARATOR);
}
