import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../shared/permissions';
import { id, oneOfSql, timestamps } from './common';

/**
 * People who log in. Accounts are never deleted, only disabled, so the audit trail always names
 * a real account. The failed-attempt count and the lock live here so that they survive a restart.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: id(),
    /** Lower-case, NFC, no spaces; unique. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    /** `scrypt$…` string with its parameters and salt (electron/core/accounts/passwords.ts). */
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    disabledAt: text('disabled_at'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** Instant until which logins are refused after too many failures, or null. */
    lockedUntil: text('locked_until'),
    lastLoginAt: text('last_login_at'),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('accounts_username_unique').on(table.username),
    check('accounts_role_check', sql.raw(oneOfSql('role', ROLES))),
  ],
);

export type Account = typeof accounts.$inferSelect;
export type NewAccount = typeof accounts.$inferInsert;

/** Application settings as JSON values by key (idle lock minutes, the recovery code's hash, …). */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
  updatedAt: text('updated_at').notNull(),
});
