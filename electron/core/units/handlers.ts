import { listMappings } from '../../../db/repositories/admin-unit-mappings';
import type { HandlersOf } from '../types';
import { flagDtos, removeFlag, saveFlag } from './flags';
import { mappingDtos } from './mapping-dto';
import { exportFlags, exportUnits } from './unit-export';
import { searchUnits, unitHistory, unitTree } from './unit-queries';

type UnitsMethod =
  | 'units.tree'
  | 'units.search'
  | 'units.history'
  | 'units.export'
  | 'units.flags.list'
  | 'units.flags.save'
  | 'units.flags.delete'
  | 'units.flags.export'
  | 'units.mappings.list';

export const unitsHandlers: HandlersOf<UnitsMethod> = {
  'units.tree': (input, context) => unitTree(context, input),
  'units.search': (input, context) => searchUnits(context, input),
  'units.history': (input, context) => unitHistory(context, input.code),
  'units.export': (input, context) => exportUnits(context, input),
  'units.flags.list': (input, context) => flagDtos(context.db, input),
  'units.flags.save': (input, context) => saveFlag(context, input),
  'units.flags.delete': (input, context) => removeFlag(context, input.id),
  'units.flags.export': (input, context) => exportFlags(context, input),
  'units.mappings.list': (input, context) => mappingDtos(context.db, listMappings(context.db, input.code)),
};
