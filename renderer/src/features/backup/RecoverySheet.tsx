import { Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { formatDate } from '../../../../shared/format';
import { backupText } from './strings';

const text = backupText.sheet;

/** While the sheet is on screen, printing shows the sheet alone, on a plain white page. */
const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  [data-print-sheet], [data-print-sheet] * { visibility: visible !important; }
  [data-print-sheet] { position: absolute; inset: 0 auto auto 0; width: 100%; border: none !important; box-shadow: none !important; }
  [data-print-hide] { display: none !important; }
}`;

export interface RecoverySheetProps {
  organization: string;
  /** ISO date the passphrase was set. */
  date: string;
  by: string;
  passphrase: string;
  onDone(): void;
}

/** The printable Vietnamese recovery sheet: the passphrase and how to restore on a new PC. */
export function RecoverySheet({ organization, date, by, passphrase, onDone }: RecoverySheetProps) {
  return (
    <Stack>
      <style>{PRINT_CSS}</style>
      <Paper withBorder shadow="sm" p="xl" maw={760} data-print-sheet aria-label={text.title} role="document">
        <Title order={2} size="h3" ta="center" mb="lg">{text.title}</Title>
        <Table withRowBorders={false} verticalSpacing={4} mb="lg">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={220}>{text.organization}</Table.Th>
              <Table.Td>{organization}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{text.date}</Table.Th>
              <Table.Td>{formatDate(date)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{text.by}</Table.Th>
              <Table.Td>{by}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text fw={600} mb={4}>{text.passphrase}</Text>
        <Paper withBorder p="md" mb="lg" data-recovery-passphrase>
          <Text fz={24} fw={600} ta="center" style={{ letterSpacing: '0.04em', wordBreak: 'break-word' }}>{passphrase}</Text>
        </Paper>
        <Text fw={600} mb={4}>{text.howTitle}</Text>
        <List type="ordered" spacing={4} mb="lg">
          {text.how.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
        <Text fw={600}>{text.keep}</Text>
      </Paper>
      <Group data-print-hide>
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>{text.print}</Button>
        <Button variant="default" onClick={onDone}>{text.done}</Button>
      </Group>
    </Stack>
  );
}
