/**
 * The Vietnamese catalogue of the interface. Strings shown to the user live here (or in a
 * feature's own catalogue), never as literals scattered through logic.
 */
export const vi = {
  appName: 'Sổ Hội',
  appSubtitle: 'Hội Bảo vệ quyền trẻ em',
  nav: {
    home: 'Tổng quan',
    organization: 'Tổ chức Hội',
    members: 'Hội viên',
    activities: 'Hoạt động',
    resources: 'Vận động nguồn lực',
    cases: 'Sổ theo dõi trẻ em',
    plans: 'Kế hoạch',
    reports: 'Báo cáo',
    backup: 'Sao lưu',
    settings: 'Cài đặt',
  },
  actions: {
    add: 'Thêm mới',
    save: 'Lưu',
    cancel: 'Hủy',
    delete: 'Xóa',
    edit: 'Sửa',
    search: 'Tìm kiếm',
    close: 'Đóng',
    retry: 'Thử lại',
    stop: 'Dừng',
  },
  notBuilt: {
    title: 'Chức năng đang được xây dựng',
    body: 'Phần này sẽ có trong các phiên bản tới. Dữ liệu hiện có của bạn không bị ảnh hưởng.',
  },
  feedback: {
    saved: 'Đã lưu',
    loading: 'Đang tải…',
    unsavedChanges: 'Có thay đổi chưa lưu',
  },
  errors: {
    hostUnreachable: 'Không kết nối được với Sổ Hội. Hãy kiểm tra ứng dụng còn đang chạy rồi thử lại.',
    screenFailed: 'Màn hình này gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.',
  },
  jobs: {
    running: 'Đang thực hiện',
    succeeded: 'Đã xong',
    failed: 'Không thành công',
    cancelled: 'Đã dừng',
    progress: (done: string, total: string) => `${done}/${total}`,
  },
  shortcuts: {
    title: 'Phím tắt',
  },
} as const;
