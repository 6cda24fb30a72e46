import { formatDateTimeVietnam, formatNumber } from '../../../../shared/format';

/** A size as the secretary reads it: "12,3 MB", "850 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${formatNumber(bytes / 1024 ** 3, 1)} GB`;
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / 1024 ** 2, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** A duration: "2,4 giây", "1 phút 5 giây". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${formatNumber(Math.max(seconds, 0.1), 1)} giây`;
  return `${Math.floor(seconds / 60)} phút ${Math.round(seconds % 60)} giây`;
}

export const when = (instant: string) => formatDateTimeVietnam(instant);

/** Vietnamese text of the Sao lưu screens, the home reminder and the first-run restore. */
export const backupText = {
  title: 'Sao lưu',
  description: 'Sao lưu dữ liệu ra USB (được mã hóa) và khôi phục khi cần. Mỗi bản sao lưu đều được đọc lại và kiểm tra ngay sau khi ghi.',
  notForRole: 'Sao lưu và khôi phục do thư ký hoặc quản trị viên thực hiện. Dữ liệu bạn nhập được sao lưu cùng toàn bộ dữ liệu của Hội.',
  tabs: { usb: 'Sao lưu ra USB', restore: 'Khôi phục', local: 'Bản sao lưu tự động', passphrase: 'Cụm mật khẩu và cài đặt' },
  usb: {
    destination: 'Nơi lưu',
    noDestination: 'Chưa thấy USB nào. Hãy cắm USB rồi bấm "Tìm lại USB", hoặc chọn một thư mục.',
    refresh: 'Tìm lại USB',
    chooseFolder: 'Chọn thư mục khác…',
    drive: (label: string, path: string) => `${label} (${path})`,
    folder: (path: string) => `Thư mục đã chọn: ${path}`,
    passphrase: 'Cụm mật khẩu sao lưu',
    passphraseHelp: 'Máy này chưa ghi nhớ cụm mật khẩu: hãy nhập cụm mật khẩu đã ghi trên tờ khôi phục.',
    start: 'Sao lưu ra USB',
    job: 'Sao lưu ra USB',
    noPassphrase: 'Chưa có cụm mật khẩu sao lưu',
    noPassphraseAdmin: 'Hãy đặt cụm mật khẩu ở thẻ "Cụm mật khẩu và cài đặt" trước lần sao lưu đầu tiên.',
    noPassphraseOther: 'Hãy nhờ quản trị viên đặt cụm mật khẩu sao lưu trước lần sao lưu đầu tiên.',
    last: (instant: string) => `Lần sao lưu ra USB gần nhất: ${when(instant)}.`,
    never: 'Chưa sao lưu ra USB lần nào.',
  },
  result: {
    title: 'Đã sao lưu và kiểm tra ✓',
    verified: 'Đã đọc lại từ USB, giải mã và kiểm tra tính toàn vẹn: bản sao lưu dùng được.',
    where: 'Nơi lưu',
    file: 'Tên tệp',
    size: 'Dung lượng',
    time: 'Thời gian',
    removed: (n: number) => (n > 0 ? `Đã xóa ${n} bản cũ trên USB để giữ số bản đã đặt.` : ''),
  },
  restore: {
    intro: 'Chọn tệp sao lưu (.sohoi) để kiểm tra xem còn dùng được không, hoặc để khôi phục dữ liệu từ đó.',
    steps: { file: 'Chọn tệp', header: 'Xem thông tin', passphrase: 'Nhập cụm mật khẩu', run: 'Kiểm tra hoặc khôi phục' },
    choose: 'Chọn tệp sao lưu…',
    chooseAnother: 'Chọn tệp khác',
    header: 'Thông tin bản sao lưu',
    createdAt: 'Tạo lúc',
    appVersion: 'Phiên bản Sổ Hội',
    size: 'Dung lượng',
    encrypted: 'Mã hóa',
    yes: 'Có',
    no: 'Không (bản sao lưu tự động trên máy)',
    reason: 'Lý do',
    otherOrganization: 'Bản sao lưu này là của một đơn vị khác với dữ liệu đang có trên máy.',
    confirmOther: 'Tôi hiểu: thay toàn bộ dữ liệu trên máy bằng dữ liệu của đơn vị trong bản sao lưu',
    newer: 'Bản sao lưu được tạo bởi phiên bản Sổ Hội mới hơn. Hãy cập nhật Sổ Hội trước khi khôi phục.',
    passphrase: 'Cụm mật khẩu sao lưu',
    passphraseRemembered: 'Để trống để dùng cụm mật khẩu đã ghi nhớ trên máy này.',
    test: 'Kiểm tra bản sao lưu',
    run: 'Khôi phục',
    testJob: 'Kiểm tra bản sao lưu',
    runJob: 'Khôi phục dữ liệu',
    confirmTitle: (date: string) => `Khôi phục dữ liệu từ bản sao lưu ngày ${date}?`,
    confirmBody:
      'Toàn bộ dữ liệu hiện có trên máy sẽ được thay bằng dữ liệu trong bản sao lưu. Trước khi thay, Sổ Hội tự sao lưu dữ liệu hiện tại vào máy (xem thẻ "Bản sao lưu tự động"). Sau khi khôi phục, mọi người cần đăng nhập lại.',
    tested: 'Bản sao lưu dùng được',
    testedBody: (organization: string, rows: string) => `Đã giải mã và kiểm tra toàn bộ: ${organization}, ${rows} bản ghi.`,
    done: 'Đã khôi phục dữ liệu',
    doneBody: (date: string) => `Dữ liệu đã trở về như lúc sao lưu ngày ${date}. Mọi người cần đăng nhập lại.`,
    loginAgain: 'Đăng nhập lại',
    stages: [
      'Đọc phần đầu tệp sao lưu',
      'Giải mã bản sao lưu',
      'Kiểm tra tính toàn vẹn, liên kết và số bản ghi',
      'Kiểm tra phiên bản và đơn vị',
      'Sao lưu tự động dữ liệu hiện tại',
      'Thay dữ liệu bằng bản sao lưu',
      'Mở lại dữ liệu đã khôi phục',
    ],
  },
  local: {
    intro: 'Sổ Hội tự sao lưu vào máy mỗi ngày, khi khởi động, trước khi cập nhật phiên bản và trước mỗi lần khôi phục. Các bản này không mã hóa và nằm cùng máy, nên không thay được bản sao lưu ra USB.',
    empty: 'Chưa có bản sao lưu tự động nào.',
    columns: { createdAt: 'Thời điểm', reason: 'Lý do', size: 'Dung lượng', actions: 'Thao tác' },
    reasons: { 'khoi-dong': 'Khi khởi động', 'hang-ngay': 'Hằng ngày', 'truoc-cap-nhat': 'Trước khi cập nhật phiên bản', 'truoc-khoi-phuc': 'Trước khi khôi phục' } as Record<string, string>,
    restore: 'Khôi phục',
    count: (n: string) => `${n} bản sao lưu tự động`,
  },
  passphrase: {
    title: 'Cụm mật khẩu sao lưu',
    help: 'Mọi bản sao lưu ra USB được mã hóa bằng cụm mật khẩu này. Mất USB mà không có cụm mật khẩu thì không ai đọc được dữ liệu; mất cụm mật khẩu thì chính Hội cũng không khôi phục được. Hãy in tờ khôi phục và cất riêng.',
    set: (instant: string) => `Đã đặt lúc ${when(instant)}.`,
    notSet: 'Chưa đặt cụm mật khẩu.',
    remembered: 'Máy này đang ghi nhớ cụm mật khẩu: sao lưu hằng ngày chỉ cần một lần bấm.',
    notRemembered: 'Máy này không ghi nhớ cụm mật khẩu: mỗi lần sao lưu cần nhập lại.',
    change: 'Đổi cụm mật khẩu',
    choose: 'Đặt cụm mật khẩu',
    field: 'Cụm mật khẩu (ít nhất 12 ký tự)',
    confirm: 'Nhập lại cụm mật khẩu',
    strength: 'Độ mạnh',
    remember: 'Ghi nhớ trên máy này (được hệ điều hành bảo vệ)',
    changeNote: 'Các bản sao lưu cũ vẫn mở bằng cụm mật khẩu cũ.',
    saved: 'Đã đặt cụm mật khẩu sao lưu',
  },
  sheet: {
    title: 'TỜ KHÔI PHỤC BẢN SAO LƯU SỔ HỘI',
    organization: 'Đơn vị',
    date: 'Ngày đặt cụm mật khẩu',
    by: 'Người đặt',
    passphrase: 'Cụm mật khẩu sao lưu',
    howTitle: 'Cách khôi phục trên máy mới',
    how: [
      'Cài Sổ Hội trên máy mới.',
      'Ở màn hình "Thiết lập Sổ Hội", bấm "Khôi phục từ bản sao lưu".',
      'Chọn tệp .sohoi mới nhất trên USB (thư mục SoHoi-SaoLuu).',
      'Nhập cụm mật khẩu ghi trên tờ này, đúng từng chữ và dấu.',
      'Đăng nhập bằng tài khoản như trước.',
    ],
    keep: 'Cất tờ này ở nơi an toàn, tách khỏi USB sao lưu. Ai có cả USB và tờ này đọc được toàn bộ dữ liệu của Hội.',
    print: 'In tờ khôi phục',
    done: 'Đã in hoặc chép lại, đóng tờ này',
  },
  settings: {
    title: 'Cài đặt sao lưu',
    keep: 'Số bản sao lưu giữ lại trên USB',
    reminder: 'Nhắc sao lưu khi quá số ngày',
    saved: 'Đã lưu cài đặt sao lưu',
  },
  reminder: {
    last: (days: number) => (days === 0 ? 'Lần sao lưu ra USB gần nhất: hôm nay.' : `Lần sao lưu ra USB gần nhất: ${days} ngày trước.`),
    never: 'Chưa sao lưu ra USB lần nào.',
    overdueTitle: 'Đã lâu chưa sao lưu ra USB',
    overdueBody: (days: number) => `Nên sao lưu ra USB ít nhất ${days} ngày một lần: nếu máy hỏng hoặc mất, dữ liệu chỉ còn trên USB.`,
    action: 'Sao lưu ngay',
  },
  setup: {
    offer: 'Máy mới, đã có bản sao lưu trên USB?',
    open: 'Khôi phục từ bản sao lưu',
    title: 'Khôi phục từ bản sao lưu',
    intro: 'Chọn tệp sao lưu (.sohoi) trên USB, xem thông tin, rồi nhập cụm mật khẩu ghi trên tờ khôi phục.',
    run: 'Khôi phục',
    running: 'Đang giải mã, kiểm tra và khôi phục dữ liệu… Việc này có thể mất vài phút với dữ liệu lớn.',
    done: 'Đã khôi phục. Hãy đăng nhập bằng tài khoản trong bản sao lưu.',
    back: 'Quay lại thiết lập mới',
  },
} as const;
