import { getProfileAt } from '../../../db/repositories/organization';
import { todayInVietnam } from '../../../shared/format';
import type { HandlersOf } from '../types';
import { organizationIdOf, profileVersions, saveProfile } from './profile-service';

type OrganizationMethod = 'organization.profile.get' | 'organization.profile.versions' | 'organization.profile.save';

export const organizationHandlers: HandlersOf<OrganizationMethod> = {
  'organization.profile.get': (input, context) => {
    const asOf = input.asOf ?? todayInVietnam(context.now());
    const row = getProfileAt(context.db, organizationIdOf(context), asOf);
    return row ? (profileVersions(context).find((version) => version.id === row.id) ?? null) : null;
  },
  'organization.profile.versions': (_input, context) => profileVersions(context),
  'organization.profile.save': (input, context) => saveProfile(context, input),
};
