/**
 * Vietnamese sort key (domain.md §5.3, stack.md "SQLite and Vietnamese").
 *
 * `sortKey(s)` returns an ASCII string whose plain code-unit order (JS `<`,
 * SQLite BINARY collation) orders the texts like `Intl.Collator('vi')` (ICU/CLDR
 * "vi" standard tailoring) — for text already passed through `normalizeText`,
 * which `sortKey` applies itself.
 *
 * Layout, like an ICU sort key:  PRIMARY "!" SECONDARY "!" TERTIARY
 *  - primary:   one code per element: space and ASCII punctuation (ICU root
 *               order), digits 0–9, then the letters
 *               a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z.
 *               Case and tones are ignored here, so letters decide first.
 *  - secondary: per element "0", then one weight per mark:
 *               huyền "1" < hỏi "2" < ngã "3" < sắc "4" < nặng "5";
 *               other marks "6" + 6 hex digits (they sort after the tones).
 *  - tertiary:  per element "0" lower case / caseless, "1" upper case.
 * "!" is below every code, so a shorter text sorts first ("An" < "An Bình" < "Anh").
 *
 * Characters outside the table (other scripts, ß, æ, typographic dashes …)
 * get the primary "~" + 6 hex digits of the code point: they sort after all
 * letters, in code-point order. ICU would interleave some of them differently.
 */
import { normalizeText } from './text';

/** Separates the three levels; the lowest character a key can contain besides the part separator. */
const LEVEL_SEPARATOR = '!';
/**
 * Characters used as primary codes, in order: 0x23 '#' … 0x7D '}', skipping the
 * quote characters and the backslash so that keys are easy to read and quote.
 */
const PRIMARY_CODES = Array.from({ length: 0x7d - 0x23 + 1 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((ch) => !'\'`\\'.includes(ch))
  .join('');
/** Marks a character outside the table; above every primary code (the table needs 76 of 88). */
const ESCAPE = '~';

/** Space and ASCII punctuation in ICU root order (checked against Intl.Collator in the tests). */
const PUNCTUATION_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const DIGITS = '0123456789';
const VIETNAMESE_LETTERS: readonly string[] = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
  'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];
const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
/** Combining tone marks in collation order: huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS: readonly string[] = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

function hex6(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(6, '0');
}

function markWeight(mark: string): string {
  const tone = TONE_MARKS.indexOf(mark);
  return tone >= 0 ? String(tone + 1) : '6' + hex6(mark.codePointAt(0) ?? 0);
}

function addLetter(table: Map<string, Weights>, letter: string, code: string): void {
  const tones = VOWELS.has(letter) ? ['', ...TONE_MARKS] : [''];
  for (const mark of tones) {
    const lower = (letter + mark).normalize('NFC');
    const secondary = '0' + (mark === '' ? '' : markWeight(mark));
    table.set(lower, { primary: code, secondary, tertiary: '0' });
    table.set(lower.toUpperCase(), { primary: code, secondary, tertiary: '1' });
  }
}

function buildTable(): Map<string, Weights> {
  const table = new Map<string, Weights>();
  const elements = [...PUNCTUATION_ORDER, ...DIGITS, ...VIETNAMESE_LETTERS];
  elements.forEach((element, index) => {
    const code = PRIMARY_CODES.charAt(index);
    if (VIETNAMESE_LETTERS.includes(element)) addLetter(table, element, code);
    else table.set(element, { primary: code, secondary: '0', tertiary: '0' });
  });
  return table;
}

const TABLE: ReadonlyMap<string, Weights> = buildTable();
const COMBINING_MARK = /^\p{M}$/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Weights of one code point of NFC text. */
function weigh(ch: string): Weights {
  const known = TABLE.get(ch);
  if (known) return known;
  if (COMBINING_MARK.test(ch)) return { primary: '', secondary: markWeight(ch), tertiary: '' };
  const [base = '', ...marks] = [...ch.normalize('NFD')];
  const baseWeights = TABLE.get(base);
  if (baseWeights && marks.length > 0) {
    return { ...baseWeights, secondary: baseWeights.secondary + marks.map(markWeight).join('') };
  }
  return {
    primary: ESCAPE + hex6(ch.codePointAt(0) ?? 0),
    secondary: '0',
    tertiary: isUpper(ch) ? '1' : '0',
  };
}

/**
 * Sort key for Vietnamese text: compare keys with plain `<` (or SQLite BINARY)
 * to get the order of `Intl.Collator('vi').compare` on normalised text.
 * Always printable ASCII (0x21–0x7E, no quotes or backslash), safe for an indexed TEXT column.
 */
export function sortKey(s: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const ch of normalizeText(s)) {
    const weights = weigh(ch);
    primary += weights.primary;
    secondary += weights.secondary;
    tertiary += weights.tertiary;
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}
