/**
 * UNCONFIRMED — every date, code and act number in this file is an assumption that no stored
 * source confirmed (docs/domain.md marks them UNVERIFIED, or gives no exact date). They are kept
 * in this one file so that they can be checked against the official texts and corrected in one
 * place. Nothing else in the seed is unconfirmed; the confirmed facts sit in admin-units.ts with
 * their source tags.
 */

export interface UnconfirmedFact<T> {
  value: T;
  /** What is known, and what remains to confirm. */
  note: string;
}

/** First day of the merged Thành phố Bắc Giang (code 213, with the former Huyện Yên Dũng). */
export const BAC_GIANG_CITY_MERGED_VALID_FROM: UnconfirmedFact<string> = {
  value: '2024-11-01',
  note:
    'Nghị quyết 1191/NQ-UBTVQH15 of 28 Sep 2024 rearranged the units [S83]; that it merged Yên Dũng ' +
    'into the city is UNVERIFIED (domain.md §6.1), and its effective date is assumed to be 1 Nov 2024.',
};

/** First day of Thị xã Chũ (code 224), split from Huyện Lục Ngạn. */
export const CHU_TOWN_VALID_FROM: UnconfirmedFact<string> = {
  value: '2024-11-01',
  note:
    'Created by Nghị quyết 1191/NQ-UBTVQH15 of 28 Sep 2024, inaugurated 21 Dec 2024 [S83]; the ' +
    'effective date is assumed to be 1 Nov 2024.',
};

/** First day of Thị xã Việt Yên (code 222, previously Huyện Việt Yên). */
export const VIET_YEN_TOWN_VALID_FROM: UnconfirmedFact<string> = {
  value: '2024-02-01',
  note:
    'Decided by the National Assembly Standing Committee on 13 Dec 2023 [S82]; the resolution ' +
    'number (930/NQ-UBTVQH15?) and the effective date (assumed 1 Feb 2024) are unconfirmed.',
};

/** The act that merged Tỉnh Bắc Giang and Tỉnh Bắc Ninh into the new Tỉnh Bắc Ninh. */
export const PROVINCE_MERGER_DECISION: UnconfirmedFact<string> = {
  value: 'Nghị quyết 202/2025/QH15',
  note: 'Passed 12 June 2025 [S89]; the number 202/2025/QH15 is commonly cited but UNVERIFIED (domain.md §6.2).',
};

/** The official code of the new Tỉnh Bắc Ninh (from 1 July 2025). */
export const MERGED_PROVINCE_CODE: UnconfirmedFact<string> = {
  value: '27',
  note: 'Assumed to keep the former Bắc Ninh province code 27; UNVERIFIED.',
};
