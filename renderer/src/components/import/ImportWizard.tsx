import { Alert, Button, Group, List, Modal, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { LIST_SPECS, type ListSpec, type ListType } from '../../../../shared/schemas/list-specs';
import { importPreview, importReadResult, type ImportCommitResult } from '../../../../shared/schemas/lists';
import { ApiError } from '../../api/client';
import { useApi, useJobState } from '../../api/context';
import { JobProgress } from '../JobProgress';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { importText as text } from './strings';

/**
 * The one way every list is imported from Excel (issue 5 §7): choose a file (read as a job), check
 * the column mapping and the values asked once, preview every row with Vietnamese errors, then
 * commit the good rows in one transaction — or cancel, and nothing is written.
 */
export function ImportWizard({ listType, onClose }: { listType: ListType; onClose(): void }) {
  const api = useApi();
  const spec = LIST_SPECS[listType];
  const [readJob, setReadJob] = useState<string | null>(null);
  const [validateJob, setValidateJob] = useState<string | null>(null);
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
      if (file) setReadJob((await api.call('lists.import.read', { listType, fileToken: file.token })).jobId);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const close = () => {
    if (read && !committed) void api.call('lists.import.discard', { importId: read.importId }).catch(() => undefined);
    onClose();
  };
  const done = (result: ImportCommitResult) => {
    setCommitted(result);
    notifications.show({ color: 'green', message: text.committedToast(formatNumber(result.written)) });
  };

  return (
    <Modal opened onClose={close} title={spec.title} size={1000} closeOnClickOutside={false}>
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={text.steps.file} />
        <Stepper.Step label={text.steps.mapping} />
        <Stepper.Step label={text.steps.preview} />
        <Stepper.Step label={text.steps.done} />
      </Stepper>
      {step === 0 ? <ChooseFileStep spec={spec} readJob={readJob} failure={failure} onChoose={() => void chooseFile()} onCancel={close} /> : null}
      {step === 1 && read ? <MappingStep key={read.importId} read={read} spec={spec} validateJob={validateJob} onValidate={setValidateJob} onCancel={close} /> : null}
      {step === 2 && preview ? <PreviewStep preview={preview} onBack={() => setValidateJob(null)} onCancel={close} onCommitted={done} /> : null}
      {step === 3 && committed ? <Finished result={committed} onClose={onClose} /> : null}
    </Modal>
  );
}

function ChooseFileStep({ spec, readJob, failure, onChoose, onCancel }: { spec: ListSpec; readJob: string | null; failure: string | null; onChoose(): void; onCancel(): void }) {
  return (
    <Stack>
      <Text size="sm">{text.columnsIntro}</Text>
      <List size="sm" spacing={2}>
        {spec.columns.map((column) => <List.Item key={column.key}>{column.label}{column.required ? ' *' : ''}</List.Item>)}
      </List>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      {readJob ? <JobProgress jobId={readJob} title={text.reading} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{text.cancel}</Button>
        <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={onChoose} data-autofocus>{text.choose}</Button>
      </Group>
    </Stack>
  );
}

function Finished({ result, onClose }: { result: ImportCommitResult; onClose(): void }) {
  return (
    <Stack>
      <Alert color="green" title={text.committed} role="status">
        <List size="sm">
          {result.summary.map((line) => <List.Item key={line.label}>{line.label}: {formatNumber(line.count)}</List.Item>)}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>{text.close}</Button>
      </Group>
    </Stack>
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}
