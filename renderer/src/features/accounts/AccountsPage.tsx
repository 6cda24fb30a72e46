import { Alert, Badge, Button, Group, Loader, Menu, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '../../../../shared/format';
import { ROLE_LABELS } from '../../../../shared/permissions';
import type { AccountDto } from '../../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi, useMethodQuery } from '../../api/context';
import { AccountFormModal, type AccountDialog } from './AccountFormModal';
import { SecuritySettings } from './SecuritySettings';
import { accountsText as text } from './strings';

function statusOf(account: AccountDto): { label: string; color: string } {
  if (account.disabled) return { label: text.status.disabled, color: 'gray' };
  if (account.lockedOut) return { label: text.status.lockedOut, color: 'orange' };
  if (account.mustChangePassword) return { label: text.status.mustChange, color: 'blue' };
  return { label: text.status.active, color: 'green' };
}

/** Cài đặt → Tài khoản (Quản trị only): who may log in, with which role. */
export function AccountsPage() {
  const accounts = useMethodQuery('accounts.list', {});
  const [dialog, setDialog] = useState<AccountDialog | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [disabling, setDisabling] = useState<AccountDto | null>(null);
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['accounts.list'] });

  const setDisabled = async (account: AccountDto, disabled: boolean) => {
    setFailure(null);
    try {
      await api.call('accounts.setDisabled', { id: account.id, disabled });
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
    await refresh();
  };

  if (accounts.isPending) return <Loader />;
  if (accounts.isError) return <Alert color="red" role="alert">{accounts.error.message}</Alert>;
  return (
    <Stack maw={1040}>
      <Group justify="space-between">
        <Text c="dimmed">{text.description}</Text>
        <Button data-main-action leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>{text.add}</Button>
      </Group>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      <Text size="sm" c="dimmed">{text.count(formatNumber(accounts.data.length))}</Text>
      <Table striped withTableBorder stickyHeader aria-label={text.tab}>
        <Table.Thead>
          <Table.Tr>
            {[text.columns.username, text.columns.displayName, text.columns.role, text.columns.status, text.columns.lastLogin, text.columns.actions].map((label) => (
              <Table.Th key={label}>{label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data.map((account) => {
            const status = statusOf(account);
            return (
              <Table.Tr key={account.id}>
                <Table.Td>{account.username}</Table.Td>
                <Table.Td>{account.displayName}</Table.Td>
                <Table.Td>{ROLE_LABELS[account.role]}</Table.Td>
                <Table.Td><Badge color={status.color} variant="light">{status.label}</Badge></Table.Td>
                <Table.Td>{text.lastLogin(account.lastLoginAt)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button variant="subtle" size="xs" rightSection={<IconDots size={16} aria-hidden />} aria-label={`${text.columns.actions}: ${account.username}`}>{text.columns.actions}</Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: 'edit', account })}>{text.edit}</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: 'reset', account })}>{text.reset}</Menu.Item>
                      {account.disabled ? (
                        <Menu.Item onClick={() => void setDisabled(account, false)}>{text.enable}</Menu.Item>
                      ) : (
                        <Menu.Item color="red" onClick={() => setDisabling(account)}>{text.disable}</Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <SecuritySettings />
      {disabling ? (
        <ConfirmDialog
          title={text.titles.disable(disabling.displayName)}
          body={text.disableHelp}
          confirmLabel={text.disable}
          onConfirm={() => void setDisabled(disabling, true)}
          onClose={() => setDisabling(null)}
        />
      ) : null}
      {dialog ? <AccountFormModal dialog={dialog} onClose={() => { setDialog(null); void refresh(); }} /> : null}
    </Stack>
  );
}
