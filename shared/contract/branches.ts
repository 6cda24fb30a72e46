import { z } from 'zod';
import {
  branchDto,
  branchFields,
  branchFilter,
  branchListOutput,
  branchTreeOutput,
  byUnitInput,
  byUnitOutput,
  dissolveInput,
  figuresInput,
  figuresOutput,
  historyEntry,
} from '../schemas/branches';
import { isoDate, recordId } from '../schemas/common';
import { deleted, savedFile } from '../schemas/lists';
import { command, query } from './define';

export const branchesContract = {
  /** The filtered list in Vietnamese order, searched without accents over stored keys. */
  'branches.list': query(branchFilter, branchListOutput),
  /** Every branch with its parent and counts of active sub-branches on `asOf`. */
  'branches.tree': query(z.object({ asOf: isoDate.optional() }), branchTreeOutput),
  'branches.get': query(z.object({ id: recordId }), branchDto),
  'branches.create': command(branchFields, branchDto),
  'branches.update': command(branchFields.extend({ id: recordId }), branchDto),
  /** Refuses with CONFLICT when active sub-branches remain and `subBranches` says nothing. */
  'branches.dissolve': command(dissolveInput, branchDto),
  /** Undoes a dissolution. */
  'branches.restore': command(z.object({ id: recordId }), branchDto),
  /** Only a branch without sub-branches (one entered by mistake). */
  'branches.delete': command(z.object({ id: recordId }), deleted),
  'branches.history': query(z.object({ id: recordId }), z.array(historyEntry)),
  /** The figures the reports ask for (programme 1). */
  'branches.figures': query(figuresInput, figuresOutput),
  /** Branches founded in a period grouped under the units valid on another date (mappings). */
  'branches.byUnit': query(byUnitInput, byUnitOutput),
  'branches.export': command(branchFilter, savedFile),
};
