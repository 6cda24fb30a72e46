import { todayInVietnam } from '../../../shared/format';
import type { HandlersOf } from '../types';
import { toBranchDto } from './branch-dto';
import { exportBranches } from './branch-export';
import { branchHistory, branchTree, listBranches } from './branch-queries';
import { createBranch, editBranch, removeBranch, requireBranch, restoreBranch } from './branch-service';
import { dissolveBranch } from './dissolve';
import { branchFigures, foundedByUnitOn } from './figures';

type BranchesMethod =
  | 'branches.list'
  | 'branches.tree'
  | 'branches.get'
  | 'branches.create'
  | 'branches.update'
  | 'branches.dissolve'
  | 'branches.restore'
  | 'branches.delete'
  | 'branches.history'
  | 'branches.figures'
  | 'branches.byUnit'
  | 'branches.export';

export const branchesHandlers: HandlersOf<BranchesMethod> = {
  'branches.list': (input, context) => listBranches(context, input),
  'branches.tree': (input, context) => branchTree(context, input.asOf),
  'branches.get': (input, context) => toBranchDto(context.db, requireBranch(context, input.id), todayInVietnam(context.now())),
  'branches.create': (input, context) => createBranch(context, input),
  'branches.update': (input, context) => {
    const { id, ...values } = input;
    return editBranch(context, id, values);
  },
  'branches.dissolve': (input, context) => dissolveBranch(context, input),
  'branches.restore': (input, context) => restoreBranch(context, input.id),
  'branches.delete': (input, context) => removeBranch(context, input.id),
  'branches.history': (input, context) => branchHistory(context, input.id),
  'branches.figures': (input, context) => branchFigures(context.db, input.from, input.to, input.asOf ?? input.to),
  'branches.byUnit': (input, context) => foundedByUnitOn(context.db, input.from, input.to, input.groupAt),
  'branches.export': (input, context) => exportBranches(context, input),
};
