import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../shared/i18n/audit-labels';

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
  /** What the trail records, from the shared catalogue (the Excel export uses the same labels). */
  actions: AUDIT_ACTIONS,
  entities: AUDIT_ENTITIES,
} as const;
