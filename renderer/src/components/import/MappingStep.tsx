import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import type { ListSpec } from '../../../../shared/schemas/list-specs';
import type { ColumnMapping, ImportReadResult } from '../../../../shared/schemas/lists';
import { ApiError } from '../../api/client';
import { useApi, useJobState } from '../../api/context';
import { DateTextField } from '../DateTextField';
import { JobProgress } from '../JobProgress';
import { errorMessage } from './error-message';
import { columnLetter, importText as text } from './strings';

interface Props {
  read: ImportReadResult;
  spec: ListSpec;
  validateJob: string | null;
  /** A check started with this mapping (as the user left it). */
  onValidate(jobId: string, mapping: ColumnMapping): void;
  onCancel(): void;
  /** Values decided later in the wizard (the members' branch choices), sent again with every check. */
  carriedOptions?: Readonly<Record<string, string>>;
}

/** Step 2: which column of the file feeds each field (auto-detected, editable), and the values asked once. */
export function MappingStep({ read, spec, validateJob, onValidate, onCancel, carriedOptions = {} }: Props) {
  const api = useApi();
  const [mapping, setMapping] = useState<ColumnMapping>(read.mapping);
  const [options, setOptions] = useState<Record<string, string>>(() => Object.fromEntries(spec.options.map((option) => [option.key, ''])));
  const [failure, setFailure] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const validateState = useJobState(validateJob);
  const running = validateJob !== null && (validateState === undefined || validateState.status === 'running');

  const check = async () => {
    setFailure(null);
    setIssues({});
    try {
      onValidate((await api.call('lists.import.validate', { importId: read.importId, mapping, options: { ...carriedOptions, ...options } })).jobId, mapping);
    } catch (error) {
      setFailure(errorMessage(error));
      if (error instanceof ApiError) setIssues(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message])));
    }
  };

  return (
    <Stack>
      <Alert color="blue" variant="light">
        {text.found(formatNumber(read.rowCount), read.sheetName, read.headerRow)} {read.remembered ? text.remembered : text.autoMapped}
      </Alert>
      {read.rowCount === 0 ? <Alert color="orange" role="alert">{text.headerOnly(read.sheetName)}</Alert> : null}
      <OptionFields spec={spec} values={options} issues={issues} onChange={(key, value) => setOptions((current) => ({ ...current, [key]: value }))} />
      <MappingTable read={read} spec={spec} mapping={mapping} onChange={(key, index) => setMapping((current) => ({ ...current, [key]: index }))} />
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      {validateJob && validateState?.status !== 'succeeded' ? <JobProgress jobId={validateJob} title={text.checking} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{text.cancel}</Button>
        <Button onClick={() => void check()} loading={running}>{text.check}</Button>
      </Group>
    </Stack>
  );
}

function MappingTable({ read, spec, mapping, onChange }: { read: ImportReadResult; spec: ListSpec; mapping: ColumnMapping; onChange(key: string, index: number | null): void }) {
  const hints = new Map((spec.requiredOneOf ?? []).map((group) => [group.keys[0] ?? '', group.hint]));
  const headerOptions = read.headers.map((header) => ({ value: String(header.index), label: text.columnLabel(columnLetter(header.index), header.text) }));
  return (
    <Table withTableBorder striped verticalSpacing={4} aria-label={text.steps.mapping}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.mappingColumns.field}</Table.Th>
          <Table.Th w={340}>{text.mappingColumns.column}</Table.Th>
          <Table.Th>{text.mappingColumns.sample}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {spec.columns.map((column) => {
          const index = mapping[column.key] ?? null;
          return (
            <Table.Tr key={column.key}>
              <Table.Td>
                {column.label}{column.required || hints.has(column.key) ? ' *' : ''}
                {hints.has(column.key) ? <Text size="xs" c="dimmed">{hints.get(column.key)}</Text> : null}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${text.mappingColumns.column}: ${column.label}`}
                  data={headerOptions}
                  value={index === null ? null : String(index)}
                  placeholder={text.notInFile}
                  clearable
                  size="sm"
                  onChange={(value) => onChange(column.key, value === null ? null : Number(value))}
                />
              </Table.Td>
              <Table.Td><Text size="sm" c="dimmed">{index === null ? '' : (read.sample[0]?.[index] ?? '')}</Text></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function OptionFields({ spec, values, issues, onChange }: { spec: ListSpec; values: Record<string, string>; issues: Record<string, string>; onChange(key: string, value: string): void }) {
  if (spec.options.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{text.optionsTitle}</Title>
      <SimpleGrid cols={2}>
        {spec.options.map((option) => {
          const common = { label: option.label, description: option.description, withAsterisk: option.required, error: issues[`options.${option.key}`], value: values[option.key] ?? '' };
          const set = (value: string) => onChange(option.key, value);
          return option.kind === 'date'
            ? <DateTextField key={option.key} {...common} onPick={set} onChange={(event) => set(event.currentTarget.value)} />
            : <TextInput key={option.key} {...common} onChange={(event) => set(event.currentTarget.value)} />;
        })}
      </SimpleGrid>
    </Stack>
  );
}
