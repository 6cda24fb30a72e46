import type Database from 'better-sqlite3';
import type { CorpusMember } from './corpus';

/**
 * Inserts generated members straight into the database (one transaction, prepared statements),
 * with the same stored keys the core writes. For the scale test and the benchmark only: the
 * core's own writes add the audit trail, which is not what these measure.
 */
export function bulkInsertMembers(sqlite: Database.Database, corpus: readonly CorpusMember[], idOf: (index: number) => string, now: string): string[] {
  const member = sqlite.prepare(`INSERT INTO members (id, ho, dem, ten, full_name, gender, birth_date, birth_precision, birth_year, ethnicity,
      phone, phone_key, email, address, unit_code, unit_name, branch_id, joined_on, left_on, left_reason, member_type, occupation,
      is_collaborator, is_volunteer, card_number, card_key, card_issued_on, notes, name_key, sort_ten, sort_ho, search_words, deleted_at, created_at, updated_at)
    VALUES (@id, @ho, @dem, @ten, @fullName, @gender, @birthDate, @birthPrecision, @birthYear, @ethnicity,
      @phone, @phoneKey, '', '', @unitCode, @unitCode, @branchId, @joinedOn, @leftOn, @leftReason, @memberType, '',
      @isCollaborator, @isVolunteer, @cardNumber, @cardKey, NULL, '', @nameKey, @sortTen, @sortHo, @searchWords, NULL, @now, @now)`);
  const word = sqlite.prepare('INSERT INTO member_search_words (word, member_id) VALUES (?, ?)');
  const ids: string[] = [];
  sqlite.transaction(() => {
    corpus.forEach(({ values, keys }, index) => {
      const id = idOf(index);
      const { words, ...stored } = keys;
      member.run({ ...values, ...stored, id, now, isCollaborator: values.isCollaborator ? 1 : 0, isVolunteer: values.isVolunteer ? 1 : 0 });
      for (const each of words) word.run(each, id);
      ids.push(id);
    });
  })();
  return ids;
}
