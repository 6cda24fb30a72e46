/** Vietnamese text of the import wizard (generic for every list). */
export const importText = {
  steps: { file: 'Chọn tệp', mapping: 'Ghép cột', preview: 'Xem trước', done: 'Hoàn tất' },
  columnsIntro: 'Tệp Excel cần có dòng tiêu đề với các cột dưới đây (dấu * là bắt buộc). Các dòng tiêu đề, tên cơ quan phía trên bảng được bỏ qua.',
  choose: 'Chọn tệp Excel…',
  reading: 'Đọc tệp',
  checking: 'Kiểm tra dữ liệu',
  found: (rows: string, sheet: string, header: number) => `Tìm thấy ${rows} dòng dữ liệu trong trang "${sheet}", dòng tiêu đề là dòng ${header}.`,
  headerOnly: (sheet: string) => `Trang "${sheet}" chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào. Hãy chọn trang khác hoặc bổ sung danh sách vào tệp.`,
  sheetLabel: 'Trang tính',
  sheetDescription: (count: string) => `Tệp có ${count} trang.`,
  /** While the sheet Sổ Hội chose by itself is shown. */
  sheetDescriptionAuto: (count: string) => `Tệp có ${count} trang; Sổ Hội đã chọn trang có tiêu đề cột khớp nhất.`,
  sheetRows: (name: string, rows: string) => `${name} — ${rows} dòng không trống`,
  sheetNoHeader: (name: string, rows: string) => `${name} — ${rows} dòng không trống, không thấy dòng tiêu đề`,
  sheetEmpty: (name: string) => `${name} — trang trống`,
  sheetReading: (name: string) => `Đang đọc trang "${name}"…`,
  /** "Bắt buộc: cột Họ và tên, hoặc các cột Họ, Chữ đệm và Tên riêng." */
  requiredOneOf: (column: string, alternative: string) => `Bắt buộc: cột ${column}, ${alternative}.`,
  remembered: 'Đã dùng cách ghép cột bạn chọn lần trước cho mẫu tệp này.',
  autoMapped: 'Sổ Hội đã tự ghép cột theo tiêu đề. Hãy kiểm tra và sửa nếu cần.',
  mappingColumns: { field: 'Thông tin', column: 'Cột trong tệp', sample: 'Giá trị dòng đầu' },
  notInFile: 'Không có trong tệp',
  columnLabel: (letter: string, text: string) => `Cột ${letter}: ${text}`,
  optionsTitle: 'Thông tin chung cho cả tệp',
  check: 'Kiểm tra dữ liệu',
  counts: (total: string, valid: string, invalid: string) => `${total} dòng: ${valid} dòng hợp lệ, ${invalid} dòng có lỗi.`,
  summaryTitle: 'Những gì sẽ thay đổi',
  summaryLine: (label: string, count: string, countOf?: string) => (countOf ? `${label} (${count} ${countOf})` : `${label}: ${count}`),
  previewColumns: { row: 'Dòng', content: 'Nội dung', status: 'Kết quả kiểm tra' },
  ok: 'Hợp lệ',
  moreRows: (shown: string, total: string) => `Đang hiện ${shown} trong ${total} dòng (các dòng lỗi hiện trước).`,
  rejected: 'Tải các dòng lỗi (.xlsx)',
  back: 'Quay lại ghép cột',
  commit: (count: string) => `Nhập ${count} dòng hợp lệ`,
  nothingValid: 'Không có dòng hợp lệ nào để nhập.',
  committed: 'Đã nhập xong',
  committedToast: (count: string) => `Đã nhập ${count} bản ghi từ Excel`,
  close: 'Đóng',
  cancel: 'Hủy nhập',
} as const;

/** "A", "B", … "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
