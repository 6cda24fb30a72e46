import { describe, expect, it } from 'vitest';
import { ETHNICITIES } from '../../../shared/data/ethnicities';
import { positionForm } from '../../../shared/schemas/member-activity';
import { memberForm, splitMemberName } from '../../../shared/schemas/members';
import { searchTerms } from '../../../electron/core/members/member-keys';
import { generateMembers } from './corpus';

const TODAY = '2025-05-10';
const valid = {
  fullName: 'Nguyễn Văn An', surnameWords: '1', gender: 'nam', birth: '12/05/1980', ethnicity: '01', phone: '0912 345 678', email: '', address: '', unitCode: '',
  branchId: 'b1', joinedOn: '20/03/2024', leftOn: '', leftReason: '', memberType: 'ca_nhan', occupation: '', isCollaborator: false, isVolunteer: false, cardNumber: '', cardIssuedOn: '', notes: '',
};
const issues = (values: Record<string, unknown>) => {
  const result = memberForm(TODAY).safeParse({ ...valid, ...values });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('the member form schema', () => {
  it('gives a clear Vietnamese message for each bad input', () => {
    expect(issues({ birth: '31/02/1980' })).toEqual([{ path: 'birth', message: 'Ngày không hợp lệ: tháng 2 năm 1980 không có ngày 31.' }]);
    expect(issues({ birth: '01/06/2025' })).toEqual([{ path: 'birth', message: 'Ngày sinh 01/06/2025 chưa đến: ngày sinh không được sau hôm nay.' }]);
    expect(issues({ birth: '2026' })).toEqual([{ path: 'birth', message: 'Năm sinh 2026 chưa đến: năm sinh không được sau năm nay.' }]);
    expect(issues({ birth: '1980/05' })[0]?.message).toBe('Ngày sinh phải có dạng dd/mm/yyyy, hoặc chỉ ghi năm sinh, ví dụ 05/01/1980 hoặc 1980.');
    expect(issues({ phone: '0912 abc 678' })[0]?.message).toBe('Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.');
    expect(issues({ leftOn: '01/01/2020', leftReason: 'Chuyển công tác' })).toEqual([{ path: 'leftOn', message: 'Ngày thôi sinh hoạt (01/01/2020) không được trước ngày vào Hội (20/03/2024).' }]);
    expect(issues({ leftOn: '01/01/2025' })).toEqual([{ path: 'leftReason', message: 'Hãy ghi lý do thôi sinh hoạt.' }]);
    expect(issues({ branchId: '' })).toEqual([{ path: 'branchId', message: 'Hãy chọn chi hội.' }]);
  });

  it('normalises NFD accents and the look-alike Ð instead of refusing them, and keeps the year alone', () => {
    const result = memberForm(TODAY).parse({ ...valid, fullName: `${'Nguyễn'.normalize('NFD')}  Văn \u00D0ức`, birth: '1980' });
    expect(result).toMatchObject({ ho: 'Nguyễn', dem: 'Văn', ten: 'Đức', birthDate: '1980-01-01', birthPrecision: 'year' });
    expect(result.ho).toBe('Nguyễn'.normalize('NFC'));
  });

  it('splits the full name, with double surnames on request and collective names whole', () => {
    expect(splitMemberName('Tôn Nữ Thị Hà', 2, 'ca_nhan')).toEqual({ ho: 'Tôn Nữ', dem: 'Thị', ten: 'Hà' });
    expect(splitMemberName('Tôn Nữ Thị Hà', 1, 'ca_nhan')).toEqual({ ho: 'Tôn', dem: 'Nữ Thị', ten: 'Hà' });
    expect(splitMemberName('Âu Dương Phong', 2, 'ca_nhan')).toEqual({ ho: 'Âu Dương', dem: '', ten: 'Phong' });
    expect(splitMemberName('Trường THCS Vân Sơn', 1, 'tap_the')).toEqual({ ho: '', dem: '', ten: 'Trường THCS Vân Sơn' });
    expect(splitMemberName('An', 1, 'ca_nhan')).toEqual({ ho: '', dem: '', ten: 'An' });
  });

  it('reads a term typed as years: 2024 starts on 1 January, 2029 ends on 31 December', () => {
    expect(positionForm.parse({ position: 'chu_tich', title: '', branchId: 'b1', fromDate: '2024', toDate: '2029', notes: '' })).toMatchObject({ fromDate: '2024-01-01', toDate: '2029-12-31' });
    const reversed = positionForm.safeParse({ position: 'chu_tich', title: '', branchId: 'b1', fromDate: '2024', toDate: '2023', notes: '' });
    expect(reversed.success ? null : reversed.error.issues[0]?.message).toBe('Nhiệm kỳ kết thúc (31/12/2023) trước khi bắt đầu (01/01/2024): hãy sửa ngày kết thúc.');
  });
});

describe('search terms and the reference data', () => {
  it('folds accents and đ, merges a phone typed in groups, and maps +84 to 0', () => {
    expect(searchTerms('An Nguyễn')).toEqual(['an', 'nguyen']);
    expect(searchTerms('ĐẶNG \u00D0ức')).toEqual(['dang', 'duc']);
    expect(searchTerms('+84 912 345 678')).toEqual(['0912345678']);
    expect(searchTerms('BG-000123')).toEqual(['bg000123']);
  });

  it('lists the 54 ethnic groups once each', () => {
    expect(new Set(ETHNICITIES.map((each) => each.code)).size).toBe(54);
    expect(new Set(ETHNICITIES.map((each) => each.name)).size).toBe(54);
  });

  it('the generated register uses every Vietnamese letter with every tone, in NFC', () => {
    const corpus = generateMembers(20_000, 7, ['b'], ['07621']);
    const letters = new Set([...corpus.map((member) => member.keys.fullName.toLowerCase()).join('')]);
    const vietnamese = 'aáàảãạăắằẳẵặâấầẩẫậđeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ';
    expect([...vietnamese].filter((letter) => !letters.has(letter))).toEqual([]);
    expect(corpus.every((member) => member.keys.fullName === member.keys.fullName.normalize('NFC'))).toBe(true);
  });
});
