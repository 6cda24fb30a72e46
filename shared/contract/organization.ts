import { z } from 'zod';
import { emptyInput, isoDate } from '../schemas/common';
import { organizationProfileDto, organizationProfileFields } from '../schemas/organization';
import { command, query } from './define';

export const organizationContract = {
  /** The profile version in force on `asOf` (today in Vietnam when omitted), or null before setup. */
  'organization.profile.get': query(z.object({ asOf: isoDate.optional() }), organizationProfileDto.nullable()),
  /** Every version, oldest first, each with the last day it is in force. */
  'organization.profile.versions': query(emptyInput, z.array(organizationProfileDto)),
  /** Saves the version that starts on `validFrom`: updates it if it exists, else adds a new one. */
  'organization.profile.save': command(organizationProfileFields, organizationProfileDto),
};
