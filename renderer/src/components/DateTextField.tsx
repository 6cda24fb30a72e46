import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate, parseDateVi } from '../../../shared/format';

type Props = Omit<TextInputProps, 'value' | 'rightSection'> & {
  value: string;
  /** Called with the picked day as dd/mm/yyyy text, as if the user had typed it. */
  onPick(text: string): void;
};

/**
 * A date typed as dd/mm/yyyy (the main path, checked strictly by the shared schema) with a
 * calendar as a helper (ui.md). The calendar follows the Vietnamese locale: weeks start on Monday.
 */
export function DateTextField({ value, onPick, disabled, ...props }: Props) {
  const [opened, setOpened] = useState(false);
  const parsed = parseDateVi(value);
  const picked = parsed.ok && parsed.precision === 'day' ? parsed.iso : null;
  const calendar = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label="Chọn ngày trên lịch" onClick={() => setOpened((open) => !open)} disabled={disabled}>
          <IconCalendar size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={picked}
          defaultDate={picked ?? undefined}
          onChange={(iso) => {
            if (!iso) return;
            onPick(formatDate(iso));
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
  return <TextInput placeholder="dd/mm/yyyy" value={value} disabled={disabled} rightSection={disabled || props.readOnly ? null : calendar} rightSectionPointerEvents="all" {...props} />;
}
