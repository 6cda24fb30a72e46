import { todayInVietnam } from '../../../shared/format';
import { AppError } from '../../../shared/errors';
import type { OrganizationProfileDto } from '../../../shared/schemas/organization';
import { ensureOrganization, getProfileAt, listProfileVersions, saveProfileVersion } from '../../../db/repositories/organization';
import type { OrganizationProfile } from '../../../db/schema';
import type { HandlerContext, HandlersOf } from '../types';

type OrganizationMethod = 'organization.profile.get' | 'organization.profile.versions' | 'organization.profile.save';

const ENTITY = 'organization.profile';

/** The day before an ISO date (the last day a version is in force before the next one starts). */
function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function toDto(row: OrganizationProfile, next: OrganizationProfile | undefined): OrganizationProfileDto {
  return {
    id: row.id,
    organizationId: row.organizationId,
    validFrom: row.validFrom,
    validTo: next ? dayBefore(next.validFrom) : null,
    name: row.name,
    parentLine: row.parentLine,
    abbreviation: row.abbreviation,
    placeName: row.placeName,
    address: row.address,
    phone: row.phone,
    email: row.email,
    signers: row.signers.map((signer) => ({ fullName: signer.fullName, title: signer.title, authority: signer.authority ?? '' })),
    updatedAt: row.updatedAt,
  };
}

function organizationIdOf(context: HandlerContext): string {
  return ensureOrganization(context.db, context.newId, context.now().toISOString());
}

function versionsOf(context: HandlerContext): OrganizationProfileDto[] {
  const rows = listProfileVersions(context.db, organizationIdOf(context));
  return rows.map((row, index) => toDto(row, rows[index + 1]));
}

export const organizationHandlers: HandlersOf<OrganizationMethod> = {
  'organization.profile.get': (input, context) => {
    const asOf = input.asOf ?? todayInVietnam(context.now());
    const row = getProfileAt(context.db, organizationIdOf(context), asOf);
    return row ? (versionsOf(context).find((version) => version.id === row.id) ?? null) : null;
  },
  'organization.profile.versions': (_input, context) => versionsOf(context),
  'organization.profile.save': (input, context) => {
    const now = context.now().toISOString();
    const saved = saveProfileVersion(context.db, {
      id: context.newId(),
      organizationId: organizationIdOf(context),
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    context.changed(ENTITY, [saved.id]);
    const dto = versionsOf(context).find((version) => version.id === saved.id);
    if (!dto) throw new AppError('INTERNAL');
    return dto;
  },
};
