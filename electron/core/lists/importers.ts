import type { ListType } from '../../../shared/schemas/list-specs';
import { branchImporter } from '../branches/branch-import';
import { memberImporter } from '../members-import/member-importer';
import { flagImporter } from '../units/flag-import';
import { mappingImporter } from '../units/mapping-import';
import { unitListImporter } from '../units/unit-list-import';
import type { ListImporter } from './importer';

/** Every list the pipeline can import; the members issue adds its own here. */
const IMPORTERS: Readonly<Record<ListType, ListImporter>> = {
  'admin-units': unitListImporter,
  'unit-flags': flagImporter,
  'unit-mappings': mappingImporter,
  branches: branchImporter,
  members: memberImporter,
};

export function importerOf(type: ListType): ListImporter {
  return IMPORTERS[type];
}
