import { memberSearchWords, members, type Member, type NewMember } from '../schema';
import type { AppDb } from '../types';

/**
 * Members written and matched in bulk, for the Excel import (tens of thousands of rows in one
 * transaction): multi-row INSERTs instead of one statement per row, and the duplicate keys of
 * every member read once.
 */

/** Rows per INSERT: members have ~35 columns, well under SQLite's 32,766 variables. */
const MEMBER_CHUNK = 200;
const WORD_CHUNK = 2000;

export interface DuplicateKeys {
  nameKey: string;
  birthYear: number | null;
  phoneKey: string;
  cardKey: string;
}

/** The keys `findDuplicates` matches on, of every member (deleted ones too, as it does). */
export function duplicateKeysOfAll(db: AppDb): DuplicateKeys[] {
  return db.select({ nameKey: members.nameKey, birthYear: members.birthYear, phoneKey: members.phoneKey, cardKey: members.cardKey }).from(members).all();
}

/** Inserts new members and their search words; returns the rows written (in no particular order). */
export function insertMembers(db: AppDb, rows: readonly { row: NewMember; words: readonly string[] }[]): Member[] {
  const saved: Member[] = [];
  for (let at = 0; at < rows.length; at += MEMBER_CHUNK) {
    saved.push(...db.insert(members).values(rows.slice(at, at + MEMBER_CHUNK).map((item) => item.row)).returning().all());
  }
  const words = rows.flatMap((item) => item.words.map((word) => ({ word, memberId: item.row.id })));
  for (let at = 0; at < words.length; at += WORD_CHUNK) db.insert(memberSearchWords).values(words.slice(at, at + WORD_CHUNK)).run();
  return saved;
}
