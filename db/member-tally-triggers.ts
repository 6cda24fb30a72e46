import type Database from 'better-sqlite3';

/**
 * The triggers that keep `member_branch_tallies` (db/schema/member-tallies.ts) equal to
 * `SELECT branch_id, count(*) FROM members WHERE deleted_at IS NULL GROUP BY branch_id`, and the
 * rebuild that makes it so. Run by `afterMigrations` (db/triggers.ts): inside the migration
 * transaction, after any migration run, so a table rebuild by drizzle-kit (which drops the
 * table's triggers) gets them back and the tallies start exact.
 * tests/unit/members/tallies.test.ts compares the tallies with the count after random writes.
 * `INSERT OR REPLACE` / `REPLACE` on members would delete rows without the delete trigger
 * (recursive_triggers is off): the app never writes members that way; keep it so.
 */
export const MEMBER_TALLY_TRIGGERS = ['members_tally_insert', 'members_tally_delete', 'members_tally_update'] as const;

/** The statement that adds `delta` to the tally of the new or old row's branch. */
const bumpTally = (row: 'new' | 'old', delta: 1 | -1) =>
  `INSERT INTO member_branch_tallies (branch_id, live) VALUES (${row}.branch_id, ${delta})
     ON CONFLICT (branch_id) DO UPDATE SET live = live + (${delta});`;

export function installMemberTallies(sqlite: Database.Database): void {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('members', 'member_branch_tallies')").all();
  if (tables.length < 2) return; // a migration folder without the members register (tests' own fixtures)
  sqlite.exec(`
    DROP TRIGGER IF EXISTS members_tally_insert;
    CREATE TRIGGER members_tally_insert AFTER INSERT ON members WHEN new.deleted_at IS NULL
    BEGIN ${bumpTally('new', 1)} END;
    DROP TRIGGER IF EXISTS members_tally_delete;
    CREATE TRIGGER members_tally_delete AFTER DELETE ON members WHEN old.deleted_at IS NULL
    BEGIN ${bumpTally('old', -1)} END;
    DROP TRIGGER IF EXISTS members_tally_update;
    CREATE TRIGGER members_tally_update AFTER UPDATE OF branch_id, deleted_at ON members
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) OR old.branch_id IS NOT new.branch_id
    BEGIN
      UPDATE member_branch_tallies SET live = live - 1 WHERE old.deleted_at IS NULL AND branch_id = old.branch_id;
      INSERT INTO member_branch_tallies (branch_id, live) SELECT new.branch_id, 1 WHERE new.deleted_at IS NULL
        ON CONFLICT (branch_id) DO UPDATE SET live = live + 1;
    END;
    DELETE FROM member_branch_tallies;
    INSERT INTO member_branch_tallies (branch_id, live)
      SELECT branch_id, count(*) FROM members WHERE deleted_at IS NULL GROUP BY branch_id;
  `);
}
