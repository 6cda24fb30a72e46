import { notifications } from '@mantine/notifications';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MemberDto } from '../../../../shared/schemas/members';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { membersText } from './strings';

const text = membersText.record;

/** Delete with undo (a toast with "Hoàn tác"), restore, and delete for good (Quản trị). */
export function useMemberActions(member: MemberDto) {
  const api = useApi();
  const navigate = useNavigate();
  const fail = (error: unknown) => notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) });
  const restore = async () => {
    try {
      await api.call('members.restore', { id: member.id });
      notifications.show({ color: 'green', message: text.restored });
    } catch (error) {
      fail(error);
    }
  };
  const softDelete = async () => {
    try {
      await api.call('members.delete', { id: member.id });
      const id = `deleted-${member.id}`;
      const undo = () => void restore().then(() => {
        notifications.hide(id);
        void navigate(`/members/${member.id}`);
      });
      const message = (
        <span>
          {text.deleted(member.fullName)}{' '}
          <Button size="xs" variant="light" onClick={undo}>{text.undo}</Button>
        </span>
      );
      notifications.show({ id, color: 'blue', autoClose: 10_000, message });
      void navigate('/members');
    } catch (error) {
      fail(error);
    }
  };
  const purge = async () => {
    try {
      await api.call('members.purge', { id: member.id });
      void navigate('/members?status=deleted');
    } catch (error) {
      fail(error);
    }
  };
  return { restore, softDelete, purge };
}
