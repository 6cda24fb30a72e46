/**
 * The closed set of error codes that cross the boundary between the core and the renderer.
 * Every envelope error carries one of these codes and a Vietnamese message for the user.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Default Vietnamese message per code; a handler may give a more precise one. */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  UNKNOWN_METHOD: 'Chức năng được yêu cầu không tồn tại.',
  VALIDATION: 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.',
  UNAUTHENTICATED: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập.',
  FORBIDDEN: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  LOCKED: 'Màn hình đang khóa. Nhập mật khẩu để tiếp tục.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  NOT_FOUND: 'Không tìm thấy bản ghi được yêu cầu.',
  CONFLICT: 'Thao tác không thực hiện được vì xung đột với dữ liệu hiện có.',
  CANCELLED: 'Thao tác đã được hủy.',
  INTERNAL: 'Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn không bị thay đổi. Vui lòng thử lại.',
};

/** One problem with one field of an input, for showing next to that field. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `signers.0.fullName`; empty for the whole input. */
  path: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** An expected failure a handler reports to the user. Its message must be Vietnamese. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
