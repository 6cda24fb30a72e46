import type { TestHost } from './host';

/**
 * A Node-side client of the browser host for arranging a test (first run, accounts) quickly over
 * the real HTTP API. It keeps its own session cookie, like a second browser would.
 */
export class HostClient {
  private cookie = '';

  constructor(private readonly host: TestHost) {}

  async call<T = unknown>(method: string, input: unknown): Promise<T> {
    const response = await fetch(`${this.host.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sohoi-key': this.host.secret, cookie: this.cookie },
      body: JSON.stringify({ method, input }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code} ${envelope.error?.message}`);
    return envelope.value as T;
  }
}

export const ADMIN = { username: 'quantri', password: 'mat-khau-quan-tri', displayName: 'Nguyễn Thị Quản Trị' };

export const PROFILE_2024 = {
  validFrom: '2024-01-01',
  name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang',
  parentLine: 'Hội Bảo vệ quyền trẻ em Việt Nam',
  abbreviation: 'HBVQTE',
  placeName: 'Bắc Giang',
  address: '',
  phone: '',
  email: '',
  signers: [{ fullName: 'Nguyễn Văn An', title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' }],
};

/** First run over the API: the 2024 profile and the administrator. Returns the recovery code. */
export async function completeSetup(client: HostClient): Promise<string> {
  const result = await client.call<{ recoveryCode: string }>('setup.complete', {
    profile: PROFILE_2024,
    admin: { username: ADMIN.username, displayName: ADMIN.displayName, newPassword: ADMIN.password, confirmPassword: ADMIN.password },
  });
  return result.recoveryCode;
}
