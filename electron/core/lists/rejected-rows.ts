import { AppError } from '../../../shared/errors';
import type { SavedFile } from '../../../shared/schemas/lists';
import type { HandlerContext } from '../types';
import { offerWorkbook } from './export-file';
import { importStoreOf } from './import-store';
import type { RawCell, SheetRow } from './sheet';
import type { ExportColumn, ExportValue } from './workbook-writer';

interface RejectedRow {
  row: SheetRow;
  errors: string[];
}

function original(cell: RawCell | null | undefined): ExportValue {
  if (!cell) return null;
  return cell.date ? { date: cell.date } : cell.text;
}

/**
 * The rows the last check refused, as .xlsx: the file's own columns (so the corrected file can
 * be imported again), then the row's number in the original file and the errors.
 */
export async function offerRejectedRows(context: HandlerContext, importId: string): Promise<SavedFile> {
  const session = importStoreOf(context).get(importId, context.session?.accountId ?? null, context.now().getTime());
  const validated = session.validated;
  if (!validated) throw new AppError('CONFLICT', 'Hãy kiểm tra dữ liệu trước khi tải các dòng lỗi.');
  const rejected: RejectedRow[] = session.dataRows.flatMap((row, index) => {
    const errors = validated.rowErrors[index] ?? [];
    return errors.length > 0 ? [{ row, errors }] : [];
  });
  if (rejected.length === 0) throw new AppError('CONFLICT', 'Không có dòng lỗi nào.');
  const width = Math.max(0, ...session.headers.map((header) => header.index + 1));
  const columns: ExportColumn<RejectedRow>[] = Array.from({ length: width }, (_unused, index) => ({
    header: session.headers.find((header) => header.index === index)?.text ?? '',
    kind: 'text' as const,
    value: (item: RejectedRow) => original(item.row.cells[index]),
  }));
  columns.push({ header: 'Dòng trong tệp gốc', kind: 'number', width: 10, value: (item) => item.row.rowNumber });
  columns.push({ header: 'Lỗi', kind: 'text', width: 60, value: (item) => item.errors.join(' ') });
  const baseName = session.fileName.replace(/\.xlsx$/i, '');
  return offerWorkbook(context, `${baseName} - các dòng lỗi`, { name: 'Các dòng lỗi', columns, rows: rejected });
}
