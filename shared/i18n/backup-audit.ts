import { formatDateTimeVietnam, formatNumber } from '../format';

/**
 * Vietnamese labels of the backup feature's audit entries, for the audit screen and its export
 * (spread into the catalogues of renderer/src/features/audit and shared/i18n/audit-labels.ts).
 */
export const BACKUP_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'backup.created': 'Sao lưu ra USB',
  'backup.failed': 'Sao lưu ra USB không thành công',
  'backup.tested': 'Kiểm tra bản sao lưu',
  'backup.test.failed': 'Kiểm tra bản sao lưu không đạt',
  'backup.restored': 'Khôi phục từ bản sao lưu',
  'backup.restore.failed': 'Khôi phục không thành công',
  'backup.restore.recovered': 'Xử lý lần khôi phục bị gián đoạn',
  'backup.local.created': 'Sao lưu tự động trên máy',
  'backup.passphrase.set': 'Đặt cụm mật khẩu sao lưu',
};

export const BACKUP_AUDIT_ENTITIES: Readonly<Record<string, string>> = {
  backup: 'Sao lưu',
  'settings.backup': 'Cài đặt sao lưu',
};

export const BACKUP_FIELD_LABELS: Readonly<Record<string, string>> = {
  keepOnDrive: 'Số bản giữ trên USB',
  reminderDays: 'Số ngày nhắc sao lưu',
  folder: 'Thư mục sao lưu',
};

const REASONS: Readonly<Record<string, string>> = {
  empty: 'tệp trống',
  notBackup: 'không phải tệp sao lưu',
  damagedHeader: 'phần đầu tệp bị hỏng',
  unsupportedFormat: 'định dạng mới hơn',
  newerSchema: 'tạo bởi phiên bản mới hơn',
  needPassphrase: 'chưa nhập cụm mật khẩu',
  wrongPassphrase: 'sai cụm mật khẩu',
  passphraseChanged: 'sai cụm mật khẩu',
  passphraseNotSet: 'chưa đặt cụm mật khẩu',
  damaged: 'tệp hỏng hoặc bị sửa đổi',
  integrity: 'dữ liệu hỏng',
  foreignKeys: 'liên kết bị đứt',
  manifestMismatch: 'không khớp bản kê',
  otherOrganization: 'của đơn vị khác, chưa xác nhận',
  unknownDestination: 'không thấy nơi lưu',
  destinationMissing: 'không thấy USB',
  destinationFull: 'USB đầy',
  destinationGone: 'USB bị rút ra hoặc lỗi',
  destinationReadOnly: 'USB chỉ đọc',
  busy: 'đang có việc sao lưu khác',
  'khoi-dong': 'khi khởi động',
  'hang-ngay': 'hằng ngày',
  'truoc-cap-nhat': 'trước khi cập nhật phiên bản',
  'truoc-khoi-phuc': 'trước khi khôi phục',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const megabytes = (bytes: unknown) => (typeof bytes === 'number' ? `${formatNumber(bytes / 1024 / 1024, 1)} MB` : '');

/** One Vietnamese sentence for a backup entry's detail, or null when the detail is not one. */
export function describeBackupDetail(record: Readonly<Record<string, unknown>>): string | null {
  if (record.verified === true) {
    const removed = typeof record.removedOld === 'number' && record.removedOld > 0 ? `; xóa ${record.removedOld} bản cũ trên USB` : '';
    return `Tệp ${text(record.fileName)}, ${megabytes(record.sizeBytes)}, đã đọc lại và kiểm tra${removed}`;
  }
  if (typeof record.safetyBackup === 'string') {
    return `Từ tệp ${text(record.fileName)} (sao lưu lúc ${formatDateTimeVietnam(text(record.backupCreatedAt))}); dữ liệu trước đó được giữ trong ${record.safetyBackup}`;
  }
  if (typeof record.outcome === 'string') return record.outcome === 'completed' ? 'Đã hoàn tất lần khôi phục bị gián đoạn' : 'Đã trả lại dữ liệu cũ sau lần khôi phục bị gián đoạn';
  if (typeof record.remembered === 'boolean') return `${record.replaced === true ? 'Đổi' : 'Đặt'} cụm mật khẩu; ${record.remembered ? 'máy này ghi nhớ' : 'máy này không ghi nhớ'}`;
  const reason = typeof record.reason === 'string' ? REASONS[record.reason] : undefined;
  if (reason !== undefined) {
    const file = text(record.fileName) || text(record.name);
    return file ? `${file}: ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1);
  }
  if (typeof record.createdAt === 'string' && typeof record.fileName === 'string') return `Tệp ${record.fileName} (sao lưu lúc ${formatDateTimeVietnam(record.createdAt)}) dùng được`;
  return null;
}
