import { normalizeText } from '../../../shared/format';
import type { MemberValues } from '../../../shared/schemas/members';
import { memberKeys, type MemberKeys } from '../../../electron/core/members/member-keys';
import { mulberry32, pick, randomInt, type Random } from '../shared/format/prng';

/**
 * Realistic members for the scale test and the benchmark (seeded, so every run is the same):
 * surnames with their approximate frequencies in Viet Nam (Bắc Giang's Thân and Giáp included,
 * double surnames too), male and female middle and given names, and a small pool of rarer names
 * so that every lower-case Vietnamese letter with every tone appears. Some names arrive
 * decomposed (NFD) or with the look-alike Ð (U+00D0) and are normalised as the core does.
 */

const weighted = (entries: readonly (readonly [string, number])[]): string[] => entries.flatMap(([value, weight]) => Array<string>(weight).fill(value));

const SURNAMES = weighted([
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 40], ['Huỳnh', 10], ['Phan', 45], ['Vũ', 30], ['Võ', 10],
  ['Đặng', 20], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đinh', 8], ['Trịnh', 6], ['Đoàn', 6],
  ['Lương', 5], ['Lã', 2], ['Hà', 5], ['Tạ', 3], ['Lưu', 3], ['Mạc', 1], ['Thân', 3], ['Giáp', 3], ['Nông', 3], ['Hứa', 1], ['Ứng', 1],
  ['Âu', 1], ['Ông', 1], ['Ninh', 1], ['Kiều', 2], ['Khổng', 1], ['Vương', 2], ['Đậu', 1], ['Tôn Nữ', 1], ['Âu Dương', 1],
]);
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thành', 'Công', 'Đình', 'Ngọc', 'Mạnh', 'Tuấn', 'Trọng', 'Bảo', 'Khắc', 'Thế', 'Duy', 'Quốc', 'Tiến', 'Văn Thành', ''];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Kim', 'Thùy', 'Phương', 'Bích', 'Mỹ', 'Diệu', 'Khánh', 'Hải', 'Lệ', 'Tuyết', 'Quỳnh', 'Thị Thu', ''];
const MALE_GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hiển', 'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưởng', 'Khánh', 'Khoa',
  'Kiên', 'Lâm', 'Long', 'Lộc', 'Lợi', 'Lực', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Tấn', 'Thắng',
  'Thành', 'Thọ', 'Thuận', 'Thường', 'Toàn', 'Trung', 'Trường', 'Tú', 'Tuấn', 'Việt', 'Vinh', 'Vĩnh', 'Vũ', 'Hợp', 'Chí', 'Chỉnh', 'Hóa', 'Thìn',
];
const FEMALE_GIVEN = [
  'An', 'Anh', 'Ánh', 'Bích', 'Chi', 'Dung', 'Dương', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Hòa', 'Hồng', 'Huệ', 'Hương', 'Huyền',
  'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Mỹ', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Thảo', 'Thơ', 'Thủy',
  'Thư', 'Thục', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Xuân', 'Yến', 'Sen', 'Bé', 'Cẩm', 'Mẫn', 'Nguyệt', 'Lệ',
];
/** Rarer names (older, rural or of the province's Tày, Nùng, Sán Chay and Dao families). */
const RARE_GIVEN = ['Ước', 'Cừ', 'Cử', 'Ẩn', 'Tỵ', 'Khẳng', 'Nhẵn', 'Ngoãn', 'Hoè', 'Khoẻ', 'Khỏe', 'Mẽ', 'Phẹ', 'Tới', 'Lưỡng', 'Thuỷ', 'Ỷ', 'Ửng', 'Ấn'];

export const FIRST_BIRTH_YEAR = 1950;

export interface CorpusMember {
  values: MemberValues;
  keys: MemberKeys;
}

function nameOf(random: Random, female: boolean): { ho: string; dem: string; ten: string } {
  const ho = pick(random, SURNAMES);
  const dem = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const ten = random() < 0.02 ? pick(random, RARE_GIVEN) : pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
  const raw = { ho, dem, ten };
  if (random() < 0.01) return { ho: ho.normalize('NFD'), dem: dem.normalize('NFD'), ten: ten.normalize('NFD') };
  if (ho.startsWith('Đ') && random() < 0.05) return { ...raw, ho: `\u00D0${ho.slice(1)}` };
  return raw;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dateIn(random: Random, fromYear: number, toYear: number): string {
  return `${fromYear + randomInt(random, toYear - fromYear + 1)}-${pad(1 + randomInt(random, 12))}-${pad(1 + randomInt(random, 28))}`;
}

/** One member; `branchIds` and `unitCodes` are drawn from. */
function memberAt(random: Random, index: number, branchIds: readonly string[], unitCodes: readonly string[]): CorpusMember {
  const female = random() < 0.55;
  const name = nameOf(random, female);
  const joinedOn = dateIn(random, 2008, 2024);
  const left = random() < 0.08;
  const yearOnly = random() < 0.15;
  const birth = dateIn(random, FIRST_BIRTH_YEAR, 2000);
  const values: MemberValues = {
    ho: normalizeText(name.ho),
    dem: normalizeText(name.dem),
    ten: normalizeText(name.ten),
    gender: female ? 'nu' : 'nam',
    birthDate: yearOnly ? `${birth.slice(0, 4)}-01-01` : birth,
    birthPrecision: yearOnly ? 'year' : 'day',
    ethnicity: random() < 0.85 ? '01' : pick(random, ['02', '07', '15', '09', '04', '18', '06', '03']),
    phone: random() < 0.7 ? `0${pick(random, ['912', '983', '868', '345', '204'])} ${pad(randomInt(random, 1000), 3)} ${pad(randomInt(random, 1000), 3)}` : '',
    email: '',
    address: '',
    unitCode: pick(random, unitCodes),
    branchId: pick(random, branchIds),
    joinedOn,
    leftOn: left ? '2024-12-31' : null,
    leftReason: left ? 'Chuyển công tác' : '',
    memberType: random() < 0.97 ? 'ca_nhan' : 'danh_du',
    occupation: '',
    isCollaborator: random() < 0.1,
    isVolunteer: random() < 0.2,
    cardNumber: random() < 0.6 ? `BG-${pad(index + 1, 6)}` : '',
    cardIssuedOn: null,
    notes: '',
  };
  return { values, keys: memberKeys(values) };
}

export function generateMembers(count: number, seed: number, branchIds: readonly string[], unitCodes: readonly string[]): CorpusMember[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => memberAt(random, index, branchIds, unitCodes));
}
