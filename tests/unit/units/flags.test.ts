import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, testSession, type TestCore } from '../../helpers/core';
import { importFile, previewFile, writeSheet } from '../lists/support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
});

afterEach(async () => {
  await t?.close();
});

const QD_861 = 'QĐ 861/QĐ-TTg';
const VAN_SON = { unitCode: '07621', kind: 'khu_vuc_iii', validFrom: '2021-06-04', validTo: '2025-12-31', decision: QD_861 };

describe('per-period flags of communes', () => {
  it('records a flag with its period and decision, never on the unit itself', async () => {
    const flag = await t.value('units.flags.save', VAN_SON);
    expect(flag).toMatchObject({ unitCode: '07621', unitName: 'Xã Vân Sơn', kind: 'khu_vuc_iii', validFrom: '2021-06-04', validTo: '2025-12-31', decision: QD_861 });
    expect(await t.value('units.flags.list', { asOf: '2021-06-03' })).toEqual([]);
    expect((await t.value('units.flags.list', { asOf: '2021-06-04' })).map((item) => item.unitCode)).toEqual(['07621']);
    expect((await t.value('units.flags.list', { query: 'van son' })).map((item) => item.id)).toEqual([flag.id]);
    const audit = t.query("SELECT action, entity, detail FROM audit_log WHERE entity = 'admin_units'");
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]?.detail))).toEqual({
      changes: {
        decision: { old: null, new: QD_861 },
        kind: { old: null, new: 'khu_vuc_iii' },
        unitCode: { old: null, new: '07621' },
        validFrom: { old: null, new: '2021-06-04' },
        validTo: { old: null, new: '2025-12-31' },
      },
    });
  });

  it('refuses a period that overlaps another of the same commune, an end before the start, and a code that is no commune', async () => {
    await t.value('units.flags.save', VAN_SON);
    const overlap = await t.call('units.flags.save', { ...VAN_SON, validFrom: '2025-01-01', validTo: null, decision: 'QĐ mới' });
    expect(overlap.ok ? null : overlap.error.issues).toEqual([
      { path: 'validFrom', message: 'Xã này đã được ghi là Xã khu vực III trong thời gian 04/06/2021 – 31/12/2025 (QĐ 861/QĐ-TTg); hai thời gian không được chồng nhau.' },
    ]);
    const backwards = await t.call('units.flags.save', { ...VAN_SON, unitCode: '07627', validTo: '2020-01-01' });
    expect(backwards.ok ? null : backwards.error.message).toBe('Đến ngày phải sau hoặc bằng Từ ngày.');
    const district = await t.call('units.flags.save', { ...VAN_SON, unitCode: '220' });
    expect(district.ok ? null : district.error.message).toBe('Mã 220 không phải là xã, phường, thị trấn nào trong thời gian 04/06/2021 – 31/12/2025.');
    expect(t.count('admin_unit_flags')).toBe(1);
  });

  it('lets office staff change and delete a flag, audited; the report viewer may only read', async () => {
    const flag = await t.value('units.flags.save', VAN_SON);
    const changed = await t.value('units.flags.save', { ...VAN_SON, id: flag.id, validTo: '2025-06-30' });
    expect(changed.validTo).toBe('2025-06-30');
    const viewer = testSession({ accountId: 'viewer', role: 'xem_bao_cao' });
    expect((await t.call('units.flags.delete', { id: flag.id }, viewer)).ok).toBe(false);
    expect(await t.value('units.flags.list', {}, viewer)).toHaveLength(1);
    expect((await t.call('units.flags.list', {}, testSession({ accountId: 'cb', role: 'can_bo_tre_em' }))).ok).toBe(false);
    await t.value('units.flags.delete', { id: flag.id });
    expect(t.count('admin_unit_flags')).toBe(0);
    expect(t.query("SELECT action FROM audit_log WHERE entity = 'admin_units' ORDER BY seq").map((row) => row.action)).toEqual(['write', 'write', 'delete']);
  });

  it('imports flags from a simple sheet: code, name, from, to, decision', async () => {
    const path = await writeSheet([
      ['DANH SÁCH XÃ KHU VỰC III TỈNH BẮC GIANG GIAI ĐOẠN 2021-2025'],
      ['Mã xã', 'Tên xã', 'Từ ngày', 'Đến ngày', 'Quyết định'],
      ['07621', 'Xã Vân Sơn', '04/06/2021', '31/12/2025', QD_861],
      [7624, 'Hữu Sản', new Date(Date.UTC(2021, 5, 4)), '31/12/2025', QD_861],
      ['07627', 'Xã Tân An', '04/06/2021', '31/12/2025', QD_861],
      ['99999', 'Xã Không Có', '04/06/2021', '', QD_861],
    ]);
    const { preview, committed } = await importFile(t, 'unit-flags', path);
    expect(preview).toMatchObject({ total: 4, valid: 2, invalid: 2 });
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => [row.rowNumber, row.errors])).toEqual([
      [5, ['Mã 07627 là Xã Đại Sơn, không phải "Xã Tân An": hãy kiểm tra lại mã hoặc tên.']],
      [6, ['Mã 99999 không phải là xã, phường, thị trấn nào trong thời gian từ 04/06/2021.']],
    ]);
    expect(committed.written).toBe(2);
    expect((await t.value('units.flags.list', {})).map((flag) => [flag.unitCode, flag.validFrom, flag.validTo])).toEqual([
      ['07621', '2021-06-04', '2025-12-31'],
      ['07624', '2021-06-04', '2025-12-31'],
    ]);
  });

  it('does not count a flag already recorded as new when the same sheet is imported again', async () => {
    const path = await writeSheet([['Mã xã', 'Từ ngày', 'Đến ngày', 'Quyết định'], ['07621', '04/06/2021', '31/12/2025', QD_861]]);
    await importFile(t, 'unit-flags', path);
    const { preview } = await previewFile(t, 'unit-flags', path);
    expect(preview.summary).toEqual([
      { label: 'Xã được ghi thêm thời gian khó khăn', count: 0 },
      { label: 'Đã có, không thay đổi', count: 1 },
    ]);
  });
});
