import { Alert, Button, Group, List, Modal, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { MEMBERS_LIST_SPEC } from '../../../../shared/schemas/member-list-spec';
import { importPreview, importReadResult, type ImportCommitResult, type ImportReadResult } from '../../../../shared/schemas/lists';
import { useApi, useJobState } from '../../api/context';
import { errorMessage } from '../../components/import/ImportWizard';
import { MappingStep } from '../../components/import/MappingStep';
import { PreviewStep } from '../../components/import/PreviewStep';
import { importText } from '../../components/import/strings';
import { JobProgress } from '../../components/JobProgress';
import { UnknownBranches } from './UnknownBranches';

const spec = MEMBERS_LIST_SPEC;

/**
 * The generic import wizard for members, with one more thing between the check and the commit:
 * branch names of the file that are not in the list are mapped once to an existing branch.
 */
export function MembersImportWizard({ onClose }: { onClose(): void }) {
  const api = useApi();
  const [readJob, setReadJob] = useState<string | null>(null);
  const [validateJob, setValidateJob] = useState<string | null>(null);
  const [branchOptions, setBranchOptions] = useState<Record<string, string>>({});
  const [committed, setCommitted] = useState<ImportCommitResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const readState = useJobState(readJob);
  const validateState = useJobState(validateJob);
  const read = readState?.status === 'succeeded' ? (importReadResult.safeParse(readState.result).data ?? null) : null;
  const preview = validateState?.status === 'succeeded' ? (importPreview.safeParse(validateState.result).data ?? null) : null;
  const step = committed ? 3 : preview ? 2 : read ? 1 : 0;

  const chooseFile = async () => {
    setFailure(null);
    try {
      const file = await api.transport.openFile({ accept: ['.xlsx'] });
      if (file) setReadJob((await api.call('lists.import.read', { listType: 'members', fileToken: file.token })).jobId);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  const recheck = async (current: ImportReadResult, options: Record<string, string>) => {
    setFailure(null);
    setBranchOptions(options);
    try {
      setValidateJob((await api.call('lists.import.validate', { importId: current.importId, mapping: current.mapping, options })).jobId);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
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
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={importText.steps.file} />
        <Stepper.Step label={importText.steps.mapping} />
        <Stepper.Step label={importText.steps.preview} />
        <Stepper.Step label={importText.steps.done} />
      </Stepper>
      {failure ? <Alert color="red" role="alert" mb="sm">{failure}</Alert> : null}
      {step === 0 ? <ChooseFile readJob={readJob} onChoose={() => void chooseFile()} onCancel={close} /> : null}
      {step === 1 && read ? <MappingStep key={read.importId} read={read} spec={spec} validateJob={validateJob} onValidate={setValidateJob} onCancel={close} /> : null}
      {step === 2 && preview && read ? (
        <Stack>
          <UnknownBranches key={preview.importId + String(validateJob)} preview={preview} options={branchOptions} busy={false} onRecheck={(options) => void recheck(read, options)} />
          <PreviewStep preview={preview} onBack={() => setValidateJob(null)} onCancel={close} onCommitted={done} />
        </Stack>
      ) : null}
      {step === 3 && committed ? <Finished result={committed} onClose={onClose} /> : null}
    </Modal>
  );
}

function ChooseFile({ readJob, onChoose, onCancel }: { readJob: string | null; onChoose(): void; onCancel(): void }) {
  return (
    <Stack>
      <Text size="sm">{importText.columnsIntro}</Text>
      <List size="sm" spacing={2}>
        {spec.columns.map((column) => <List.Item key={column.key}>{column.label}{column.required ? ' *' : ''}</List.Item>)}
      </List>
      {readJob ? <JobProgress jobId={readJob} title={importText.reading} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{importText.cancel}</Button>
        <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={onChoose} data-autofocus>{importText.choose}</Button>
      </Group>
    </Stack>
  );
}

function Finished({ result, onClose }: { result: ImportCommitResult; onClose(): void }) {
  return (
    <Stack>
      <Alert color="green" title={importText.committed} role="status">
        <List size="sm">
          {result.summary.map((line) => <List.Item key={line.label}>{line.label}: {formatNumber(line.count)}</List.Item>)}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>{importText.close}</Button>
      </Group>
    </Stack>
  );
}
