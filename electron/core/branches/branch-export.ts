import type { Branch } from '../../../db/schema';
import { allBranches } from '../../../db/repositories/branches';
import { BRANCH_KIND_LABELS } from '../../../shared/schemas/organization-kinds';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import type { SavedFile } from '../../../shared/schemas/lists';
import { offerWorkbook } from '../lists/export-file';
import type { ExportColumn } from '../lists/workbook-writer';
import type { HandlerContext } from '../types';
import { branchFacts } from './branch-facts';
import { filteredBranches, type ParsedFilter } from './branch-queries';

interface Line {
  branch: Branch;
  parentName: string;
  difficult: boolean;
}

const label = (key: string) => LIST_SPECS.branches.columns.find((column) => column.key === key)?.label ?? key;

/** The importable columns first (same headers as the import), then what only the app knows. */
const COLUMNS: ExportColumn<Line>[] = [
  { header: label('name'), kind: 'text', width: 36, value: (line) => line.branch.name },
  { header: label('kind'), kind: 'text', width: 26, value: (line) => BRANCH_KIND_LABELS[line.branch.kind] },
  { header: label('parentName'), kind: 'text', width: 30, value: (line) => line.parentName },
  { header: label('unitCode'), kind: 'code', value: (line) => line.branch.unitCode },
  { header: label('unitName'), kind: 'text', width: 24, value: (line) => line.branch.unitName },
  { header: label('foundedOn'), kind: 'date', value: (line) => line.branch.foundedOn },
  { header: label('foundingDecisionNo'), kind: 'text', width: 18, value: (line) => line.branch.foundingDecisionNo },
  { header: label('foundingDecisionDate'), kind: 'date', value: (line) => line.branch.foundingDecisionDate },
  { header: label('leaderName'), kind: 'text', width: 24, value: (line) => line.branch.leaderName },
  { header: label('leaderTitle'), kind: 'text', width: 18, value: (line) => line.branch.leaderTitle },
  { header: label('phone'), kind: 'phone', value: (line) => line.branch.phone },
  { header: label('email'), kind: 'text', width: 26, value: (line) => line.branch.email },
  { header: label('address'), kind: 'text', width: 30, value: (line) => line.branch.address },
  { header: label('notes'), kind: 'text', width: 30, value: (line) => line.branch.notes },
  { header: 'Ngày giải thể', kind: 'date', value: (line) => line.branch.dissolvedOn },
  { header: 'Lý do giải thể', kind: 'text', width: 30, value: (line) => line.branch.dissolutionReason },
  { header: 'Thành lập tại xã đặc biệt khó khăn', kind: 'text', width: 16, value: (line) => (line.difficult ? 'Có' : 'Không') },
];

/** The branches on screen (the list's filters) as .xlsx. */
export function exportBranches(context: HandlerContext, filter: ParsedFilter): Promise<SavedFile> {
  const { rows } = filteredBranches(context, filter);
  const names = new Map(allBranches(context.db).map((branch) => [branch.id, branch.name]));
  const lines = rows.map((branch) => ({
    branch,
    parentName: branch.parentId ? (names.get(branch.parentId) ?? '') : '',
    difficult: branchFacts(context.db, branch).foundedInDifficultCommune,
  }));
  return offerWorkbook(context, 'Danh sách tổ chức Hội', { name: 'Tổ chức Hội', columns: COLUMNS, rows: lines });
}
