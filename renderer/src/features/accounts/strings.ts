import { formatDateTimeVietnam } from '../../../../shared/format';

/** Vietnamese text of the accounts screen. */
export const accountsText = {
  tab: 'Tài khoản',
  description: 'Mỗi người dùng chung máy có một tài khoản riêng. Vai trò quyết định họ được xem và sửa những gì.',
  add: 'Thêm tài khoản',
  columns: { username: 'Tên đăng nhập', displayName: 'Họ và tên', role: 'Vai trò', status: 'Trạng thái', lastLogin: 'Đăng nhập lần cuối', actions: 'Thao tác' },
  status: { active: 'Đang hoạt động', disabled: 'Đã khóa', lockedOut: 'Tạm khóa do nhập sai', mustChange: 'Chờ đổi mật khẩu' },
  never: 'Chưa đăng nhập',
  count: (n: string) => `${n} tài khoản`,
  edit: 'Sửa',
  disable: 'Khóa tài khoản',
  enable: 'Mở lại tài khoản',
  reset: 'Đặt lại mật khẩu',
  fields: { username: 'Tên đăng nhập', displayName: 'Họ và tên', role: 'Vai trò', temporaryPassword: 'Mật khẩu tạm (người dùng đổi khi đăng nhập lần đầu)' },
  titles: {
    create: 'Thêm tài khoản',
    edit: (name: string) => `Sửa tài khoản ${name}`,
    reset: (name: string) => `Đặt lại mật khẩu cho ${name}`,
    disable: (name: string) => `Khóa tài khoản ${name}?`,
  },
  disableHelp: 'Người này sẽ không đăng nhập được nữa cho đến khi tài khoản được mở lại. Dữ liệu họ đã nhập vẫn giữ nguyên.',
  saved: 'Đã lưu tài khoản',
  lastLogin: (instant: string | null) => (instant ? formatDateTimeVietnam(instant) : 'Chưa đăng nhập'),
  security: {
    title: 'Tự khóa màn hình',
    label: 'Khóa màn hình sau bao nhiêu phút không dùng',
    saved: 'Đã lưu cài đặt bảo mật',
  },
} as const;
