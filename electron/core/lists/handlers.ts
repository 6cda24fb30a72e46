import type { HandlersOf } from '../types';
import { exportAudit } from './audit-export';
import { commitImport, discardImport, prepareValidation, validateImport } from './import-service';
import { readImport } from './read-import';
import { importerOf } from './importers';
import { offerRejectedRows } from './rejected-rows';

type ListsMethod = 'lists.import.read' | 'lists.import.validate' | 'lists.import.commit' | 'lists.import.rejected' | 'lists.import.discard' | 'audit.export';

export const listsHandlers: HandlersOf<ListsMethod> = {
  'lists.import.read': (input, context) => ({ jobId: context.startJob((job) => readImport(context, job, input)) }),
  'lists.import.validate': (input, context) => {
    const prepared = prepareValidation(context, importerOf, input);
    return { jobId: context.startJob((job) => validateImport(job, prepared)) };
  },
  'lists.import.commit': (input, context) => commitImport(context, importerOf, input),
  'lists.import.rejected': (input, context) => offerRejectedRows(context, input.importId),
  'lists.import.discard': (input, context) => {
    discardImport(context, input.importId);
    return { discarded: true };
  },
  'audit.export': (input, context) => exportAudit(context, input),
};
