import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from '../../../renderer/src/api/client';
import { createFakeTransport } from './fake-transport';

describe('the renderer API client', () => {
  it('returns the value of a successful call', async () => {
    const fake = createFakeTransport({ 'system.info': () => ({ ok: true, value: { appVersion: '1.0.0', schemaVersion: '1', today: '2024-01-05', transport: 'http' } }) });
    await expect(createApi(fake.transport).call('system.info', {})).resolves.toMatchObject({ today: '2024-01-05' });
  });

  it('throws the core refusal as an ApiError with its Vietnamese message and field issues', async () => {
    const issues = [{ path: 'phone', message: 'Số điện thoại không hợp lệ.' }];
    const fake = createFakeTransport({ 'organization.profile.save': () => ({ ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu nhập chưa hợp lệ.', issues } }) });
    const refused = await createApi(fake.transport)
      .call('organization.profile.save', { validFrom: '2024-01-01', name: 'x', parentLine: '', abbreviation: 'X', placeName: 'x', address: '', phone: '1', email: '', signers: [] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'VALIDATION', message: 'Dữ liệu nhập chưa hợp lệ.', issues });
  });

  it('tells the session listeners when a business call is refused for the session, but not for a wrong login', async () => {
    const locked = { ok: false as const, error: { code: 'LOCKED' as const, message: 'Màn hình đang khóa.' } };
    const wrong = { ok: false as const, error: { code: 'UNAUTHENTICATED' as const, message: 'Sai mật khẩu.' } };
    const fake = createFakeTransport({ 'organization.profile.versions': () => locked, 'auth.login': () => wrong });
    const api = createApi(fake.transport);
    const heard: string[] = [];
    api.onSessionRefusal((code) => heard.push(code));
    await api.call('organization.profile.versions', {}).catch(() => undefined);
    await api.call('auth.login', { username: 'quantri', password: 'x' }).catch(() => undefined);
    expect(heard).toEqual(['LOCKED']);
  });
});
