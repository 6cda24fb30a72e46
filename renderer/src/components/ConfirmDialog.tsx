import { Button, Group, Modal, Text } from '@mantine/core';
import { vi } from '../../../shared/i18n/vi';

/** Asks once before a destructive action; the title names the thing ("Khóa tài khoản …?"). */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: { title: string; body: string; confirmLabel: string; onConfirm(): void; onClose(): void }) {
  return (
    <Modal opened onClose={onClose} title={title}>
      <Text size="sm" mb="lg">{body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{vi.actions.cancel}</Button>
        <Button color="red" onClick={() => { onConfirm(); onClose(); }}>{confirmLabel}</Button>
      </Group>
    </Modal>
  );
}
