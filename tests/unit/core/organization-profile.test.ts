import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrganizationProfileDto } from '../../../shared/schemas/organization';
import { collectEvents, createTestCore, profileInput, type TestCore } from '../../helpers/core';

const BAC_GIANG = 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang';
const BAC_NINH = 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-03-10T02:00:00.000Z' });
});

afterEach(async () => {
  await t?.close(); // undefined when beforeEach failed
});

async function saveTwoVersions(): Promise<{ old: OrganizationProfileDto; current: OrganizationProfileDto }> {
  const old = await t.value('organization.profile.save', profileInput({ validFrom: '2024-01-01', name: BAC_GIANG }));
  const current = await t.value(
    'organization.profile.save',
    profileInput({ validFrom: '2025-07-01', name: BAC_NINH, placeName: 'Bắc Ninh', abbreviation: 'HBVQTE-BN' }),
  );
  return { old, current };
}

async function nameOn(asOf: string | undefined): Promise<string | null> {
  const profile = await t.value('organization.profile.get', asOf === undefined ? {} : { asOf });
  return profile?.name ?? null;
}

describe('organization.profile before setup', () => {
  it('has no profile and no versions', async () => {
    expect(await t.value('organization.profile.get', {})).toBeNull();
    expect(await t.value('organization.profile.versions', {})).toEqual([]);
  });
});

describe('organization.profile versions', () => {
  it('returns the version in force on a given day', async () => {
    await saveTwoVersions();
    expect(await nameOn('2023-12-31')).toBeNull();
    expect(await nameOn('2024-01-01')).toBe(BAC_GIANG);
    expect(await nameOn('2024-12-31')).toBe(BAC_GIANG);
    expect(await nameOn('2025-06-30')).toBe(BAC_GIANG);
    expect(await nameOn('2025-07-01')).toBe(BAC_NINH);
    expect(await nameOn('2030-01-01')).toBe(BAC_NINH);
  });

  it('uses today in Vietnam from the injected clock when asOf is omitted', async () => {
    await saveTwoVersions();
    expect(await nameOn(undefined)).toBe(BAC_GIANG);
    t.setNow('2025-06-30T16:59:59.000Z'); // 23:59:59 on 30 June in Vietnam
    expect(await nameOn(undefined)).toBe(BAC_GIANG);
    t.setNow('2025-06-30T17:00:00.000Z'); // 00:00 on 1 July in Vietnam, still 30 June in UTC
    expect(await nameOn(undefined)).toBe(BAC_NINH);
  });

  it('lists every version oldest first with the last day each is in force', async () => {
    const { old, current } = await saveTwoVersions();
    const versions = await t.value('organization.profile.versions', {});
    expect(versions.map((version) => [version.id, version.validFrom, version.validTo, version.name])).toEqual([
      [old.id, '2024-01-01', '2025-06-30', BAC_GIANG],
      [current.id, '2025-07-01', null, BAC_NINH],
    ]);
    expect(old.validTo).toBeNull(); // it was the latest when it was saved
    expect(current).toEqual(versions[1]);
    expect(current.organizationId).toBe(old.organizationId);
  });

  it('updates the version with the same start date in place', async () => {
    const { old } = await saveTwoVersions();
    t.setNow('2025-03-11T02:00:00.000Z');
    const updated = await t.value('organization.profile.save', profileInput({ validFrom: '2024-01-01', name: BAC_GIANG, phone: '0204 3999 999' }));
    expect(updated.id).toBe(old.id);
    expect(updated.phone).toBe('0204 3999 999');
    expect(updated.updatedAt).toBe('2025-03-11T02:00:00.000Z');
    expect(updated.validTo).toBe('2025-06-30');
    expect(await t.value('organization.profile.versions', {})).toHaveLength(2);
    expect(t.count('organization_profiles')).toBe(2);
  });

  it('rejects an impossible date', async () => {
    const envelope = await t.call('organization.profile.get', { asOf: '2025-02-29' });
    expect(envelope.ok ? null : envelope.error.issues).toEqual([{ path: 'asOf', message: 'Ngày không hợp lệ, cần có dạng dd/mm/yyyy.' }]);
    const save = await t.call('organization.profile.save', profileInput({ validFrom: '2025-13-01' }));
    expect(save.ok ? null : save.error.code).toBe('VALIDATION');
    expect(t.count('organization_profiles')).toBe(0);
  });
});

describe('organization.profile text', () => {
  it('stores decomposed input and a look-alike Đ normalised to NFC', async () => {
    // 'Hội' typed as o + circumflex + dot below (not even canonical order), the rest fully decomposed.
    const decomposedName = `Ho\u0302\u0323i${BAC_NINH.slice('Hội'.length).normalize('NFD')}`;
    expect(decomposedName).not.toBe(BAC_NINH);
    expect(decomposedName.normalize('NFC')).toBe(BAC_NINH);
    const saved = await t.value(
      'organization.profile.save',
      profileInput({
        name: `  ${decomposedName} `,
        placeName: 'Bắc Ninh'.normalize('NFD'),
        address: 'Thôn \u00D0ông   Xá, xã \u00D0ại\u00A0Đồng',
        signers: [{ fullName: '\u00D0ặng Thị Hòa'.normalize('NFD'), title: 'Chủ tịch', authority: '' }],
      }),
    );
    expect(saved.name).toBe(BAC_NINH);
    expect(saved.address).toBe('Thôn \u0110ông Xá, xã \u0110ại \u0110ồng');
    expect(saved.signers[0]?.fullName).toBe('\u0110ặng Thị Hòa');

    const [row] = t.query('SELECT name, place_name AS placeName, address, signers FROM organization_profiles') as {
      name: string;
      placeName: string;
      address: string;
      signers: string;
    }[];
    if (!row) throw new Error('no profile row');
    expect(row.name).toBe(BAC_NINH);
    expect(row.placeName).toBe('Bắc Ninh'.normalize('NFC'));
    expect(row.address).not.toContain('\u00D0');
    expect(row.address).toBe('Thôn Đông Xá, xã Đại Đồng');
    const signers = JSON.parse(row.signers) as { fullName: string }[];
    expect(signers[0]?.fullName).toBe('Đặng Thị Hòa');
    for (const text of [row.name, row.placeName, row.address, row.signers]) expect(text).toBe(text.normalize('NFC'));
  });
});

describe('organization.profile events and persistence', () => {
  it('emits data.changed for organization.profile with the saved id', async () => {
    const collected = collectEvents(t.core);
    const saved = await t.value('organization.profile.save', profileInput());
    await t.value('organization.profile.get', {});
    collected.stop();
    expect(collected.events).toEqual([{ type: 'data.changed', entity: 'organization.profile', ids: [saved.id] }]);
  });

  it('emits nothing when the save is refused', async () => {
    const collected = collectEvents(t.core);
    await t.call('organization.profile.save', profileInput({ abbreviation: 'hbvqte' }));
    collected.stop();
    expect(collected.events).toEqual([]);
  });

  it('keeps every version after closing and reopening the core on the same data folder', async () => {
    const { old, current } = await saveTwoVersions();
    const before = await t.value('organization.profile.versions', {});
    t = await t.reopen();
    expect(await t.value('organization.profile.versions', {})).toEqual(before);
    expect(await nameOn('2025-06-30')).toBe(BAC_GIANG);
    expect(await nameOn('2025-07-01')).toBe(BAC_NINH);
    expect((await t.value('organization.profile.get', {}))?.id).toBe(old.id);
    expect(before.map((version) => version.id)).toEqual([old.id, current.id]);
    expect(t.count('organizations')).toBe(1);
  });
});
