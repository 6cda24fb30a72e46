import { Alert, Button, Group, List, Modal, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { LIST_SPECS, type ListSpec, type ListType } from '../../../../shared/schemas/list-specs';
import { importPreview, type ImportCommitResult } from '../../../../shared/schemas/lists';
import { useApi, useJobState } from '../../api/context';
import { JobProgress } from '../JobProgress';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetPicker } from './SheetPicker';
import { importText as text } from './strings';
import { useImportRead } from './use-import-read';

/**
 * The one way every list is imported from Excel (issue 5 §7): choose a file (read as a job), check
 * the column mapping and the values asked once, preview every row with Vietnamese errors, then
 * commit the good rows in one transaction — or cancel, and nothing is written.
 */
export function ImportWizard({ listType, onClose }: { listType: ListType; onClose(): void }) {
  const api = useApi();
  const spec = LIST_SPECS[listType];
  const reading = useImportRead(listType);
  const { read } = reading;
  const [validateJob, setValidateJob] = useState<string | null>(null);
  const [committed, setCommitted] = useState<ImportCommitResult | null>(null);
  const validateState = useJobState(validateJob);
  const preview = validateState?.status === 'succeeded' ? (importPreview.safeParse(validateState.result).data ?? null) : null;
  const checking = validateJob !== null && (validateState === undefined || validateState.status === 'running');
  const step = committed ? 3 : preview ? 2 : read ? 1 : 0;
  const pickSheet = (name: string) => {
    setValidateJob(null);
    void reading.pickSheet(name);
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
      <ImportStepper step={step} />
      {step === 0 ? <ChooseFileStep spec={spec} readJob={reading.readJob} failure={reading.failure} onChoose={() => void reading.chooseFile()} onCancel={close} /> : null}
      {step === 1 && read ? (
        <Stack>
          <SheetPicker read={read} pending={reading.pendingSheet} autoSheet={reading.autoSheet} checking={checking} failure={reading.failure} onPick={pickSheet} />
          <MappingStep key={read.importId} read={read} spec={spec} validateJob={validateJob} onValidate={setValidateJob} onCancel={close} />
        </Stack>
      ) : null}
      {step === 2 && preview ? <PreviewStep preview={preview} onBack={() => setValidateJob(null)} onCancel={close} onCommitted={done} /> : null}
      {step === 3 && committed ? <FinishedStep result={committed} onClose={onClose} /> : null}
    </Modal>
  );
}

/** Where the wizard is: file, mapping, preview, done. */
export function ImportStepper({ step }: { step: number }) {
  return (
    <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false}>
      <Stepper.Step label={text.steps.file} />
      <Stepper.Step label={text.steps.mapping} />
      <Stepper.Step label={text.steps.preview} />
      <Stepper.Step label={text.steps.done} />
    </Stepper>
  );
}

const columnLabel = (spec: ListSpec, key: string | undefined) => spec.columns.find((column) => column.key === key)?.label ?? '';

/** The columns a file needs, required ones marked, and the "one of" choices (e.g. the name whole or split). */
export function ExpectedColumns({ spec }: { spec: ListSpec }) {
  return (
    <>
      <Text size="sm">{text.columnsIntro}</Text>
      <List size="sm" spacing={2} style={{ columns: spec.columns.length > 10 ? 2 : 1 }}>
        {spec.columns.map((column) => <List.Item key={column.key}>{column.label}{column.required ? ' *' : ''}</List.Item>)}
      </List>
      {(spec.requiredOneOf ?? []).map((group) => <Text key={group.label} size="sm">* {text.requiredOneOf(columnLabel(spec, group.keys[0]), group.hint)}</Text>)}
    </>
  );
}

export function ChooseFileStep({ spec, readJob, failure, onChoose, onCancel }: { spec: ListSpec; readJob: string | null; failure: string | null; onChoose(): void; onCancel(): void }) {
  return (
    <Stack>
      <ExpectedColumns spec={spec} />
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      {readJob ? <JobProgress jobId={readJob} title={text.reading} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{text.cancel}</Button>
        <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={onChoose} data-autofocus>{text.choose}</Button>
      </Group>
    </Stack>
  );
}

export function FinishedStep({ result, onClose }: { result: ImportCommitResult; onClose(): void }) {
  return (
    <Stack>
      <Alert color="green" title={text.committed} role="status">
        <List size="sm">
          {result.summary.map((line) => <List.Item key={line.label}>{text.summaryLine(line.label, formatNumber(line.count), line.countOf)}</List.Item>)}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>{text.close}</Button>
      </Group>
    </Stack>
  );
}
