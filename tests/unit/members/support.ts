import type { TestCore } from '../../helpers/core';
import { createBranch } from '../branches/support';

/** Helpers for the member tests (not a test file itself). */

export function memberInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ho: 'Nguyễn',
    dem: 'Văn',
    ten: 'An',
    gender: 'nam',
    birthDate: '1980-05-12',
    birthPrecision: 'day',
    ethnicity: '01',
    phone: '0912 345 678',
    email: '',
    address: 'Thôn Đồng Bài',
    unitCode: '07621',
    branchId: 'missing',
    joinedOn: '2024-03-20',
    leftOn: null,
    leftReason: '',
    memberType: 'ca_nhan',
    occupation: 'Giáo viên',
    isCollaborator: false,
    isVolunteer: true,
    cardNumber: 'BG-000123',
    cardIssuedOn: null,
    notes: '',
    ...overrides,
  };
}

export interface SmallTree {
  district: string;
  commune: string;
  school: string;
  other: string;
}

/** Hội huyện Sơn Động ⊃ Hội xã Vân Sơn ⊃ Chi hội Trường THCS Vân Sơn; and CLB Nhà báo apart. */
export async function smallTree(t: TestCore): Promise<SmallTree> {
  const district = await createBranch(t, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
  const commune = await createBranch(t, { parentId: district, foundedOn: '2020-03-15', foundingDecisionDate: '2020-03-10' });
  const school = await createBranch(t, { name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', parentId: commune, foundedOn: '2021-09-05', foundingDecisionDate: null, foundingDecisionNo: '' });
  const other = await createBranch(t, { name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2019-04-10', foundingDecisionDate: null, foundingDecisionNo: '' });
  return { district, commune, school, other };
}

export async function addMember(t: TestCore, overrides: Record<string, unknown>): Promise<string> {
  return (await t.value('members.create', memberInput(overrides))).id;
}
