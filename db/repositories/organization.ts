import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { normalizeText } from '../../shared/format';
import { assertIsoDate } from '../dates';
import type { IdSource } from '../ids';
import { organizationProfiles, organizations, type NewOrganizationProfile, type OrganizationProfile } from '../schema';
import type { AppDb } from '../types';

/**
 * The organisation and its effective-dated profile. A profile version is in force from its
 * `valid_from` until the day before the next version's `valid_from`; the last one is open-ended.
 */

/**
 * Returns the id of the single organisation row, creating it with a fresh id if there is none.
 * The id is stable for the life of the database (records merged between offices carry it).
 */
export function ensureOrganization(db: AppDb, ids: IdSource, now: string): string {
  return db.transaction((tx) => {
    const existing = tx.select({ id: organizations.id }).from(organizations).orderBy(asc(organizations.createdAt)).get();
    if (existing !== undefined) return existing.id;
    const id = ids();
    tx.insert(organizations).values({ id, createdAt: now, updatedAt: now }).run();
    return id;
  }, { behavior: 'immediate' });
}

/** The profile version in force on `isoDate`, or undefined before the first version. */
export function getProfileAt(db: AppDb, organizationId: string, isoDate: string): OrganizationProfile | undefined {
  assertIsoDate(isoDate);
  return db
    .select()
    .from(organizationProfiles)
    .where(and(eq(organizationProfiles.organizationId, organizationId), lte(organizationProfiles.validFrom, isoDate)))
    .orderBy(desc(organizationProfiles.validFrom))
    .limit(1)
    .get();
}

/** Every profile version, oldest first. */
export function listProfileVersions(db: AppDb, organizationId: string): OrganizationProfile[] {
  return db
    .select()
    .from(organizationProfiles)
    .where(eq(organizationProfiles.organizationId, organizationId))
    .orderBy(asc(organizationProfiles.validFrom))
    .all();
}

const optionalText = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : normalizeText(value);

/** NFC and tidy white space in every text the documents print (domain.md §5.4). */
function normalizeProfile(row: NewOrganizationProfile): NewOrganizationProfile {
  return {
    ...row,
    name: normalizeText(row.name),
    parentLine: optionalText(row.parentLine),
    abbreviation: normalizeText(row.abbreviation),
    placeName: normalizeText(row.placeName),
    address: optionalText(row.address),
    phone: optionalText(row.phone),
    email: optionalText(row.email),
    signers: row.signers?.map((signer) => ({
      ...signer,
      fullName: normalizeText(signer.fullName),
      title: normalizeText(signer.title),
      ...(signer.authority === undefined ? {} : { authority: normalizeText(signer.authority) }),
    })),
  };
}

/**
 * Inserts a profile version, or updates the version with the same `valid_from` (keeping that
 * version's id and created_at; `row.id` is then unused; optional fields left undefined keep
 * their stored value). Text is normalised (NFC, white space). Returns the stored row.
 */
export function saveProfileVersion(db: AppDb, row: NewOrganizationProfile): OrganizationProfile {
  assertIsoDate(row.validFrom, 'valid_from');
  const stored = normalizeProfile(row);
  return db
    .insert(organizationProfiles)
    .values(stored)
    .onConflictDoUpdate({
      target: [organizationProfiles.organizationId, organizationProfiles.validFrom],
      set: {
        name: stored.name,
        parentLine: stored.parentLine,
        abbreviation: stored.abbreviation,
        placeName: stored.placeName,
        address: stored.address,
        phone: stored.phone,
        email: stored.email,
        signers: stored.signers,
        updatedAt: stored.updatedAt,
      },
    })
    .returning()
    .get();
}
