import { sql } from 'drizzle-orm';
import { check, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate, isoDateCheckSql, timestamps } from './common';

/**
 * The organisation itself: a single row whose id is the stable organisation UUID. Everything that
 * changes over time (name, header lines, signers) lives in `organization_profiles`.
 */
export const organizations = sqliteTable('organizations', {
  id: id(),
  ...timestamps(),
});

/** A leader who signs documents, e.g. { fullName, title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' }. */
export interface ProfileSigner {
  fullName: string;
  title: string;
  authority?: string;
}

/**
 * Effective-dated versions of the organisation's profile, so that a document printed for a past
 * period shows the name, header and signers in force then (domain.md §6.4 item 5).
 * A version is in force from `valid_from` until the day before the next version's `valid_from`.
 */
export const organizationProfiles = sqliteTable(
  'organization_profiles',
  {
    id: id(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    validFrom: isoDate('valid_from').notNull(),
    /** Full name, e.g. 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang'. */
    name: text('name').notNull(),
    /** The header's parent-organisation line; may be empty (domain.md §1.4 note 1). */
    parentLine: text('parent_line').notNull().default(''),
    /** Used in document numbers, e.g. 'HBVQTE' in '25/BC-HBVQTE'. */
    abbreviation: text('abbreviation').notNull(),
    /** Place name of the dated header line, e.g. 'Bắc Giang'. */
    placeName: text('place_name').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** JSON array of ProfileSigner. */
    signers: text('signers', { mode: 'json' }).$type<ProfileSigner[]>().notNull().default(sql`'[]'`),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('organization_profiles_org_valid_from_unique').on(table.organizationId, table.validFrom),
    check('organization_profiles_valid_from_check', sql.raw(isoDateCheckSql('valid_from'))),
    check('organization_profiles_signers_check', sql.raw(`json_valid("signers") AND json_type("signers") = 'array'`)),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type OrganizationProfile = typeof organizationProfiles.$inferSelect;
export type NewOrganizationProfile = typeof organizationProfiles.$inferInsert;
