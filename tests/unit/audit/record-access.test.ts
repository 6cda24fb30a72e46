import { afterEach, describe, expect, it } from 'vitest';
import { recordOpened } from '../../../electron/core/audit/record-access';
import { createTestCore, type TestCore } from '../../helpers/core';

let test: TestCore | null = null;

afterEach(async () => {
  await test?.close();
  test = null;
});

describe('the hook for opening a child record', () => {
  it('appends who opened which record, without its content, and keeps the chain valid', async () => {
    test = await createTestCore();
    const session = { sessionId: 's-1', accountId: 'acc-1', displayName: 'Cán bộ A', role: 'can_bo_tre_em' as const, restriction: null };
    const context = test.core.contextFor({ method: 'cases.get', session, scope: 'full' });
    recordOpened(context, 'children', 'child-42');
    const rows = test.core.contextFor({ method: 'audit.list', session, scope: 'full' }).sqlite
      .prepare("SELECT action, entity, record_id AS recordId, account_id AS accountId, method, detail FROM audit_log WHERE action = 'record.opened'")
      .all();
    expect(rows).toEqual([{ action: 'record.opened', entity: 'children', recordId: 'child-42', accountId: 'acc-1', method: 'cases.get', detail: null }]);
    expect(test.core.audit.verify()).toMatchObject({ ok: true });
  });
});
