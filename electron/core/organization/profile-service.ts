import { ensureOrganization, listProfileVersions, saveProfileVersion } from '../../../db/repositories/organization';
import type { OrganizationProfile } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { OrganizationProfileDto, OrganizationProfileValues } from '../../../shared/schemas/organization';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import type { HandlerContext } from '../types';

export const PROFILE_ENTITY = 'organization.profile';

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

export function organizationIdOf(context: HandlerContext): string {
  return ensureOrganization(context.db, context.newId, context.now().toISOString());
}

export function profileVersions(context: HandlerContext): OrganizationProfileDto[] {
  const rows = listProfileVersions(context.db, organizationIdOf(context));
  return rows.map((row, index) => toDto(row, rows[index + 1]));
}

/** Saves a version (new, or the one starting that day) with its audit row, in one transaction. */
export function saveProfile(context: HandlerContext, input: OrganizationProfileValues): OrganizationProfileDto {
  const now = context.now().toISOString();
  const organizationId = organizationIdOf(context);
  const saved = context.transaction(() => {
    const before = listProfileVersions(context.db, organizationId).find((row) => row.validFrom === input.validFrom);
    const row = saveProfileVersion(context.db, { id: context.newId(), organizationId, ...input, createdAt: now, updatedAt: now });
    const detail = describeChange(PROFILE_ENTITY, before, { ...input });
    context.audit.record({ action: 'write', entity: PROFILE_ENTITY, recordId: row.id, detail, ...actor(context) });
    return row;
  });
  context.changed(PROFILE_ENTITY, [saved.id]);
  const dto = profileVersions(context).find((version) => version.id === saved.id);
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}
