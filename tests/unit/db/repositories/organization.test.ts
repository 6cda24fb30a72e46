import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../db/ids';
import {
  ensureOrganization,
  getProfileAt,
  listProfileVersions,
  saveProfileVersion,
} from '../../../../db/repositories/organization';
import type { NewOrganizationProfile } from '../../../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../../helpers/db';

const NOW = '2025-01-05T03:00:00.000Z';
let t: TestDatabase;
let organizationId: string;

function version(
  validFrom: string,
  name: string,
  overrides: Partial<NewOrganizationProfile> = {},
): NewOrganizationProfile {
  return {
    id: uuidv7(),
    organizationId,
    validFrom,
    name,
    parentLine: 'HỘI BẢO VỆ QUYỀN TRẺ EM VIỆT NAM',
    abbreviation: 'HBVQTE',
    placeName: 'Bắc Giang',
    signers: [{ fullName: 'Nguyễn Văn A', title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' }],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

beforeEach(async () => {
  t = await createTestDatabase();
  organizationId = t.seed.organizationId;
  saveProfileVersion(t.db, version('2014-01-01', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang'));
  const renamed = version('2025-07-01', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh', { placeName: 'Bắc Ninh' });
  saveProfileVersion(t.db, renamed);
});

afterEach(() => {
  t.close();
});

describe('ensureOrganization', () => {
  it('keeps the single organisation row and its stable id', () => {
    expect(organizationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ensureOrganization(t.db, () => 'another-id', NOW)).toBe(organizationId);
    expect(t.sqlite.prepare('SELECT count(*) AS n FROM organizations').get()).toEqual({ n: 1 });
  });

  it('creates the row with the injected id on an empty database', async () => {
    const empty = await createTestDatabase({ seed: false });
    try {
      expect(ensureOrganization(empty.db, () => 'org-1', NOW)).toBe('org-1');
      expect(ensureOrganization(empty.db, () => 'org-2', NOW)).toBe('org-1');
    } finally {
      empty.close();
    }
  });
});

describe('getProfileAt', () => {
  it.each([
    ['2025-06-30', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang'], // the day before the new version
    ['2025-07-01', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh'], // the day of it
    ['2025-07-02', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh'], // the day after
    ['2014-01-01', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang'], // the first version's first day
  ])('on %s is %s', (date, name) => {
    expect(getProfileAt(t.db, organizationId, date)?.name).toBe(name);
  });

  it('is undefined before the first version and for another organisation', () => {
    expect(getProfileAt(t.db, organizationId, '2013-12-31')).toBeUndefined();
    expect(getProfileAt(t.db, 'unknown', '2025-01-01')).toBeUndefined();
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => getProfileAt(t.db, organizationId, '2025-7-1')).toThrow(RangeError);
    expect(() => getProfileAt(t.db, organizationId, '2025-02-30')).toThrow(RangeError);
  });

  it('returns the signers as data', () => {
    expect(getProfileAt(t.db, organizationId, '2024-01-01')?.signers).toEqual([
      { fullName: 'Nguyễn Văn A', title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' },
    ]);
  });
});

describe('saveProfileVersion', () => {
  it('updates the version with the same valid_from, keeping its id and created_at', () => {
    const [first] = listProfileVersions(t.db, organizationId);
    const later = '2025-02-01T00:00:00.000Z';
    const saved = saveProfileVersion(
      t.db,
      version('2014-01-01', 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang', { phone: '0204 123 456', updatedAt: later }),
    );
    expect(saved.id).toBe(first?.id);
    expect(saved.createdAt).toBe(NOW);
    expect(saved.updatedAt).toBe(later);
    expect(saved.phone).toBe('0204 123 456');
    expect(listProfileVersions(t.db, organizationId)).toHaveLength(2);
  });

  it('lists versions oldest first and stores NFC text', () => {
    const decomposed = 'Ho\u0302\u0323i  Ba\u0309o ve\u0323\u0302 quyền trẻ em tỉnh Bắc Giang ';
    saveProfileVersion(t.db, version('2020-01-01', decomposed));
    const versions = listProfileVersions(t.db, organizationId);
    expect(versions.map((v) => v.validFrom)).toEqual(['2014-01-01', '2020-01-01', '2025-07-01']);
    expect(versions[1]?.name).toBe('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  });

  it('deletes the versions with the organisation (ON DELETE CASCADE)', () => {
    t.sqlite.prepare('DELETE FROM organizations WHERE id = ?').run(organizationId);
    expect(listProfileVersions(t.db, organizationId)).toEqual([]);
  });
});
