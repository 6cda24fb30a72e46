import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../../db/paths';
import { dispatch } from '../../../electron/core/dispatch';
import type { Handler } from '../../../electron/core/types';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import { PERMISSIONS } from '../../../shared/permissions';
import {
  createTestCore,
  LOCAL_SESSION,
  profileInput,
  TEST_APP_VERSION,
  testSession,
  withHandlers,
  withPermissions,
  type TestCore,
} from '../../helpers/core';

const VIEWER = testSession({ sessionId: 'test-session-viewer', accountId: 'viewer', displayName: 'Người xem', role: 'xem_bao_cao' });
const PHONE_MESSAGE = 'Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.';
const ABBREVIATION_MESSAGE = 'Chữ viết tắt chỉ gồm chữ in hoa không dấu và chữ số, nối bằng dấu gạch ngang, ví dụ HBVQTE.';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore();
});

afterEach(async () => {
  await t?.close(); // undefined when beforeEach failed
});

describe('dispatch: method lookup', () => {
  it.each(['members.nonexistent', 'organization.profile', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', ''])(
    'refuses %j as UNKNOWN_METHOD',
    async (method) => {
      const envelope = await t.call(method, {});
      expect(envelope).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD } });
    },
  );
});

describe('dispatch: success', () => {
  it('returns exactly { ok: true, value } with the output of the handler', async () => {
    const envelope = await t.call('system.info', {});
    const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as { entries: { when: number }[] };
    expect(Object.keys(envelope).sort()).toEqual(['ok', 'value']);
    expect(envelope).toEqual({
      ok: true,
      value: { appVersion: TEST_APP_VERSION, schemaVersion: String(journal.entries.at(-1)?.when), today: '2025-01-05', transport: 'http' },
    });
  });

  it('treats a missing input as an empty object', async () => {
    const envelope = await t.call('system.info', undefined);
    expect(envelope.ok).toBe(true);
  });

  it('strips fields the handler returns beyond the output schema', async () => {
    const leaky: Handler<'system.info'> = () => {
      const value = { appVersion: '9.9.9', schemaVersion: '1', today: '2025-01-05', transport: 'http' as const, secretNote: 'nội bộ' };
      return value;
    };
    const envelope = await dispatch(withHandlers(t.core, { 'system.info': leaky }), 'system.info', {}, LOCAL_SESSION);
    expect(envelope).toEqual({ ok: true, value: { appVersion: '9.9.9', schemaVersion: '1', today: '2025-01-05', transport: 'http' } });
  });

  it('turns an output that does not match the contract into INTERNAL and logs the method', async () => {
    const broken: Handler<'system.info'> = () => JSON.parse('{"appVersion": 1}') as never;
    const envelope = await dispatch(withHandlers(t.core, { 'system.info': broken }), 'system.info', {}, LOCAL_SESSION);
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
    expect(t.readLog()).toMatch(/"event":"call\.failed","method":"system\.info"/);
  });
});

describe('dispatch: validation', () => {
  it('returns VALIDATION with Vietnamese per-field issues and writes nothing', async () => {
    const before = t.count('organization_profiles');
    const envelope = await t.call('organization.profile.save', profileInput({ phone: '12ab', abbreviation: 'hbv qte' }));
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('VALIDATION');
    expect(envelope.error.message).toBe(ERROR_MESSAGES.VALIDATION);
    expect(envelope.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'phone', message: PHONE_MESSAGE },
        { path: 'abbreviation', message: ABBREVIATION_MESSAGE },
      ]),
    );
    expect(t.count('organization_profiles')).toBe(before);
    expect(t.count('organization_profiles')).toBe(0);
  });

  it('gives nested fields a dotted path', async () => {
    const envelope = await t.call('organization.profile.save', profileInput({ signers: [{ fullName: '  ', title: 'Chủ tịch', authority: '' }] }));
    expect(envelope.ok ? [] : envelope.error.issues).toEqual([{ path: 'signers.0.fullName', message: 'Họ và tên người ký không được để trống.' }]);
  });

  it('uses Vietnamese messages for checks without a message of their own', async () => {
    const envelope = await t.call('organization.profile.save', profileInput({ signers: 5 }));
    expect(envelope.ok ? [] : envelope.error.issues).toEqual([{ path: 'signers', message: 'Đầu vào không hợp lệ: mong đợi mảng, nhận được số' }]);
  });

  it('refuses unknown keys on a method without input', async () => {
    const envelope = await t.call('system.info', { extra: 1 });
    expect(envelope.ok ? null : envelope.error.issues).toEqual([{ path: '', message: 'Khóa không được nhận dạng: "extra"' }]);
  });
});

describe('dispatch: access', () => {
  it('refuses a call without a session as UNAUTHENTICATED', async () => {
    const envelope = await t.call('organization.profile.get', {}, null);
    expect(envelope).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED } });
  });

  it('refuses a role without the right as FORBIDDEN and writes nothing', async () => {
    const envelope = await t.call('organization.profile.save', profileInput(), VIEWER);
    expect(envelope).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } });
    expect(t.count('organization_profiles')).toBe(0);
  });

  it('checks access before validation, so a refused caller learns nothing about the input', async () => {
    const envelope = await t.call('organization.profile.save', { phone: 'x' }, VIEWER);
    expect(envelope.ok ? null : envelope.error).toEqual({ code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN });
  });

  it('lets the same role call a method it has the right to', async () => {
    const envelope = await t.call('organization.profile.get', {}, VIEWER);
    expect(envelope).toEqual({ ok: true, value: null });
  });

  it('refuses a method missing from the permission table for every role and never runs its handler', async () => {
    const calls: string[] = [];
    const spy: Handler<'system.info'> = () => {
      calls.push('system.info');
      return { appVersion: '1', schemaVersion: '1', today: '2025-01-05', transport: 'http' };
    };
    const reduced = Object.fromEntries(Object.entries(PERMISSIONS).filter(([method]) => method !== 'system.info'));
    const core = withPermissions(withHandlers(t.core, { 'system.info': spy }), reduced);
    for (const role of ['quan_tri', 'thu_ky', 'can_bo_tre_em', 'xem_bao_cao'] as const) {
      const envelope = await dispatch(core, 'system.info', {}, testSession({ role }));
      expect(envelope.ok ? null : envelope.error.code).toBe('FORBIDDEN');
    }
    expect((await dispatch(core, 'system.info', {}, null)).ok).toBe(false);
    expect(calls).toEqual([]);
    expect((await dispatch(core, 'organization.profile.get', {}, LOCAL_SESSION)).ok).toBe(true);
  });
});

describe('dispatch: handler errors', () => {
  it('returns an AppError with its own code, message and issues', async () => {
    const refusing: Handler<'organization.profile.save'> = () => {
      throw new AppError('CONFLICT', 'Phiên bản này đã được dùng trong báo cáo đã ký.', [{ path: 'validFrom', message: 'Chọn ngày khác.' }]);
    };
    const envelope = await dispatch(withHandlers(t.core, { 'organization.profile.save': refusing }), 'organization.profile.save', profileInput(), LOCAL_SESSION);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Phiên bản này đã được dùng trong báo cáo đã ký.',
        issues: [{ path: 'validFrom', message: 'Chọn ngày khác.' }],
      },
    });
    expect(t.readLog()).not.toContain('call.failed');
  });

  it('turns an unexpected error into INTERNAL and logs the method and stack but no input value', async () => {
    const secretName = 'Nguyễn Thị Bí Mật 0912345678';
    const input = profileInput({ name: secretName, address: 'Thôn Đông Xá, xã Bí Ẩn', phone: '0987 654 321' });
    const failing: Handler<'organization.profile.save'> = (parsed) => {
      const error = new Error(`Không lưu được hồ sơ của ${parsed.name}, điện thoại ${parsed.phone}, địa chỉ ${parsed.address}`);
      throw Object.assign(error, { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    };
    const envelope = await dispatch(withHandlers(t.core, { 'organization.profile.save': failing }), 'organization.profile.save', input, LOCAL_SESSION);
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });

    const log = t.readLog();
    const line = log.split('\n').find((entry) => entry.includes('"call.failed"'));
    expect(line).toBeDefined();
    const entry = JSON.parse(line ?? '{}') as Record<string, string>;
    expect(entry).toMatchObject({ level: 'error', method: 'organization.profile.save', code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(entry.stack).toMatch(/^Error\n\s+at /);
    for (const fragment of ['Bí Mật', '0912345678', 'Đông Xá', 'Bí Ẩn', '0987 654 321', 'Không lưu được', ...Object.values(input).filter((v) => typeof v === 'string')]) {
      expect(log).not.toContain(fragment);
    }
  });

  it('logs no error code that could carry a value', async () => {
    const failing: Handler<'organization.profile.get'> = () => {
      throw Object.assign(new Error('x'), { code: 'Nguyễn Văn Lộ' });
    };
    const envelope = await dispatch(withHandlers(t.core, { 'organization.profile.get': failing }), 'organization.profile.get', {}, LOCAL_SESSION);
    expect(envelope.ok ? null : envelope.error.code).toBe('INTERNAL');
    expect(t.readLog()).toContain('"method":"organization.profile.get"');
    expect(t.readLog()).not.toContain('Lộ');
  });
});
