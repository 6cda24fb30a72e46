import { Button, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronUp, IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../../../shared/permissions';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession, useSignedInSession } from './session-context';
import { authText } from './strings';

/** Who is signed in, at the foot of the navigation: change password, lock, log out. */
export function UserMenu() {
  const session = useSignedInSession();
  const { lock, logout } = useSession();
  const [changing, { open, close }] = useDisclosure(false);
  return (
    <>
      <Menu position="top-start" width={240}>
        <Menu.Target>
          <Button variant="subtle" color="gray" fullWidth justify="space-between" leftSection={<IconUserCircle size={20} aria-hidden />} rightSection={<IconChevronUp size={16} aria-hidden />}>
            <Text size="sm" truncate>{session.displayName}</Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{ROLE_LABELS[session.role]}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={open}>{authText.user.changePassword}</Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} aria-hidden />} onClick={() => void lock()}>{authText.user.lock}</Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} color="red" onClick={() => void logout()}>{authText.user.logout}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={close} title={authText.password.changeTitle}>
        <ChangePasswordForm onDone={close} />
      </Modal>
    </>
  );
}
