import { jobStarted } from '../schemas/common';
import { discarded, importCommitInput, importCommitResult, importReadInput, importRef, importValidateInput, savedFile } from '../schemas/lists';
import { command, job } from './define';

/**
 * The generic import pipeline (electron/core/lists): read a sheet (job), validate it with a
 * column mapping (job), then commit the good rows in one transaction or discard everything.
 */
export const listsContract = {
  /** Job; result: ImportReadResult (header row, headers, auto-detected or remembered mapping). */
  'lists.import.read': job(importReadInput, jobStarted),
  /** Job; result: ImportPreview (counts, summary of changes, rows with Vietnamese errors). */
  'lists.import.validate': job(importValidateInput, jobStarted),
  'lists.import.commit': command(importCommitInput, importCommitResult),
  /** The rejected rows as .xlsx with an error column. */
  'lists.import.rejected': command(importRef, savedFile),
  'lists.import.discard': command(importRef, discarded),
};
