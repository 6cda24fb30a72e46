import { ORGANIZATION_AUDIT_ACTIONS, ORGANIZATION_AUDIT_ENTITIES } from '../../../../shared/i18n/audit-labels';
import { BACKUP_AUDIT_ACTIONS, BACKUP_AUDIT_ENTITIES } from '../../../../shared/i18n/backup-audit';

/** Vietnamese text of the audit screen, and labels for what the trail records. */
export const auditText = {
  tab: 'Nhật ký',
  description: 'Ai đã làm gì, khi nào. Nhật ký chỉ được ghi thêm, không sửa, không xóa được; mỗi dòng được khóa vào dòng trước nó.',
  filters: { account: 'Người thực hiện', entity: 'Đối tượng', from: 'Từ ngày', to: 'Đến ngày', all: 'Tất cả' },
  columns: { time: 'Thời gian', account: 'Người thực hiện', action: 'Hành động', entity: 'Đối tượng', detail: 'Chi tiết' },
  verify: 'Kiểm tra tính toàn vẹn',
  verifiedOk: (rows: string) => `Nhật ký nguyên vẹn: ${rows} dòng, không dòng nào bị sửa, xóa hay cắt bỏ.`,
  verifiedBroken: 'Nhật ký đã bị can thiệp ngoài ứng dụng',
  more: 'Xem thêm',
  empty: 'Không có dòng nhật ký nào khớp bộ lọc.',
  system: 'Hệ thống',
  actions: {
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
    ...ORGANIZATION_AUDIT_ACTIONS,
    ...BACKUP_AUDIT_ACTIONS,
    'password.change_failed': 'Đổi mật khẩu không thành công',
    'record.opened': 'Mở hồ sơ',
  } as Record<string, string>,
  entities: {
    'organization.profile': 'Thông tin đơn vị',
    accounts: 'Tài khoản',
    'settings.security': 'Cài đặt bảo mật',
    ...ORGANIZATION_AUDIT_ENTITIES,
    ...BACKUP_AUDIT_ENTITIES,
  } as Record<string, string>,
} as const;
