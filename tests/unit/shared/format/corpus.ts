/** Seeded random Vietnamese names and strings for the collation tests. */
import { mulberry32, pick, randomInt, type Random } from './prng';

const HO = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Mạc', 'Quách',
  'Tôn', 'Thân', 'Giáp', 'Ông', 'Ưng', 'Âu', 'Ân', 'Ấu', 'Ẩn', 'Ỷ', 'Ứng', 'Khổng', 'Lã', 'Lữ',
];
const DEM = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Khánh', 'Quốc', 'Xuân', 'Thuỳ', 'Thùy',
  'Hoà', 'Hòa', 'Bảo', 'Gia', 'Mỹ', 'Ánh', 'Diệu', 'Phương', 'Tuấn', 'Ẩn', 'Ẫn', 'Ặc', 'Ờ',
  'Nữ', 'Thế', 'Công', 'Trọng', 'Đình', 'Kỳ', 'Kỷ', 'Kỹ', 'Ký', 'Kỵ', 'Ky',
];
const TEN = [
  'An', 'Anh', 'Ánh', 'Ăn', 'Âu', 'Ân', 'Ấn', 'Ẩn', 'Ẫn', 'Ận', 'Bình', 'Chi', 'Dũng', 'Đạt', 'Đào',
  'Hà', 'Hạ', 'Hả', 'Hã', 'Há', 'Ha', 'Hải', 'Hưng', 'Hương', 'Khai', 'Khôi', 'Lan', 'Long', 'Mai',
  'My', 'Mỹ', 'Nga', 'Ngà', 'Ngả', 'Ngã', 'Ngá', 'Ngạ', 'Oanh', 'Ơn', 'Ớt', 'Ợ', 'Phúc', 'Quý',
  'Sơn', 'Thảo', 'Thuỷ', 'Thủy', 'Tuỳ', 'Tùy', 'Uyên', 'Ưng', 'Ửng', 'Ừ', 'Vy', 'Yến', 'Ỳ', 'Ý',
  'Zuê', 'Fương', 'Jang', 'Wân', 'Ê', 'Ế', 'Ệ', 'Ề', 'Ễ', 'Ể', 'Ô', 'Ồ', 'Ổ', 'Ỗ', 'Ố', 'Ộ',
];

/** Onsets, nuclei and codas — every Vietnamese letter and every tone appears. */
const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', 'f', 'j', 'w', 'z',
];
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uy', 'ươ', 'iê', 'uô',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'iu', 'eo', 'êu', 'uyê',
];
const CODAS = ['', '', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

function randomCase(random: Random, word: string): string {
  const mode = randomInt(random, 4);
  if (mode === 0) return word.toLowerCase();
  if (mode === 1) return word.toUpperCase();
  if (mode === 2) return word;
  return [...word].map((ch) => (random() < 0.5 ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

/** A random syllable; the tone goes on a random vowel of the nucleus (old and new styles both occur). */
function randomSyllable(random: Random): string {
  const nucleus = [...pick(random, NUCLEI)];
  const at = randomInt(random, nucleus.length);
  const toned = nucleus.map((v, i) => (i === at ? v + pick(random, TONES) : v)).join('');
  return (pick(random, ONSETS) + toned + pick(random, CODAS)).normalize('NFC');
}

function randomWord(random: Random, list: readonly string[]): string {
  return random() < 0.7 ? pick(random, list) : randomSyllable(random);
}

/** Full names "Họ [Đệm …] Tên" with random case mixes. */
export function nameCorpus(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const dem = Array.from({ length: randomInt(random, 3) }, () => randomWord(random, DEM));
    const words = [randomWord(random, HO), ...dem, randomWord(random, TEN)];
    return words.map((word) => randomCase(random, word)).join(' ');
  });
}

/** Name parts for the person sort key tests; đệm may be empty, họ rarely. */
export function namePartsCorpus(seed: number, count: number): { ho: string; dem: string; ten: string }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    ho: random() < 0.05 ? '' : randomCase(random, randomWord(random, HO)),
    dem: Array.from({ length: randomInt(random, 3) }, () => randomCase(random, randomWord(random, DEM))).join(' '),
    ten: randomCase(random, randomWord(random, TEN)),
  }));
}

const SYMBOLS = [...' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789'];

/** Short strings mixing letters, tones, digits, spaces and ASCII punctuation; single inner spaces. */
export function mixedCorpus(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + randomInt(random, 4) }, () =>
      random() < 0.6 ? randomCase(random, randomSyllable(random)) : pick(random, SYMBOLS),
    );
    return parts.join('').replace(/\s+/g, ' ').trim();
  });
}
