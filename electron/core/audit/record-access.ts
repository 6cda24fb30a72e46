import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';

/** Records whose every opening is written to the audit trail: a child's identity and case content. */
export type SensitiveEntity = 'children' | 'cases';

/**
 * The hook the case book calls every time it shows a child's record or a case (issue 4): who
 * opened which record, when — never what it contains. In the caller's transaction if one is open.
 */
export function recordOpened(context: HandlerContext, entity: SensitiveEntity, recordId: string): void {
  context.audit.record({ action: 'record.opened', entity, recordId, ...actor(context) });
}
