import { z } from 'zod';
import { accountDto, accountFields, auditEntryDto, auditFilter, newPassword, passwordPair, sessionInfo, typedPassword, username } from '../schemas/accounts';
import { emptyInput, recordId } from '../schemas/common';
import { organizationProfileFields } from '../schemas/organization';
import { command, query } from './define';

const recoveryCode = z.string().trim().min(1, { message: 'Hãy nhập mã khôi phục.' }).max(64);

export const setupContract = {
  /** First-run: answers only while no account exists (then CONFLICT). */
  'setup.status': query(emptyInput, z.object({ needsSetup: z.literal(true) })),
  /** First-run: the organisation profile and the first administrator; returns the recovery code once. */
  'setup.complete': command(
    z.object({
      profile: organizationProfileFields,
      admin: passwordPair({ username, displayName: accountFields.shape.displayName }),
    }),
    z.object({ session: sessionInfo, recoveryCode: z.string() }),
  ),
};

export const authContract = {
  'auth.login': command(z.object({ username, password: typedPassword }), sessionInfo),
  /** Resets a forgotten administrator password with the recovery code; returns a new code. */
  'auth.recover': command(
    passwordPair({ username, recoveryCode }),
    z.object({ session: sessionInfo, recoveryCode: z.string() }),
  ),
  'auth.me': query(emptyInput, sessionInfo),
  'auth.logout': command(emptyInput, z.object({ loggedOut: z.literal(true) })),
  /** The renderer locks after the idle time; the session refuses everything but unlock until then. */
  'auth.lock': command(emptyInput, sessionInfo),
  'auth.unlock': command(z.object({ password: typedPassword }), sessionInfo),
  /** Tells the core the user is active (throttled by the renderer), so the session does not lock. */
  'auth.touch': command(emptyInput, z.object({ ok: z.literal(true) })),
  'auth.changePassword': command(passwordPair({ currentPassword: typedPassword }), sessionInfo),
};

export const accountsContract = {
  'accounts.list': query(emptyInput, z.array(accountDto)),
  'accounts.create': command(accountFields.extend({ temporaryPassword: newPassword }), accountDto),
  'accounts.update': command(z.object({ id: recordId, displayName: accountFields.shape.displayName, role: accountFields.shape.role }), accountDto),
  'accounts.setDisabled': command(z.object({ id: recordId, disabled: z.boolean() }), accountDto),
  'accounts.resetPassword': command(z.object({ id: recordId, temporaryPassword: newPassword }), accountDto),
};

export const securitySettings = z.object({ idleLockMinutes: z.number().int().min(1, { message: 'Tối thiểu 1 phút.' }).max(240, { message: 'Tối đa 240 phút.' }) });

export const auditContract = {
  'audit.list': query(auditFilter, z.object({ entries: z.array(auditEntryDto), accounts: z.array(z.object({ id: z.string(), displayName: z.string() })) })),
  /** Recomputes the chain; names the first broken link. */
  'audit.verify': query(
    emptyInput,
    z.object({ ok: z.boolean(), rows: z.number().int(), brokenAt: z.number().int().nullable(), problem: z.string().nullable() }),
  ),
  'settings.security.get': query(emptyInput, securitySettings),
  'settings.security.save': command(securitySettings, securitySettings),
};
