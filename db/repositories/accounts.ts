import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { accounts, type Account, type NewAccount } from '../schema';
import type { AppDb } from '../types';

/** Accounts: plain functions over the database, db first. */
export function countAccounts(db: AppDb): number {
  return db.select({ n: count() }).from(accounts).get()?.n ?? 0;
}

export function findAccountByUsername(db: AppDb, username: string): Account | undefined {
  return db.select().from(accounts).where(eq(accounts.username, username)).get();
}

export function findAccount(db: AppDb, id: string): Account | undefined {
  return db.select().from(accounts).where(eq(accounts.id, id)).get();
}

export function listAccounts(db: AppDb): Account[] {
  return db.select().from(accounts).orderBy(asc(accounts.username)).all();
}

export function insertAccount(db: AppDb, row: NewAccount): Account {
  return db.insert(accounts).values(row).returning().get();
}

export function updateAccount(db: AppDb, id: string, changes: Partial<Omit<NewAccount, 'id' | 'createdAt'>>): Account {
  const row = db.update(accounts).set(changes).where(eq(accounts.id, id)).returning().get();
  if (!row) throw new Error('account not found');
  return row;
}

/** Active administrators other than `exceptId`: the last one may not be disabled or demoted. */
export function countOtherActiveAdmins(db: AppDb, exceptId: string): number {
  return (
    db
      .select({ n: count() })
      .from(accounts)
      .where(and(eq(accounts.role, 'quan_tri'), isNull(accounts.disabledAt), ne(accounts.id, exceptId)))
      .get()?.n ?? 0
  );
}
