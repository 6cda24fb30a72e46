import { describe, expect, it } from 'vitest';
import { describeDetail } from '../../../renderer/src/features/audit/describe-detail';

describe('the audit detail in Vietnamese', () => {
  it.each([
    [null, ''],
    ['{"fields":["displayName","passwordHash","password"]}', 'Thay đổi: Họ và tên, Mật khẩu'],
    ['{"changes":{"name":{"old":null,"new":"Hội A"},"validFrom":{"old":"2024-01-01","new":"2025-07-01"}}}', 'Tên: (trống) → Hội A. Áp dụng từ ngày: 01/01/2024 → 01/07/2025'],
    ['{"code":"FORBIDDEN"}', 'Tài khoản của bạn không có quyền thực hiện thao tác này.'],
    ['{"attempt":3}', 'Lần nhập sai thứ 3'],
    ['{"reason":"unknown_user"}', 'Tên đăng nhập không tồn tại'],
    ['không phải JSON', 'không phải JSON'],
  ])('%s → %s', (detail, expected) => {
    expect(describeDetail(detail)).toBe(expected);
  });
});
