import type { NewMember } from '../../../db/schema';
import { joinFullName, personSortKey, searchKey } from '../../../shared/format';
import type { MemberValues } from '../../../shared/schemas/members';

/**
 * The stored keys of a member, computed in JS on every write (stack.md: never an index on a JS
 * function). Shared by the core, the scale test and the benchmark, so all three store the same.
 */

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/** Digits of a phone number, with +84 written as the leading 0 ("+84 912…" → "0912…"). */
export function phoneKey(phone: string): string {
  const digits = phone.trim().startsWith('+84') ? `0${phone.trim().slice(3)}` : phone;
  return digits.replace(/\D/g, '');
}

/** A card number folded to lower-case letters and digits ("BG-000123" → "bg000123"). */
export function cardKey(card: string): string {
  return searchKey(card).replace(NOT_ALPHANUMERIC, '');
}

/** The folded words of a name ("Nguyễn Văn Đức" → nguyen, van, duc). */
export function nameWords(fullName: string): string[] {
  return searchKey(fullName)
    .split(' ')
    .map((word) => word.replace(NOT_ALPHANUMERIC, ''))
    .filter((word) => word !== '');
}

/**
 * The words a user types into the search box: folded like the stored words; a phone typed in
 * groups ("0912 345 678", "+84 912 345 678") becomes one word, as it is stored.
 */
export function searchTerms(query: string): string[] {
  const words = searchKey(query.replace(/\+84\s*/g, '0'))
    .split(' ')
    .map((word) => word.replace(NOT_ALPHANUMERIC, ''))
    .filter((word) => word !== '');
  const merged: string[] = [];
  for (const word of words) {
    const last = merged[merged.length - 1];
    if (last !== undefined && /^\d+$/.test(last) && /^\d+$/.test(word)) merged[merged.length - 1] = last + word;
    else merged.push(word);
  }
  return [...new Set(merged)];
}

export type MemberKeys = Pick<NewMember, 'fullName' | 'nameKey' | 'sortTen' | 'sortHo' | 'searchWords' | 'phoneKey' | 'cardKey' | 'birthYear'> & { words: string[] };

export function memberKeys(values: Pick<MemberValues, 'ho' | 'dem' | 'ten' | 'phone' | 'cardNumber' | 'birthDate'>): MemberKeys {
  const name = { ho: values.ho, dem: values.dem, ten: values.ten };
  const fullName = joinFullName(name);
  const phone = phoneKey(values.phone);
  const card = cardKey(values.cardNumber);
  const words = [...new Set([...nameWords(fullName), phone, card].filter((word) => word !== ''))];
  return {
    fullName,
    nameKey: searchKey(fullName),
    sortTen: personSortKey(name, 'ten-first'),
    sortHo: personSortKey(name, 'ho-first'),
    searchWords: ` ${words.join(' ')} `,
    phoneKey: phone,
    cardKey: card,
    birthYear: values.birthDate ? Number(values.birthDate.slice(0, 4)) : null,
    words,
  };
}
