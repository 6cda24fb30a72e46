import { jobStarted } from '../schemas/common';
import { memberFilter } from '../schemas/member-lists';
import { job } from './define';

/**
 * Members in and out of Excel (issue 7). The import goes through the generic pipeline
 * (`lists.import.*` with listType "members"); the export is its own job.
 */
export const membersExcelContract = {
  /** Job; result: SavedFile — the members list with the screen's filters as .xlsx. */
  'members.export': job(memberFilter, jobStarted),
};
