import { formatDate } from '../../../../shared/format';
import { emptyBranchDetails, type BranchDto, type BranchFormValues } from '../../../../shared/schemas/branches';

/** The form's values; the kind is '' until chosen (the schema then says so in Vietnamese). */
export type BranchFormState = Omit<BranchFormValues, 'kind'> & { kind: string };

export const EMPTY_BRANCH: BranchFormState = {
  name: '',
  kind: '',
  parentId: null,
  unitCode: '',
  foundedOn: '',
  foundingDecisionDate: '',
  ...emptyBranchDetails,
};

export function formStateOf(branch: BranchDto): BranchFormState {
  return {
    name: branch.name,
    kind: branch.kind,
    parentId: branch.parentId,
    unitCode: branch.unitCode,
    foundedOn: formatDate(branch.foundedOn),
    foundingDecisionNo: branch.foundingDecisionNo,
    foundingDecisionDate: branch.foundingDecisionDate ? formatDate(branch.foundingDecisionDate) : '',
    leaderName: branch.leaderName,
    leaderTitle: branch.leaderTitle,
    phone: branch.phone,
    email: branch.email,
    address: branch.address,
    notes: branch.notes,
  };
}
