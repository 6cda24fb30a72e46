import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planNewBranch } from '../../../electron/core/members-import/new-branches';
import type { HandlerContext } from '../../../electron/core/types';
import { searchKey } from '../../../shared/format';
import { PERMISSIONS, ROLES, roleMay } from '../../../shared/permissions';
import { branchOptionKey, decodeBranchChoice, encodeBranchChoice, type BranchChoice } from '../../../shared/schemas/member-list-spec';
import { createTestCore, testSession, type TestCore } from '../../helpers/core';
import { recordingPlatform } from '../lists/support';
import { smallTree, type SmallTree } from '../members/support';
import { commitMembers, counts, errorsByRow, fixture, previewMembers } from './support';

/** messy.xlsx names "Chi hội Xóm Mới", which is not in the list: the user creates it from the import. */

let t: TestCore;
let tree: SmallTree;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
  tree = await smallTree(t);
});

afterEach(async () => {
  await t?.close();
});

const XOM_MOI = branchOptionKey(searchKey('Chi hội Xóm Mới'));
const create = (overrides: Partial<Extract<BranchChoice, { kind: 'new' }>> = {}) => ({
  [XOM_MOI]: encodeBranchChoice({ kind: 'new', branchKind: 'chi_hoi_co_quan', foundedOn: '2023-01-15', parentId: tree.commune, ...overrides }),
});

describe('creating a branch for an unknown name of the file', () => {
  it('shows the branch it will create in the preview and writes nothing before the commit', async () => {
    const branches = t.count('branches');
    const { importId, preview } = await previewMembers(t, fixture('messy.xlsx'), create());
    expect(counts(preview)).toEqual({ good: 4, rejected: 4, duplicate: 1, totals: 1 });
    expect(preview.summary).toContainEqual({ label: 'Chi hội sẽ tạo mới: Chi hội Xóm Mới', count: 1, countOf: 'hội viên' });
    expect(preview.summary.some((line) => line.label.startsWith('Chi hội chưa có'))).toBe(false);
    expect(t.count('branches')).toBe(branches);
    await t.value('lists.import.discard', { importId });
    expect({ branches: t.count('branches'), members: t.count('members') }).toEqual({ branches, members: 0 });
  });

  it('creates the branch once, under the chosen parent with its unit, before the members, audited like branches.create', async () => {
    const committed = await commitMembers(t, await previewMembers(t, fixture('messy.xlsx'), create()));
    expect(committed).toEqual({ written: 4, summary: [{ label: 'Hội viên đã nhập', count: 4 }, { label: 'Chi hội đã tạo mới', count: 1 }] });
    const found = await t.value('branches.list', { query: 'xom moi', status: 'all' });
    expect(found.items).toHaveLength(1);
    const branch = await t.value('branches.get', { id: found.items[0]?.id ?? '' });
    const parent = await t.value('branches.get', { id: tree.commune });
    expect(branch).toMatchObject({ name: 'Chi hội Xóm Mới', kind: 'chi_hoi_co_quan', parentId: tree.commune, unitCode: parent.unitCode, foundedOn: '2023-01-15' });
    const members = await t.value('members.list', { status: 'all', branchId: branch.id, limit: 10 });
    expect(members.items.map((item) => item.fullName)).toEqual(['Đỗ Văn Cường']);
    const trail = t.query("SELECT seq, entity, action, record_id AS recordId FROM audit_log WHERE action IN ('write', 'import') AND entity IN ('branches', 'members') ORDER BY seq DESC LIMIT 6");
    expect(trail.map((row) => `${String(row.entity)}:${String(row.action)}`)).toEqual(['members:import', 'members:write', 'members:write', 'members:write', 'members:write', 'branches:write']);
    expect(trail.at(-1)?.recordId).toBe(branch.id);
  });

  it('refuses a branch the rules refuse, keeping the name among the unknown ones', async () => {
    const { preview } = await previewMembers(t, fixture('messy.xlsx'), create({ foundedOn: '2026-01-01' }));
    expect(errorsByRow(preview)[7]).toEqual(['Không tạo được chi hội "Chi hội Xóm Mới": ngày thành lập không được sau hôm nay (10/05/2025).']);
    // The reason is shown next to the name in "Chi hội chưa có" too, not only in the rows.
    expect(preview.summary).toContainEqual({
      label: 'Chi hội chưa có: Chi hội Xóm Mới',
      count: 1,
      countOf: 'dòng',
      note: 'Không tạo được chi hội mới: ngày thành lập không được sau hôm nay (10/05/2025).',
    });
    const missingParent = await previewMembers(t, fixture('messy.xlsx'), create({ parentId: 'khong-co' }));
    expect(errorsByRow(missingParent.preview)[7]).toEqual(['Không tạo được chi hội "Chi hội Xóm Mới": không tìm thấy tổ chức cấp trên đã chọn, hãy chọn lại.']);
    expect(t.count('branches')).toBe(4);
  });

  it('maps to an existing branch when the choice is one, and ignores a malformed choice', async () => {
    const mapped = await previewMembers(t, fixture('messy.xlsx'), { [XOM_MOI]: encodeBranchChoice({ kind: 'existing', branchId: tree.other }) });
    expect(counts(mapped.preview).good).toBe(4);
    expect(decodeBranchChoice('moi|khong_co|2023-01-15|x')).toBeNull();
    expect(decodeBranchChoice('moi|cau_lac_bo|15/01/2023|x')).toBeNull();
    const malformed = await previewMembers(t, fixture('messy.xlsx'), { [XOM_MOI]: 'moi|cau_lac_bo|2023-01-15|' });
    expect(malformed.preview.summary).toContainEqual({ label: 'Chi hội chưa có: Chi hội Xóm Mới', count: 1, countOf: 'dòng' });
  });
});

describe('who may create branches from an import', () => {
  it('every role that may import lists may also create branches', () => {
    const importers = ROLES.filter((role) => roleMay(role, 'lists.import.commit'));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((role) => !roleMay(role, 'branches.create'))).toEqual([]);
    expect(PERMISSIONS['branches.create']).toBeDefined();
  });

  it('a role without branch creation gets a sentence saying to map the name instead', () => {
    const context = { session: testSession({ role: 'xem_bao_cao' }) } as unknown as HandlerContext;
    const planned = planNewBranch(context, 'Chi hội Xóm Mới', { kind: 'new', branchKind: 'cau_lac_bo', foundedOn: '2023-01-15', parentId: 'x' });
    expect(planned).toEqual({ error: 'tài khoản của bạn không được tạo tổ chức Hội mới, hãy ghép tên này với một chi hội có sẵn.' });
  });
});
