import { queryAudit } from '../../../db/repositories/audit';
import type { AuditRow } from '../../../db/schema';
import { startOfDayVietnam } from '../../../shared/format';
import { auditActionLabel, auditEntityLabel, describeAuditDetail } from '../../../shared/i18n/audit-labels';
import type { SavedFile } from '../../../shared/schemas/lists';
import type { HandlerContext } from '../types';
import { offerWorkbook } from './export-file';
import type { ExportColumn } from './workbook-writer';

/** Far more rows than an office writes in years; the export is one file. */
const MAX_ROWS = 100_000;

const COLUMNS: ExportColumn<AuditRow>[] = [
  { header: 'Số thứ tự', kind: 'number', width: 10, value: (row) => row.seq },
  { header: 'Thời gian', kind: 'instant', value: (row) => row.createdAt },
  { header: 'Người thực hiện', kind: 'text', width: 24, value: (row) => row.accountName ?? 'Hệ thống' },
  { header: 'Hành động', kind: 'text', width: 22, value: (row) => auditActionLabel(row.action) },
  { header: 'Đối tượng', kind: 'text', width: 20, value: (row) => auditEntityLabel(row.entity) },
  { header: 'Chi tiết', kind: 'text', width: 80, value: (row) => describeAuditDetail(row.detail) },
];

export interface AuditExportFilter {
  accountId?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The audit trail with the screen's filters, newest first, as .xlsx. */
export function exportAudit(context: HandlerContext, filter: AuditExportFilter): Promise<SavedFile> {
  const rows = queryAudit(context.db, {
    accountId: filter.accountId,
    entity: filter.entity,
    fromInstant: filter.from ? startOfDayVietnam(filter.from).toISOString() : undefined,
    toInstant: filter.to ? new Date(startOfDayVietnam(filter.to).getTime() + 86_400_000 - 1).toISOString() : undefined,
    limit: MAX_ROWS,
  });
  return offerWorkbook(context, 'Nhật ký', { name: 'Nhật ký', columns: COLUMNS, rows });
}
