import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../electron/core/audit/chain';
import { createTestCore, type TestCore } from '../../helpers/core';

/** `recordMany` (bulk imports) chains rows exactly as `record` would, one head write for all. */

const cores: TestCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

const entries = [1, 2, 3].map((n) => ({ action: 'write', entity: 'members', recordId: `m${n}`, detail: { fields: ['ten'] }, accountId: 'local', accountName: 'Thư ký' }));

async function trailAfter(write: (t: TestCore) => void): Promise<Record<string, unknown>[]> {
  const t = await createTestCore();
  cores.push(t);
  write(t);
  expect(t.core.audit.verify()).toMatchObject({ ok: true });
  return t.query('SELECT seq, prev_hash, hash, action, entity, record_id, detail FROM audit_log ORDER BY seq');
}

describe('appending audit rows in bulk', () => {
  it('gives the same rows, hashes and head as appending them one by one, and the chain verifies', async () => {
    const oneByOne = await trailAfter((t) => entries.forEach((entry) => t.core.audit.record(entry)));
    const bulk = await trailAfter((t) => t.core.audit.recordMany(entries));
    expect(bulk).toEqual(oneByOne);
    expect(bulk).toHaveLength(3);
    expect(bulk[0]?.prev_hash).toBe(GENESIS_HASH);
  });

  it('continues a chain, and a later single row links to the bulk rows', async () => {
    const rows = await trailAfter((t) => {
      t.core.audit.record({ action: 'login' });
      t.core.audit.recordMany(entries);
      t.core.audit.recordMany([]);
      t.core.audit.record({ action: 'logout' });
    });
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
    rows.slice(1).forEach((row, at) => expect(row.prev_hash).toBe(rows[at]?.hash));
  });
});
