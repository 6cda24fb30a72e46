import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Live members (not deleted) per branch, kept by triggers on `members` (db/triggers.ts) and
 * rebuilt after every migration run. It lets the members list count a broad list — the whole
 * register, a district with its sub-branches — without reading tens of thousands of index
 * entries: active = live − left by the day − joining after the day (both of those are few).
 * A derived table: no foreign key (a branch without members may keep a row at 0).
 */
export const memberBranchTallies = sqliteTable('member_branch_tallies', {
  branchId: text('branch_id').primaryKey(),
  live: integer('live').notNull(),
});
