/**
 * Closed sets of the organisation domain, shared by the database schema, the core and the
 * renderer (labels). Pure constants: no zod, no imports.
 */

/** Kinds of the association's branches (tổ chức Hội), issue 5 §4. */
export const BRANCH_KINDS = [
  'hoi_cap_huyen',
  'hoi_cap_xa',
  'chi_hoi_truong_hoc',
  'chi_hoi_co_quan',
  'chi_hoi_doanh_nghiep',
  'mang_lien_ket',
  'cau_lac_bo',
  'chi_hoi_luat_su',
  'khac',
] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

export const BRANCH_KIND_LABELS: Readonly<Record<BranchKind, string>> = {
  hoi_cap_huyen: 'Hội cấp huyện, thành phố',
  hoi_cap_xa: 'Hội cấp xã, phường, thị trấn',
  chi_hoi_truong_hoc: 'Chi hội trường học',
  chi_hoi_co_quan: 'Chi hội cơ quan',
  chi_hoi_doanh_nghiep: 'Chi hội doanh nghiệp',
  mang_lien_ket: 'Mạng liên kết bảo vệ quyền trẻ em',
  cau_lac_bo: 'Câu lạc bộ',
  chi_hoi_luat_su: 'Chi hội luật sư – hội thẩm',
  khac: 'Tổ chức khác',
};

/**
 * What programme 1 of the plan counts as "Hội, chi hội" (plan-2024.md, P1.new_branches): the
 * associations and every kind of chi hội. Networks and clubs are counted by their own targets.
 */
export const HOI_AND_CHI_HOI_KINDS: readonly BranchKind[] = [
  'hoi_cap_huyen',
  'hoi_cap_xa',
  'chi_hoi_truong_hoc',
  'chi_hoi_co_quan',
  'chi_hoi_doanh_nghiep',
  'chi_hoi_luat_su',
];

/** Per-period flags of a commune, each set by a named decision (domain.md §6.3). */
export const UNIT_FLAG_KINDS = ['khu_vuc_iii', 'dac_biet_kho_khan'] as const;
export type UnitFlagKind = (typeof UNIT_FLAG_KINDS)[number];

export const UNIT_FLAG_LABELS: Readonly<Record<UnitFlagKind, string>> = {
  khu_vuc_iii: 'Xã khu vực III',
  dac_biet_kho_khan: 'Xã đặc biệt khó khăn',
};

/** Flags that make a commune "especially difficult" for the reports (P1.new_branches_dbkk). */
export const DIFFICULT_FLAG_KINDS: readonly UnitFlagKind[] = ['khu_vuc_iii', 'dac_biet_kho_khan'];

/** Levels of administrative unit, in Vietnamese. */
export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, string>> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** Levels of administrative unit (the district level ended on 1 July 2025). */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Kinds of administrative unit, as in db/schema/admin-units.ts. */
export const UNIT_KINDS = ['tinh', 'thanh_pho', 'huyen', 'thi_xa', 'xa', 'phuong', 'thi_tran', 'dac_khu'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
