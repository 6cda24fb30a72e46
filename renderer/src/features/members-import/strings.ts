/** Vietnamese text of members in and out of Excel (issue 7). */
export const membersExcelText = {
  importButton: 'Nhập từ Excel',
  exportButton: 'Xuất Excel',
  exporting: 'Xuất danh sách hội viên ra Excel',
  exportDone: 'Đã tạo tệp Excel, đang tải xuống.',
  exportSaved: 'Đã lưu tệp Excel.',
  exportFailed: 'Không xuất được danh sách',
  close: 'Đóng',
  unknownTitle: 'Chi hội chưa có trong danh sách',
  unknownIntro: 'Mỗi tên dưới đây có trong tệp nhưng chưa có trong danh sách tổ chức Hội. Chọn chi hội có sẵn tương ứng: mọi dòng mang tên đó sẽ được ghép một lần. Nếu chưa có, hãy thêm chi hội ở mục Tổ chức Hội rồi nhập lại.',
  unknownPick: (name: string) => `Ghép "${name}" với chi hội`,
  unknownPlaceholder: 'Gõ tên chi hội để tìm',
  recheck: 'Ghép chi hội và kiểm tra lại',
} as const;

/** The summary line the core gives for a branch name it does not know. */
export const UNKNOWN_BRANCH_PREFIX = 'Chi hội chưa có: ';
