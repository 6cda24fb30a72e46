import { ERROR_MESSAGES, isErrorCode } from '../errors';
import { formatDate } from '../format';
import { BACKUP_AUDIT_ACTIONS, BACKUP_AUDIT_ENTITIES, BACKUP_FIELD_LABELS, describeBackupDetail } from './backup-audit';

/**
 * Vietnamese labels of what the audit trail records, for the audit export (the core) and for
 * the organisation's entries on the audit screen. The accounts' labels repeat those of
 * renderer/src/features/audit (kept there for the screen); the organisation's are added here.
 */

export const ORGANIZATION_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  import: 'Nhập từ Excel',
  export: 'Xuất Excel',
  delete: 'Xóa dữ liệu',
  restore: 'Khôi phục hồ sơ đã xóa',
  purge: 'Xóa hẳn hồ sơ',
};

export const ORGANIZATION_AUDIT_ENTITIES: Readonly<Record<string, string>> = {
  admin_units: 'Đơn vị hành chính',
  branches: 'Tổ chức Hội',
  members: 'Hội viên',
  member_positions: 'Chức vụ của hội viên',
  member_dues: 'Hội phí',
};

export const ORGANIZATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Mã',
  kind: 'Loại',
  level: 'Cấp',
  parentCode: 'Mã đơn vị cấp trên',
  validTo: 'Hiệu lực đến ngày',
  decision: 'Văn bản căn cứ',
  unitCode: 'Mã đơn vị hành chính',
  unitName: 'Địa bàn',
  oldCode: 'Mã xã cũ',
  newCode: 'Mã xã mới',
  decisionDate: 'Ngày ban hành',
  parentId: 'Trực thuộc',
  foundedOn: 'Ngày thành lập',
  foundingDecisionNo: 'Số quyết định thành lập',
  foundingDecisionDate: 'Ngày quyết định thành lập',
  dissolvedOn: 'Ngày giải thể',
  dissolutionReason: 'Lý do giải thể',
  leaderName: 'Người đứng đầu',
  leaderTitle: 'Chức vụ',
  notes: 'Ghi chú',
  listType: 'Danh sách',
  fileName: 'Tệp',
  rows: 'Số dòng trong tệp',
  written: 'Số bản ghi đã ghi',
  rejected: 'Số dòng lỗi',
};

export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  write: 'Ghi dữ liệu',
  'login.succeeded': 'Đăng nhập',
  'login.failed': 'Đăng nhập không thành công',
  refused: 'Bị từ chối',
  lock: 'Khóa màn hình',
  unlock: 'Mở khóa màn hình',
  'unlock.failed': 'Mở khóa không thành công',
  logout: 'Đăng xuất',
  'password.changed': 'Đổi mật khẩu',
  'password.reset': 'Đặt lại mật khẩu',
  'recovery.reset': 'Đặt lại mật khẩu bằng mã khôi phục',
  'recovery.failed': 'Dùng mã khôi phục không thành công',
  'setup.completed': 'Thiết lập ban đầu',
  'password.change_failed': 'Đổi mật khẩu không thành công',
  'record.opened': 'Mở hồ sơ',
  ...ORGANIZATION_AUDIT_ACTIONS,
  ...BACKUP_AUDIT_ACTIONS,
};

export const AUDIT_ENTITIES: Readonly<Record<string, string>> = {
  'organization.profile': 'Thông tin đơn vị',
  accounts: 'Tài khoản',
  'settings.security': 'Cài đặt bảo mật',
  ...ORGANIZATION_AUDIT_ENTITIES,
  ...BACKUP_AUDIT_ENTITIES,
};

const FIELDS: Readonly<Record<string, string>> = {
  validFrom: 'Áp dụng từ ngày',
  name: 'Tên',
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
  ...ORGANIZATION_FIELD_LABELS,
  ...BACKUP_FIELD_LABELS,
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTIONS[action] ?? action;
}

export function auditEntityLabel(entity: string | null): string {
  return entity ? (AUDIT_ENTITIES[entity] ?? entity) : '';
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? Object.values(item).filter(Boolean).join(' ') : String(item))).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An audit row's detail as Vietnamese text (the audit screen and its Excel export). */
export function describeAuditDetail(detail: string | null): string {
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
  const label = (field: string) => FIELDS[field] ?? field;
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
