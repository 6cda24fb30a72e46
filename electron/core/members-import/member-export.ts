import { memberById } from '../../../db/repositories/members';
import type { Member } from '../../../db/schema';
import { ETHNICITIES } from '../../../shared/data/ethnicities';
import { GENDER_LABELS, MEMBER_TYPE_LABELS } from '../../../shared/schemas/members';
import type { ParsedMemberFilter } from '../../../shared/schemas/member-lists';
import { MEMBERS_LIST_SPEC } from '../../../shared/schemas/member-list-spec';
import type { SavedFile } from '../../../shared/schemas/lists';
import { actor } from '../accounts/account-dto';
import type { JobContext } from '../jobs';
import { offerWorkbook } from '../lists/export-file';
import type { ExportColumn, ExportValue } from '../lists/workbook-writer';
import { MEMBERS_ENTITY } from '../members/member-facts';
import { listMembers } from '../members/member-list';
import type { HandlerContext } from '../types';

export interface ExportLine {
  /** 1-based, for the STT column. */
  position: number;
  member: Member;
  branchName: string;
}

const PAGE = 200;
const ETHNICITY_NAMES: ReadonlyMap<string, string> = new Map(ETHNICITIES.map((item) => [item.code, item.name]));
const label = (key: string) => MEMBERS_LIST_SPEC.columns.find((column) => column.key === key)?.label ?? key;
const STAGES = { reading: 'Đang lấy danh sách hội viên', writing: 'Đang ghi tệp Excel' };

function birthValue(member: Member): ExportValue {
  if (!member.birthDate) return null;
  return member.birthPrecision === 'year' ? member.birthDate.slice(0, 4) : { date: member.birthDate };
}

/** The importable columns first (the import's own headers), then what only the app knows. */
const COLUMNS: Omit<ExportColumn<ExportLine>, 'width'>[] = [
  { header: 'STT', kind: 'number', value: (line) => line.position },
  { header: label('fullName'), kind: 'text', value: (line) => line.member.fullName },
  { header: label('gender'), kind: 'text', value: (line) => (line.member.gender ? GENDER_LABELS[line.member.gender] : '') },
  { header: label('birth'), kind: 'text', value: (line) => birthValue(line.member) },
  { header: label('ethnicity'), kind: 'text', value: (line) => ETHNICITY_NAMES.get(line.member.ethnicity ?? '') ?? '' },
  { header: label('phone'), kind: 'phone', value: (line) => line.member.phone },
  { header: label('email'), kind: 'text', value: (line) => line.member.email },
  { header: label('address'), kind: 'text', value: (line) => line.member.address },
  { header: label('branch'), kind: 'text', value: (line) => line.branchName },
  { header: label('joinedOn'), kind: 'date', value: (line) => line.member.joinedOn },
  { header: label('cardNumber'), kind: 'text', value: (line) => line.member.cardNumber },
  { header: label('occupation'), kind: 'text', value: (line) => line.member.occupation },
  { header: label('memberType'), kind: 'text', value: (line) => MEMBER_TYPE_LABELS[line.member.memberType] },
  { header: label('notes'), kind: 'text', value: (line) => line.member.notes },
  { header: 'Ngày thôi sinh hoạt', kind: 'date', value: (line) => line.member.leftOn },
  { header: 'Lý do thôi sinh hoạt', kind: 'text', value: (line) => line.member.leftReason },
];

/** A width that fits the header and the longest value (dates 12), within 8–50 characters. */
function fitted(column: Omit<ExportColumn<ExportLine>, 'width'>, lines: readonly ExportLine[]): ExportColumn<ExportLine> {
  if (column.kind === 'date') return { ...column, width: 12 };
  let longest = Math.max(...column.header.split(' ').map((word) => word.length), Math.ceil(column.header.length / 2));
  for (const line of lines) {
    const value = column.value(line);
    const text = value === null ? '' : typeof value === 'object' ? '00/00/0000' : String(value);
    longest = Math.max(longest, text.length);
  }
  return { ...column, width: Math.min(50, Math.max(8, longest + 2)) };
}

async function collect(context: HandlerContext, job: JobContext, filter: ParsedMemberFilter): Promise<ExportLine[]> {
  const lines: ExportLine[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listMembers(context, { ...filter, offset, limit: PAGE });
    for (const item of page.items) {
      const member = memberById(context.db, item.id);
      if (member) lines.push({ position: lines.length + 1, member, branchName: item.branchName });
    }
    job.report(lines.length, Math.max(page.total, lines.length), STAGES.reading);
    await job.checkpoint();
    if (page.items.length < PAGE) return lines;
  }
}

/** Job: the members list with the screen's filters as .xlsx; the export is audited. */
export async function exportMembers(context: HandlerContext, job: JobContext, filter: ParsedMemberFilter): Promise<SavedFile> {
  const lines = await collect(context, job, filter);
  job.report(lines.length, lines.length, STAGES.writing);
  const columns = COLUMNS.map((column) => fitted(column, lines));
  const saved = await offerWorkbook(context, 'Danh sách hội viên', { name: 'Hội viên', columns, rows: lines });
  const detail = { rows: lines.length, filter: Object.keys(filter).filter((key) => filter[key as keyof ParsedMemberFilter] !== undefined) };
  context.audit.record({ action: 'export', entity: MEMBERS_ENTITY, recordId: null, detail, ...actor(context) });
  return saved;
}
