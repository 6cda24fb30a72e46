/** Vietnamese formatting, parsing, normalisation and collation — pure TypeScript. */
export {
  formatDate,
  formatDateTimeVietnam,
  formatHeaderDate,
  isValidIsoDate,
  parseDateVi,
  startOfDayVietnam,
  todayInVietnam,
} from './dates';
export type { ParsedDate } from './dates';
export { formatMoney, formatNumber, formatPercent } from './numbers';
export { moneyInWords, numberInWords } from './words';
export type { MoneyInWordsOptions, NumberInWordsOptions } from './words';
export { normalizeText, normalizeTonePlacement, searchKey } from './text';
export { sortKey } from './collation';
export { joinFullName, personSortKey, splitFullName } from './names';
export type { PersonName, PersonSortOrder } from './names';
