import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectEvents, createTestCore, testSession, type TestCore } from '../../helpers/core';
import { branchInput, createBranch, QD_861 } from './support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
});

afterEach(async () => {
  await t?.close();
});

/** Hội huyện Sơn Động ⊃ Hội xã Vân Sơn ⊃ Chi hội Trường THCS Vân Sơn. */
async function smallTree(): Promise<{ district: string; commune: string; school: string }> {
  const district = await createBranch(t, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
  const commune = await createBranch(t, { parentId: district });
  const school = await createBranch(t, { name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', parentId: commune, foundedOn: '2024-09-05' });
  return { district, commune, school };
}

function branchRows(): number {
  return t.count('branches');
}

describe('recording a branch', () => {
  it('keeps the unit valid on the founding date, with its name then, and audits the values', async () => {
    const events = collectEvents(t.core);
    const branch = await t.value('branches.create', branchInput());
    expect(branch).toMatchObject({
      unitCode: '07621',
      unitName: 'Xã Vân Sơn',
      unitPath: 'Xã Vân Sơn, Huyện Sơn Động, Tỉnh Bắc Giang',
      unitLevel: 'commune',
      phone: '0912 345 678',
      foundedInDifficultCommune: false,
      activeChildren: 0,
    });
    events.stop();
    expect(events.events).toContainEqual({ type: 'data.changed', entity: 'branches', ids: [branch.id] });
    const detail = JSON.parse(String(t.query("SELECT detail FROM audit_log WHERE entity = 'branches'")[0]?.detail));
    expect(detail.changes.name).toEqual({ old: null, new: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn' });
  });

  it('refuses a founding date in the future, in Vietnamese, and writes nothing', async () => {
    const envelope = await t.call('branches.create', branchInput({ foundedOn: '2025-05-11' }));
    expect(envelope.ok ? null : envelope.error).toEqual({
      code: 'VALIDATION',
      message: 'Ngày thành lập không được sau hôm nay (10/05/2025).',
      issues: [{ path: 'foundedOn', message: 'Ngày thành lập không được sau hôm nay (10/05/2025).' }],
    });
    expect(branchRows()).toBe(0);
    expect(t.count('audit_log')).toBe(0);
  });

  it('refuses a unit that did not exist on the founding date', async () => {
    const envelope = await t.call('branches.create', branchInput({ unitCode: '224', foundedOn: '2020-01-01' }));
    expect(envelope.ok ? null : envelope.error.message).toBe(
      'Mã đơn vị hành chính 224 không có hiệu lực vào ngày thành lập 01/01/2020. Hãy chọn đơn vị đúng vào ngày đó.',
    );
    expect(branchRows()).toBe(0);
  });

  it('refuses a branch made its own ancestor, and writes nothing', async () => {
    const { district, school } = await smallTree();
    const before = t.query('SELECT * FROM branches ORDER BY id');
    const seq = t.count('audit_log');
    const loop = await t.call('branches.update', { id: district, ...branchInput({ name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01', parentId: school }) });
    expect(loop.ok ? null : loop.error.issues).toEqual([
      { path: 'parentId', message: 'Không thể chọn "Chi hội Trường THCS Vân Sơn" làm cấp trên: "Chi hội Trường THCS Vân Sơn" đang trực thuộc chính "Hội Bảo vệ quyền trẻ em huyện Sơn Động", sẽ tạo thành vòng lặp.' },
    ]);
    const self = await t.call('branches.update', { id: school, ...branchInput({ parentId: school }) });
    expect(self.ok ? null : self.error.message).toBe('Một tổ chức không thể trực thuộc chính nó.');
    expect(t.query('SELECT * FROM branches ORDER BY id')).toEqual(before);
    expect(t.count('audit_log')).toBe(seq);
  });

  it('shows the computed flag from the flags valid on the founding date — a flag that starts later does not count', async () => {
    await t.value('units.flags.save', { unitCode: '07621', kind: 'khu_vuc_iii', validFrom: '2021-06-04', validTo: '2025-12-31', decision: QD_861 });
    const before = await t.value('branches.create', branchInput({ name: 'Chi hội Trường Tiểu học Vân Sơn', kind: 'chi_hoi_truong_hoc', foundedOn: '2021-01-10' }));
    const after = await t.value('branches.create', branchInput({ foundedOn: '2021-06-04' }));
    expect(before.foundedInDifficultCommune).toBe(false);
    expect(before.difficultFlags).toEqual([]);
    expect(after.foundedInDifficultCommune).toBe(true);
    expect(after.difficultFlags).toEqual([{ kind: 'khu_vuc_iii', decision: QD_861, validFrom: '2021-06-04', validTo: '2025-12-31' }]);
  });
});

describe('dissolving a branch', () => {
  it('asks what to do with active sub-branches, writing nothing until told', async () => {
    const { commune } = await smallTree();
    const seq = t.count('audit_log');
    const asked = await t.call('branches.dissolve', { id: commune, dissolvedOn: '2025-04-30', reason: 'Sáp nhập' });
    expect(asked.ok ? null : asked.error).toEqual({
      code: 'CONFLICT',
      message: '"Hội Bảo vệ quyền trẻ em xã Vân Sơn" còn 1 tổ chức trực thuộc đang hoạt động: "Chi hội Trường THCS Vân Sơn". Hãy chọn giải thể cùng, hoặc chuyển các tổ chức này lên trực thuộc "Hội Bảo vệ quyền trẻ em huyện Sơn Động".',
    });
    expect(t.query('SELECT count(*) AS n FROM branches WHERE dissolved_on IS NOT NULL')[0]?.n).toBe(0);
    expect(t.count('audit_log')).toBe(seq);
  });

  it('moves the sub-branches up to the parent when told so', async () => {
    const { district, commune, school } = await smallTree();
    const dissolved = await t.value('branches.dissolve', { id: commune, dissolvedOn: '2025-04-30', reason: 'Sáp nhập', subBranches: 'moveUp' });
    expect(dissolved).toMatchObject({ dissolvedOn: '2025-04-30', dissolutionReason: 'Sáp nhập', activeChildren: 0 });
    expect((await t.value('branches.get', { id: school })).parentId).toBe(district);
    const history = await t.value('branches.history', { id: school });
    expect(history.at(-1)?.changes).toEqual([{ field: 'parentId', old: commune, new: district }]);
  });

  it('dissolves the sub-branches too when told so, and can be undone', async () => {
    const { district, commune, school } = await smallTree();
    await t.value('branches.dissolve', { id: district, dissolvedOn: '2025-04-30', reason: 'Sắp xếp lại', subBranches: 'dissolve' });
    expect((await t.value('branches.get', { id: school })).dissolutionReason).toBe('Sắp xếp lại (giải thể cùng "Hội Bảo vệ quyền trẻ em huyện Sơn Động")');
    const refused = await t.call('branches.restore', { id: commune });
    expect(refused.ok ? null : refused.error.message).toMatch(/^Tổ chức cấp trên "Hội Bảo vệ quyền trẻ em huyện Sơn Động" đã giải thể/);
    expect((await t.value('branches.restore', { id: district })).dissolvedOn).toBeNull();
  });

  it('refuses a dissolution before the founding date or in the future', async () => {
    const { school } = await smallTree();
    const early = await t.call('branches.dissolve', { id: school, dissolvedOn: '2024-09-04', reason: 'Thử' });
    expect(early.ok ? null : early.error.message).toBe('Ngày giải thể phải từ ngày thành lập (05/09/2024) trở đi.');
    const future = await t.call('branches.dissolve', { id: school, dissolvedOn: '2025-06-01', reason: 'Thử' });
    expect(future.ok ? null : future.error.message).toBe('Ngày giải thể không được sau hôm nay (10/05/2025).');
  });

  it('deletes only a branch without sub-branches', async () => {
    const { commune, school } = await smallTree();
    const refused = await t.call('branches.delete', { id: commune });
    expect(refused.ok ? null : refused.error.message).toBe('Không xóa được "Hội Bảo vệ quyền trẻ em xã Vân Sơn": còn 1 tổ chức trực thuộc. Hãy chuyển hoặc xóa các tổ chức đó trước.');
    await t.value('branches.delete', { id: school });
    expect(branchRows()).toBe(2);
    expect(t.query("SELECT action FROM audit_log WHERE record_id = ?", school).map((row) => row.action)).toEqual(['write', 'delete']);
  });
});

describe('the list and the tree', () => {
  it('finds branches typed without accents, in Vietnamese order, with filters', async () => {
    await smallTree();
    await createBranch(t, { name: 'Câu lạc bộ Trẻ em Đồng Tiến', kind: 'cau_lac_bo', unitCode: '07243', foundedOn: '2023-05-01' });
    const names = async (filter: Record<string, unknown>) => (await t.value('branches.list', filter)).items.map((item) => item.name);
    expect(await names({ query: 'van son' })).toEqual(['Chi hội Trường THCS Vân Sơn', 'Hội Bảo vệ quyền trẻ em xã Vân Sơn']);
    expect(await names({ query: 'THCS' })).toEqual(['Chi hội Trường THCS Vân Sơn']);
    expect(await names({ query: 'dong tien' })).toEqual(['Câu lạc bộ Trẻ em Đồng Tiến']);
    expect(await names({ kind: 'hoi_cap_xa' })).toEqual(['Hội Bảo vệ quyền trẻ em xã Vân Sơn']);
    expect(await names({ unitCode: '220' })).toEqual(['Chi hội Trường THCS Vân Sơn', 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', 'Hội Bảo vệ quyền trẻ em xã Vân Sơn']);
    expect(await names({ foundedFrom: '2024-01-01', foundedTo: '2024-12-31' })).toEqual(['Chi hội Trường THCS Vân Sơn', 'Hội Bảo vệ quyền trẻ em xã Vân Sơn']);
    expect(await names({ query: '100%_' })).toEqual([]);
  });

  it('filters active and dissolved branches on a date', async () => {
    const { school } = await smallTree();
    await t.value('branches.dissolve', { id: school, dissolvedOn: '2025-01-15', reason: 'Trường sáp nhập' });
    const list = async (status: string, asOf?: string) => (await t.value('branches.list', { status, ...(asOf ? { asOf } : {}) })).total;
    expect([await list('active'), await list('dissolved'), await list('all')]).toEqual([2, 1, 3]);
    expect([await list('active', '2025-01-14'), await list('dissolved', '2025-01-14')]).toEqual([3, 0]);
  });

  it('counts active sub-branches, direct and at every level below', async () => {
    const { district, commune, school } = await smallTree();
    const tree = await t.value('branches.tree', {});
    const node = (id: string) => tree.nodes.find((item) => item.id === id);
    expect([node(district)?.activeChildren, node(district)?.activeDescendants]).toEqual([1, 2]);
    expect([node(commune)?.activeChildren, node(commune)?.activeDescendants]).toEqual([1, 1]);
    expect([node(school)?.activeChildren, node(school)?.activeDescendants]).toEqual([0, 0]);
    expect(tree.totals).toEqual({ active: 3, dissolved: 0 });
  });

  it('lets the report viewer read but not write; the child-protection officer sees nothing', async () => {
    await smallTree();
    const viewer = testSession({ accountId: 'v', role: 'xem_bao_cao' });
    const officer = testSession({ accountId: 'c', role: 'can_bo_tre_em' });
    expect((await t.value('branches.list', {}, viewer)).total).toBe(3);
    expect((await t.call('branches.create', branchInput(), viewer)).ok).toBe(false);
    expect((await t.call('branches.list', {}, officer)).ok).toBe(false);
    expect((await t.call('units.tree', {}, officer)).ok).toBe(false);
  });
});
