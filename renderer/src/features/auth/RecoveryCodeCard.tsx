import { Alert, Button, Checkbox, Code, Group, Stack } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { authText } from './strings';

const text = authText.recoveryCode;

/** Shows the one-time recovery code until the user confirms it is written down. */
export function RecoveryCodeCard({ code, onDone }: { code: string; onDone(): void }) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Stack>
      <Alert color="yellow" title={text.title}>{text.help}</Alert>
      <Code block fz={24} ta="center" aria-label={text.title} data-recovery-code>
        {code}
      </Code>
      <Group>
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>{text.print}</Button>
      </Group>
      <Checkbox label={text.confirm} checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
      <Button disabled={!confirmed} onClick={onDone}>{text.continue}</Button>
    </Stack>
  );
}
