import { describeAuditDetail } from '../../../../shared/i18n/audit-labels';

/** The audit row's detail as Vietnamese text: the one description the screen and the export share. */
export function describeDetail(detail: string | null): string {
  return describeAuditDetail(detail);
}
