import { ERROR_MESSAGES, isErrorCode } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/format';
import { ORGANIZATION_FIELD_LABELS } from '../../../../shared/i18n/audit-labels';
import { BACKUP_FIELD_LABELS, describeBackupDetail } from '../../../../shared/i18n/backup-audit';

/** Names of recorded fields in Vietnamese; unknown fields keep their code name. */
const FIELD_LABELS: Record<string, string> = {
  ...ORGANIZATION_FIELD_LABELS,
  ...BACKUP_FIELD_LABELS,
  validFrom: 'Áp dụng từ ngày',
  name: 'Tên đơn vị',
  parentLine: 'Cơ quan chủ quản',
  abbreviation: 'Chữ viết tắt',
  placeName: 'Địa danh',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'E-mail',
  signers: 'Người ký',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  role: 'Vai trò',
  password: 'Mật khẩu',
  passwordHash: 'Mật khẩu',
  mustChangePassword: 'Phải đổi mật khẩu',
  disabledAt: 'Khóa tài khoản',
  failedAttempts: 'Số lần nhập sai',
  lockedUntil: 'Tạm khóa đến',
  idleLockMinutes: 'Số phút tự khóa màn hình',
};

const label = (field: string) => FIELD_LABELS[field] ?? field;

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? Object.values(item).filter(Boolean).join(' ') : String(item))).join('; ');
  return String(value);
}

/** The audit row's detail as one Vietnamese sentence, for the audit screen. */
export function describeDetail(detail: string | null): string {
  if (!detail) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (typeof parsed !== 'object' || parsed === null) return String(parsed);
  const record = parsed as Record<string, unknown>;
  const backup = describeBackupDetail(record);
  if (backup !== null) return backup;
  if (Array.isArray(record.fields)) return `Thay đổi: ${[...new Set(record.fields.map(String).map(label))].join(', ')}`;
  if (typeof record.changes === 'object' && record.changes !== null) {
    return Object.entries(record.changes as Record<string, { old: unknown; new: unknown }>)
      .map(([field, change]) => `${label(field)}: ${valueText(change.old)} → ${valueText(change.new)}`)
      .join('. ');
  }
  if (isErrorCode(record.code)) return ERROR_MESSAGES[record.code];
  if (typeof record.attempt === 'number') return `Lần nhập sai thứ ${record.attempt}`;
  if (record.reason === 'locked_out') return 'Tài khoản đang tạm khóa';
  if (record.reason === 'unknown_user') return 'Tên đăng nhập không tồn tại';
  return detail;
}
