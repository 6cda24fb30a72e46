import { z } from 'zod';
import { auditFilter } from '../schemas/accounts';
import { isoDate, recordId } from '../schemas/common';
import { deleted, savedFile } from '../schemas/lists';
import {
  flagDto,
  flagFields,
  flagListInput,
  mappingDto,
  unitCode,
  unitHistory,
  unitOption,
  unitSearchInput,
  unitTreeInput,
  unitTreeOutput,
} from '../schemas/units';
import { command, query } from './define';

export const unitsContract = {
  /** The units valid on a date (today in Vietnam when omitted), optionally narrowed by a search. */
  'units.tree': query(unitTreeInput, unitTreeOutput),
  /** Accent-insensitive search for pickers, with each unit's ancestors in `path`. */
  'units.search': query(unitSearchInput, z.array(unitOption)),
  /** Every version of a code, its flags, and the reorganisations it took part in. */
  'units.history': query(z.object({ code: unitCode }), unitHistory),
  /** The communes valid on a date in the statistics office's layout, as .xlsx. */
  'units.export': command(z.object({ asOf: isoDate.optional() }), savedFile),
  'units.flags.list': query(flagListInput, z.array(flagDto)),
  /** Adds a flag, or changes the one with `id`. */
  'units.flags.save': command(flagFields.extend({ id: recordId.optional() }), flagDto),
  'units.flags.delete': command(z.object({ id: recordId }), deleted),
  'units.flags.export': command(flagListInput, savedFile),
  'units.mappings.list': query(z.object({ code: unitCode.optional() }), z.array(mappingDto)),
  /** The audit trail with the screen's filters, as .xlsx (Quản trị only, like the screen). */
  'audit.export': command(auditFilter.omit({ limit: true, beforeSeq: true }), savedFile),
};
