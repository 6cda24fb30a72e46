import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { MEMBERS_LIST_SPEC } from '../../../../shared/schemas/member-list-spec';
import type { ImportCommitResult, ImportCounts, ImportReadResult } from '../../../../shared/schemas/lists';
import { useApi } from '../../api/context';
import { ChooseFileStep, FinishedStep, ImportStepper } from '../../components/import/ImportWizard';
import { MappingStep } from '../../components/import/MappingStep';
import { PreviewStep } from '../../components/import/PreviewStep';
import { SheetPicker } from '../../components/import/SheetPicker';
import { importText } from '../../components/import/strings';
import { useImportRead, type ImportRead } from '../../components/import/use-import-read';
import { membersExcelText as text } from './strings';
import { UnknownBranches } from './UnknownBranches';
import { useMembersCheck, type MembersCheck } from './use-members-check';

const spec = MEMBERS_LIST_SPEC;

/** "x dòng hợp lệ · y dòng lỗi · z dòng trùng" (and the skipped totals rows, if any). */
export function membersHeadline(counts: ImportCounts): string {
  const parts = [text.headline.good(formatNumber(counts.good)), text.headline.rejected(formatNumber(counts.rejected)), text.headline.duplicate(formatNumber(counts.duplicate))];
  if (counts.skipped > 0) parts.push(text.headline.skipped(formatNumber(counts.skipped)));
  return parts.join(' · ');
}

/**
 * The generic import wizard for members, with one more thing between the check and the commit:
 * branch names of the file that are not in the list are mapped once to an existing branch, or
 * created as new branches.
 */
export function MembersImportWizard({ onClose }: { onClose(): void }) {
  const api = useApi();
  const reading = useImportRead('members');
  const { read } = reading;
  const check = useMembersCheck();
  const { preview } = check;
  const [committed, setCommitted] = useState<ImportCommitResult | null>(null);
  const step = committed ? 3 : preview ? 2 : read ? 1 : 0;

  const close = () => {
    if (read && !committed) void api.call('lists.import.discard', { importId: read.importId }).catch(() => undefined);
    onClose();
  };
  const done = (result: ImportCommitResult) => {
    setCommitted(result);
    notifications.show({ color: 'green', message: importText.committedToast(formatNumber(result.written)) });
  };

  return (
    <Modal opened onClose={close} title={spec.title} size={1000} closeOnClickOutside={false}>
      <ImportStepper step={step} />
      {step === 0 ? <ChooseFileStep spec={spec} readJob={reading.readJob} failure={reading.failure} onChoose={() => void reading.chooseFile()} onCancel={close} /> : null}
      {step === 1 && read ? <MembersMappingStep reading={reading} read={read} check={check} onCancel={close} /> : null}
      {step === 2 && preview && read ? (
        <Stack>
          <UnknownBranches key={check.previewJob} preview={preview} options={check.options} busy={check.busy} failure={check.failure} onRecheck={(options) => void check.recheck(read, options)} />
          <PreviewStep preview={preview} headline={membersHeadline(preview.counts)} checking={check.busy} onBack={check.back} onCancel={close} onCommitted={done} />
        </Stack>
      ) : null}
      {step === 3 && committed ? <FinishedStep result={committed} onClose={onClose} /> : null}
    </Modal>
  );
}

/** The sheet (locked while the data is checked; picking another forgets the last check and the branch choices) and the column mapping. */
function MembersMappingStep({ reading, read, check, onCancel }: { reading: ImportRead; read: ImportReadResult; check: MembersCheck; onCancel(): void }) {
  const pickSheet = (name: string) => {
    check.forget();
    void reading.pickSheet(name);
  };
  return (
    <Stack>
      <SheetPicker read={read} pending={reading.pendingSheet} autoSheet={reading.autoSheet} checking={check.busy} failure={reading.failure} onPick={pickSheet} />
      <MappingStep key={read.importId} read={read} spec={spec} validateJob={check.validateJob} onValidate={check.validated} onCancel={onCancel} carriedOptions={check.options} />
    </Stack>
  );
}
