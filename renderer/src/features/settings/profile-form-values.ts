import { formatDate } from '../../../../shared/format';
import type { OrganizationProfileDto, OrganizationProfileFormValues } from '../../../../shared/schemas/organization';

export type ProfileFormState = Required<OrganizationProfileFormValues> & {
  signers: { fullName: string; title: string; authority: string }[];
};

export const EMPTY_SIGNER = { fullName: '', title: '', authority: '' };

export const EMPTY_PROFILE: ProfileFormState = {
  validFrom: '',
  name: '',
  parentLine: '',
  abbreviation: '',
  placeName: '',
  address: '',
  phone: '',
  email: '',
  signers: [{ ...EMPTY_SIGNER }],
};

/** The form's text values for a stored version; `asNewVersion` blanks the start date. */
export function formStateOf(version: OrganizationProfileDto, asNewVersion = false): ProfileFormState {
  return {
    validFrom: asNewVersion ? '' : formatDate(version.validFrom),
    name: version.name,
    parentLine: version.parentLine,
    abbreviation: version.abbreviation,
    placeName: version.placeName,
    address: version.address,
    phone: version.phone,
    email: version.email,
    signers: version.signers.map((signer) => ({ ...signer })),
  };
}

/** The version in force on `today`, else the earliest one. */
export function versionInForce(versions: OrganizationProfileDto[], today: string): OrganizationProfileDto | undefined {
  return versions.find((v) => v.validFrom <= today && (v.validTo === null || today <= v.validTo)) ?? versions[0];
}
