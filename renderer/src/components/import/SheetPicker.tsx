import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { formatNumber } from '../../../../shared/format';
import type { ImportReadResult, SheetInfo } from '../../../../shared/schemas/lists';
import { importText as text } from './strings';

interface Props {
  read: ImportReadResult;
  /** The sheet being read now, if any. */
  pending: string | null;
  /** The sheet Sổ Hội chose by itself when the file was first read. */
  autoSheet: string | null;
  /** True while the data is being checked: the sheet cannot change under the check. */
  checking: boolean;
  failure: string | null;
  onPick(sheetName: string): void;
}

function optionLabel(sheet: SheetInfo): string {
  if (sheet.rows === 0) return text.sheetEmpty(sheet.name);
  return sheet.hasHeader ? text.sheetRows(sheet.name, formatNumber(sheet.rows)) : text.sheetNoHeader(sheet.name, formatNumber(sheet.rows));
}

/**
 * Which sheet of the workbook to import, when it has more than one: the sheet whose header
 * matched best is chosen first; picking another reads that sheet again.
 */
export function SheetPicker({ read, pending, autoSheet, checking, failure, onPick }: Props) {
  if (read.sheets.length < 2) return null;
  const shown = pending ?? read.sheetName;
  const count = formatNumber(read.sheets.length);
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Select
          label={text.sheetLabel}
          description={shown === autoSheet ? text.sheetDescriptionAuto(count) : text.sheetDescription(count)}
          data={read.sheets.map((sheet) => ({ value: sheet.name, label: optionLabel(sheet) }))}
          value={shown}
          allowDeselect={false}
          disabled={pending !== null || checking}
          onChange={(name) => {
            if (name && name !== read.sheetName) onPick(name);
          }}
          w={460}
        />
        {pending ? (
          <Group gap="xs" pb={8} role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{text.sheetReading(pending)}</Text>
          </Group>
        ) : null}
      </Group>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
    </Stack>
  );
}
