/**
 * Text normalisation for Vietnamese input (domain.md §5.4).
 *
 * - `normalizeText`  — what every input goes through before it is stored.
 * - `searchKey`      — the folded, diacritic-free key for LIKE / FTS queries.
 * - `normalizeTonePlacement` — one tone-placement style, for duplicate detection.
 */

/** Characters that look like Đ/đ but are not U+0110/U+0111. */
const LOOKALIKE_D: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð  LATIN CAPITAL LETTER ETH
  '\u0189': '\u0110', // Ɖ  LATIN CAPITAL LETTER AFRICAN D
  '\u00F0': '\u0111', // ð  LATIN SMALL LETTER ETH
  '\u0256': '\u0111', // ɖ  LATIN SMALL LETTER D WITH TAIL
};
const LOOKALIKE_D_PATTERN = /[\u00D0\u0189\u00F0\u0256]/g;

/** Any run of white space: spaces, tabs, new lines, NBSP (U+00A0), U+2000–U+200A, U+3000 … */
const WHITESPACE_RUN = /\s+/g;

/** Combining diacritical marks stripped from the search key. */
const COMBINING_MARKS = /[\u0300-\u036F]/g;

/**
 * NFC, look-alike Đ/đ mapped to U+0110/U+0111, trimmed, every run of white space
 * (including NBSP and tabs) collapsed to one ordinary space.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(LOOKALIKE_D_PATTERN, (ch) => LOOKALIKE_D[ch] ?? ch)
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * Diacritic-insensitive search key: normalizeText → lower case → NFD →
 * strip U+0300–U+036F → đ→d → collapse spaces.
 * "Nguyễn Văn An" and "nguyen van an" give the same key.
 */
export function searchKey(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/*
 * Tone placement.
 *
 * CANONICAL STYLE: the "new" style ("kiểu mới"), used by the office:
 * in the open syllables oa, oe, uy the tone mark sits on the FIRST vowel —
 * "hòa", "khỏe", "thủy", "tùy". The "old" style ("kiểu cũ") puts it on the
 * second vowel — "hoà", "khoẻ", "thuỷ", "tuỳ" — and is rewritten.
 *
 * Only syllable-final oa/oe/uy are touched: "hoàng", "hoạch", "huỳnh" keep
 * their marks (there the mark belongs on the second vowel in both styles).
 * In "qu" the u belongs to the consonant, so "quý", "quỳ" are left alone.
 * Display text keeps the user's spelling; this is for matching only.
 */
const OLD_STYLE_OA_OE =
  /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])/gu;
const OLD_STYLE_UY = /(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function moveToneToFirstVowel(_match: string, first: string, toned: string): string {
  const decomposed = toned.normalize('NFD');
  const base = decomposed.slice(0, 1);
  const tone = decomposed.slice(1);
  return (first + tone).normalize('NFC') + base;
}

/** Rewrites old-style tone placement ("hoà", "thuỷ") to the canonical new style ("hòa", "thủy"). */
export function normalizeTonePlacement(s: string): string {
  return s
    .normalize('NFC')
    .replace(OLD_STYLE_OA_OE, moveToneToFirstVowel)
    .replace(OLD_STYLE_UY, moveToneToFirstVowel);
}
