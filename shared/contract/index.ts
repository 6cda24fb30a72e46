import type { z } from 'zod';
import type { MethodDefinition } from './define';
import { accountsContract, auditContract, authContract, setupContract } from './auth';
import { backupContract, setupRestoreContract } from './backup';
import { branchesContract } from './branches';
import { listsContract } from './lists';
import { membersContract } from './members';
import { membersExcelContract } from './members-excel';
import { organizationContract } from './organization';
import { jobsContract, systemContract } from './system';
import { unitsContract } from './units';

/** Every call the UI can make, grouped by domain. Method names are `domain.verb`. */
export const contract = {
  ...systemContract,
  ...jobsContract,
  ...organizationContract,
  ...setupContract,
  ...authContract,
  ...accountsContract,
  ...auditContract,
  ...unitsContract,
  ...branchesContract,
  ...listsContract,
  ...backupContract,
  ...setupRestoreContract,
  ...membersContract,
  ...membersExcelContract,
} satisfies Record<string, MethodDefinition>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller sends (before the schema's transforms). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export type { MethodDefinition } from './define';
