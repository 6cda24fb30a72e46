import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, profileInput, type TestCore } from '../../helpers/core';
import { addAccount, callAs, errorOf, setUpAdmin, valueAs, type SetUp, type TestAccount } from '../accounts/support';

/** The audit screen's query: filter by account, entity and date (days in Viet Nam's time). */
let t: TestCore;
let setup: SetUp;
let clerk: TestAccount;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-03-10T16:55:00.000Z' }); // 23:55 on 10 March in Vietnam
  setup = await setUpAdmin(t);
  clerk = await addAccount(t, setup.admin, 'thu_ky');
  t.setNow('2025-03-10T16:59:00.000Z'); // 23:59 on 10 March in Vietnam
  await valueAs(t, clerk.client, 'organization.profile.save', profileInput({ validFrom: '2025-03-01', name: 'Hội ngày 10' }));
  t.setNow('2025-03-10T17:01:00.000Z'); // 00:01 on 11 March in Vietnam
  await valueAs(t, clerk.client, 'organization.profile.save', profileInput({ validFrom: '2025-03-02', name: 'Hội ngày 11' }));
});

afterEach(async () => {
  await t?.close();
});

function list(filter: Record<string, unknown>) {
  return valueAs(t, setup.admin, 'audit.list', filter);
}

describe('audit.list', () => {
  it('lists the newest rows first, with the accounts to filter by', async () => {
    const result = await list({});
    expect(result.entries.map((entry) => entry.seq)).toEqual([...result.entries.map((entry) => entry.seq)].sort((a, b) => b - a));
    expect(result.entries).toHaveLength(t.count('audit_log'));
    expect(result.accounts.map((account) => account.id).sort()).toEqual([setup.adminId, clerk.id].sort());
  });

  it('filters by account and by entity', async () => {
    const byClerk = await list({ accountId: clerk.id });
    expect(byClerk.entries.length).toBeGreaterThan(0);
    expect(new Set(byClerk.entries.map((entry) => entry.accountName))).toEqual(new Set(['Người dùng thu_ky']));
    const profiles = await list({ entity: 'organization.profile' });
    expect(profiles.entries.map((entry) => [entry.action, entry.accountName])).toEqual([
      ['write', 'Người dùng thu_ky'],
      ['write', 'Người dùng thu_ky'],
      ['write', 'Trần Văn Quản Trị'],
    ]);
  });

  it('filters by days in Viet Nam’s time', async () => {
    const tenth = await list({ entity: 'organization.profile', from: '2025-03-10', to: '2025-03-10' });
    expect(tenth.entries.map((entry) => entry.createdAt)).toEqual(['2025-03-10T16:59:00.000Z', '2025-03-10T16:55:00.000Z']);
    const eleventh = await list({ from: '2025-03-11' });
    expect(eleventh.entries.map((entry) => entry.createdAt)).toEqual(['2025-03-10T17:01:00.000Z']);
  });

  it('pages back in time with beforeSeq and limit', async () => {
    const first = await list({ limit: 2 });
    expect(first.entries).toHaveLength(2);
    const next = await list({ limit: 2, beforeSeq: first.entries.at(-1)?.seq });
    expect(next.entries.map((entry) => entry.seq)).toEqual([(first.entries.at(-1)?.seq ?? 0) - 1, (first.entries.at(-1)?.seq ?? 0) - 2]);
  });

  it('refuses a filter it cannot read, naming the field', async () => {
    const envelope = await callAs(t, setup.admin, 'audit.list', { from: '2025-02-30', limit: 10_000 });
    expect(errorOf(envelope)?.issues?.map((issue) => issue.path).sort()).toEqual(['from', 'limit']);
  });
});
