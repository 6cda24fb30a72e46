import { AppError, type ErrorCode } from '../../../shared/errors';

/**
 * Why a backup or a restore could not go on, each with the sentence the user reads. The reason
 * goes to the audit trail and the tests; the message to the screen.
 */
export const PROBLEMS = {
  empty: 'Tệp đã chọn trống (0 byte), không phải bản sao lưu. Hãy chọn một tệp .sohoi khác.',
  notBackup: 'Tệp đã chọn không phải bản sao lưu của Sổ Hội. Hãy chọn tệp có đuôi .sohoi do Sổ Hội tạo ra.',
  damagedHeader: 'Phần đầu của tệp sao lưu bị hỏng nên không đọc được. Hãy dùng một bản sao lưu khác.',
  unsupportedFormat: 'Tệp sao lưu có định dạng mới hơn phiên bản Sổ Hội này. Hãy cập nhật Sổ Hội rồi thử lại.',
  newerSchema: 'Bản sao lưu được tạo bởi một phiên bản Sổ Hội mới hơn phiên bản trên máy này. Hãy cập nhật Sổ Hội rồi khôi phục lại.',
  needPassphrase: 'Hãy nhập cụm mật khẩu sao lưu.',
  wrongPassphrase: 'Cụm mật khẩu không đúng. Hãy nhập đúng cụm mật khẩu đã dùng khi sao lưu (ghi trên tờ khôi phục).',
  damaged: 'Tệp sao lưu bị hỏng, không đầy đủ hoặc đã bị sửa đổi nên không dùng được. Hãy dùng một bản sao lưu khác.',
  integrity: 'Dữ liệu trong bản sao lưu có chỗ hỏng (kiểm tra tính toàn vẹn không đạt). Hãy dùng một bản sao lưu khác.',
  foreignKeys: 'Dữ liệu trong bản sao lưu có liên kết bị đứt giữa các bảng. Hãy dùng một bản sao lưu khác.',
  manifestMismatch: 'Nội dung bản sao lưu không khớp với bản kê đi kèm. Hãy dùng một bản sao lưu khác.',
  otherOrganization: 'Bản sao lưu này là của một đơn vị khác. Hãy xác nhận nếu bạn thật sự muốn thay toàn bộ dữ liệu trên máy này.',
  passphraseNotSet: 'Chưa có cụm mật khẩu sao lưu. Quản trị viên cần đặt cụm mật khẩu trước khi sao lưu ra USB.',
  passphraseChanged: 'Cụm mật khẩu không đúng với cụm mật khẩu sao lưu đang dùng. Hãy nhập lại.',
  unknownDestination: 'Không tìm thấy nơi lưu này. Hãy cắm USB rồi bấm "Tìm lại USB", hoặc chọn thư mục khác.',
  destinationMissing: 'Không thấy USB ở đường dẫn đã chọn (có thể USB đã bị rút ra). Hãy cắm lại USB rồi thử lại.',
  destinationFull: 'USB không còn đủ chỗ trống. Hãy xóa bớt tệp trên USB hoặc dùng USB khác.',
  destinationGone: 'Không ghi hoặc đọc được USB (có thể USB đã bị rút ra giữa chừng). Hãy cắm lại USB rồi sao lưu lại.',
  destinationReadOnly: 'USB đang ở chế độ chỉ đọc hoặc không cho phép ghi. Hãy gạt khóa chống ghi trên USB hoặc dùng USB khác.',
  busy: 'Đang có một lần sao lưu hoặc khôi phục khác. Hãy đợi lần đó xong rồi thử lại.',
  unknownLocal: 'Không tìm thấy bản sao lưu tự động này trên máy.',
  unknownFile: 'Tệp đã chọn không còn. Hãy chọn lại tệp sao lưu.',
  swapping: 'Sổ Hội đang thay dữ liệu từ bản sao lưu. Vui lòng đợi trong giây lát rồi thử lại.',
} as const;

export type ProblemReason = keyof typeof PROBLEMS;

/** Problems that concern the passphrase field, so the form shows them beside it. */
const PASSPHRASE_PROBLEMS: ReadonlySet<ProblemReason> = new Set(['needPassphrase', 'wrongPassphrase', 'passphraseChanged']);

/** Problems of the place the backup is written to, rather than of a file. */
const DEVICE_PROBLEMS: ReadonlySet<ProblemReason> = new Set([
  'unknownDestination',
  'destinationMissing',
  'destinationFull',
  'destinationGone',
  'destinationReadOnly',
  'busy',
  'otherOrganization',
  'passphraseNotSet',
  'swapping',
]);

const UNCHANGED = ' Dữ liệu trên máy không bị thay đổi.';

export class BackupProblem extends AppError {
  readonly reason: ProblemReason;

  constructor(reason: ProblemReason) {
    const code: ErrorCode = DEVICE_PROBLEMS.has(reason) ? 'CONFLICT' : 'VALIDATION';
    const message = PROBLEMS[reason] + (reason === 'swapping' || PASSPHRASE_PROBLEMS.has(reason) ? '' : UNCHANGED);
    super(code, message, PASSPHRASE_PROBLEMS.has(reason) ? [{ path: 'passphrase', message: PROBLEMS[reason] }] : undefined);
    this.reason = reason;
  }
}

export function isBackupProblem(error: unknown, reason?: ProblemReason): error is BackupProblem {
  return error instanceof BackupProblem && (reason === undefined || error.reason === reason);
}

/** What the audit trail keeps of a failure: the problem's reason, or the error code. */
export function failureDetail(error: unknown): { reason: ProblemReason } | { code: ErrorCode } {
  if (error instanceof BackupProblem) return { reason: error.reason };
  return { code: error instanceof AppError ? error.code : 'INTERNAL' };
}

/** Maps a file-system error of the destination to what the user can do about it. */
export function deviceProblem(error: unknown): BackupProblem | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return new BackupProblem('destinationFull');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new BackupProblem('destinationReadOnly');
  if (code === 'EIO' || code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO' || code === 'ENOTDIR') return new BackupProblem('destinationGone');
  return null;
}
