import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectEvents, createTestCore, testSession, type TestCore } from '../../helpers/core';
import { addMember, memberInput, smallTree, type SmallTree } from './support';

let t: TestCore;
let tree: SmallTree;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
  tree = await smallTree(t);
});

afterEach(async () => {
  await t?.close();
});

const secretary = testSession({ accountId: 'thu-ky', role: 'thu_ky' });

describe('the member record', () => {
  it('stores the name parts, NFC text and the unit name, and audits field names only', async () => {
    const events = collectEvents(t.core);
    const nfd = 'Nguyễn'.normalize('NFD');
    const member = await t.value('members.create', memberInput({ ho: nfd, dem: 'Văn', ten: '\u00D0ức', branchId: tree.school }), secretary);
    expect(member).toMatchObject({ ho: 'Nguyễn', ten: 'Đức', fullName: 'Nguyễn Văn Đức', unitName: 'Xã Vân Sơn', branchName: 'Chi hội Trường THCS Vân Sơn', status: 'active', phone: '0912 345 678' });
    expect(member.ho).toBe('Nguyễn'.normalize('NFC'));
    events.stop();
    expect(events.events).toContainEqual({ type: 'data.changed', entity: 'members', ids: [member.id] });
    const [row] = t.query(`SELECT detail FROM audit_log WHERE entity = 'members'`);
    expect(String(row?.detail)).not.toContain('Đức');
    expect(JSON.parse(String(row?.detail))).toMatchObject({ fields: expect.arrayContaining(['ten', 'phone', 'birthDate']) });
  });

  it('keeps the year alone with its precision and the phone as text', async () => {
    const member = await t.value('members.create', memberInput({ birthDate: '1975-01-01', birthPrecision: 'year', phone: '0204 3855 123', branchId: tree.commune }));
    expect(member).toMatchObject({ birthDate: '1975-01-01', birthPrecision: 'year', phone: '0204 3855 123' });
  });

  it('explains bad input in Vietnamese and writes nothing', async () => {
    const bad = async (overrides: Record<string, unknown>) => {
      const result = await t.call('members.create', memberInput({ branchId: tree.school, ...overrides }));
      if (result.ok) throw new Error('expected a refusal');
      return result.error;
    };
    expect((await bad({ phone: '09a2 345 678' })).issues?.[0]).toMatchObject({ path: 'phone', message: expect.stringContaining('Số điện thoại không hợp lệ') });
    expect((await bad({ leftOn: '2020-01-01', leftReason: 'Chuyển công tác' })).issues?.[0]).toEqual({
      path: 'leftOn',
      message: 'Ngày thôi sinh hoạt (01/01/2020) không được trước ngày vào Hội (20/03/2024).',
    });
    expect((await bad({ birthDate: '2026-02-01' })).issues?.[0]).toEqual({ path: 'birthDate', message: 'Ngày sinh 01/02/2026 chưa đến: ngày sinh không được sau hôm nay.' });
    expect((await bad({ birthDate: '2027-01-01', birthPrecision: 'year' })).message).toBe('Năm sinh 2027 chưa đến: năm sinh không được sau năm nay.');
    expect((await bad({ birthDate: '1980-02-31' })).code).toBe('VALIDATION');
    expect((await bad({ ethnicity: '55' })).issues?.[0]?.message).toBe('Hãy chọn dân tộc trong danh sách.');
    expect((await bad({ unitCode: '99999' })).message).toBe('Không có đơn vị hành chính mã 99999. Hãy chọn trong danh sách.');
    expect(t.count('members')).toBe(0);
  });

  it('warns about duplicates by name and birth year, phone or card number, with the other record', async () => {
    const id = await addMember(t, { branchId: tree.school });
    const probe = { ho: 'Nguyễn', dem: 'Văn', ten: 'An', birthDate: '1980-01-01', phone: '', cardNumber: '' };
    const byName = await t.value('members.duplicates', { ...probe, ho: 'NGUYEN' });
    expect(byName).toEqual([expect.objectContaining({ id, fullName: 'Nguyễn Văn An', reasons: ['name_birth_year'], branchName: 'Chi hội Trường THCS Vân Sơn' })]);
    const byPhone = await t.value('members.duplicates', { ...probe, ten: 'Bình', phone: '+84 912 345 678' });
    expect(byPhone[0]?.reasons).toEqual(['phone']);
    const byCard = await t.value('members.duplicates', { ...probe, ten: 'Bình', cardNumber: 'bg 000123' });
    expect(byCard[0]?.reasons).toEqual(['card']);
    expect(await t.value('members.duplicates', { ...probe, birthDate: '1981-01-01' })).toEqual([]);
    expect(await t.value('members.duplicates', { ...probe, excludeId: id })).toEqual([]);
  });

  it('soft-deletes with undo; only Quản trị deletes for good, and only a deleted record', async () => {
    const id = await addMember(t, { branchId: tree.school });
    expect((await t.call('members.purge', { id })).ok).toBe(false);
    await t.value('members.delete', { id }, secretary);
    expect((await t.value('members.list', {})).total).toBe(0);
    expect((await t.value('members.list', { status: 'deleted' })).items.map((item) => item.id)).toEqual([id]);
    const refused = await t.call('members.purge', { id }, secretary);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    expect((await t.value('members.restore', { id }, secretary)).status).toBe('active');
    await t.value('members.delete', { id });
    await t.value('members.positions.save', { memberId: id, position: 'chu_tich', title: '', branchId: tree.school, fromDate: '2024-01-01', toDate: null, notes: '' }).catch(() => undefined);
    await t.value('members.purge', { id });
    expect(t.count('members')).toBe(0);
    expect(t.count('member_search_words')).toBe(0);
  });

  it('refuses child-protection officers every member method; the report viewer reads lists only', async () => {
    const officer = testSession({ accountId: 'cb', role: 'can_bo_tre_em' });
    const viewer = testSession({ accountId: 'xem', role: 'xem_bao_cao' });
    const refused = await t.call('members.list', {}, officer);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    expect((await t.call('members.list', {}, viewer)).ok).toBe(true);
    const id = await addMember(t, { branchId: tree.school });
    const get = await t.call('members.get', { id }, viewer);
    expect(get.ok ? null : get.error.code).toBe('FORBIDDEN');
  });

  it('updates a record and a branch with members cannot be deleted', async () => {
    const id = await addMember(t, { branchId: tree.school });
    const updated = await t.value('members.update', { ...memberInput({ branchId: tree.school, ten: 'Bình', phone: '' }), id });
    expect(updated).toMatchObject({ fullName: 'Nguyễn Văn Bình', phone: '' });
    const found = await t.value('members.list', { query: 'binh' });
    expect(found.items.map((item) => item.fullName)).toEqual(['Nguyễn Văn Bình']);
    expect((await t.value('members.list', { query: '0912' })).total).toBe(0);
    const refused = await t.call('branches.delete', { id: tree.school });
    expect(refused.ok ? null : refused.error.message).toContain('còn 1 hội viên');
  });
});
