import type { HandlersOf } from '../types';
import { exportMembers } from './member-export';

export const membersExcelHandlers: HandlersOf<'members.export'> = {
  'members.export': (input, context) => ({ jobId: context.startJob((job) => exportMembers(context, job, input)) }),
};
