/** Vietnamese text of members in and out of Excel (issue 7). */
export const membersExcelText = {
  importButton: 'Nhập từ Excel',
  exportButton: 'Xuất Excel',
  exporting: 'Xuất danh sách hội viên ra Excel',
  exportDone: 'Đã tạo tệp Excel, đang tải xuống.',
  exportSaved: 'Đã lưu tệp Excel.',
  exportFailed: 'Không xuất được danh sách',
  close: 'Đóng',
  headline: {
    good: (count: string) => `${count} dòng hợp lệ`,
    rejected: (count: string) => `${count} dòng lỗi`,
    duplicate: (count: string) => `${count} dòng trùng`,
    skipped: (count: string) => `${count} dòng tổng cộng (bỏ qua)`,
  },
  unknownTitle: 'Chi hội chưa có trong danh sách',
  unknownIntro:
    'Mỗi tên dưới đây có trong tệp nhưng chưa có trong danh sách tổ chức Hội. Với từng tên, hãy ghép với một chi hội có sẵn, hoặc tạo chi hội mới: mọi dòng mang tên đó được xử lý một lần. Chưa có gì được ghi cho đến khi bạn bấm Nhập.',
  unknownMapOnly:
    'Mỗi tên dưới đây có trong tệp nhưng chưa có trong danh sách tổ chức Hội. Hãy ghép với một chi hội có sẵn: mọi dòng mang tên đó được ghép một lần. Tài khoản của bạn không được tạo tổ chức Hội mới, nên chỉ ghép được với chi hội có sẵn.',
  unknownName: (name: string, rows: string) => `"${name}" (${rows} dòng)`,
  unknownMode: (name: string) => `Cách xử lý "${name}"`,
  modeMap: 'Ghép với chi hội có sẵn',
  modeCreate: 'Tạo chi hội mới',
  unknownPick: (name: string) => `Ghép "${name}" với chi hội`,
  unknownPlaceholder: 'Gõ tên chi hội để tìm',
  newParent: 'Trực thuộc (tổ chức cấp trên)',
  newKind: 'Loại tổ chức',
  newFounded: 'Ngày thành lập',
  newHint: 'Chi hội mới lấy địa bàn của tổ chức cấp trên; có thể sửa sau ở mục Tổ chức Hội.',
  needParent: 'Hãy chọn tổ chức cấp trên.',
  needKind: 'Hãy chọn loại tổ chức.',
  recheck: 'Áp dụng và kiểm tra lại',
} as const;

/** The summary line the core gives for a branch name it does not know. */
export const UNKNOWN_BRANCH_PREFIX = 'Chi hội chưa có: ';
