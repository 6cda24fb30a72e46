import { Alert, Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { vi } from '../../../../shared/i18n/vi';
import { dissolveForm, type BranchDto } from '../../../../shared/schemas/branches';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { useCallForm } from '../auth/use-call-form';
import { branchText as text, orgText } from './strings';

type Choice = 'moveUp' | 'dissolve';

/**
 * Dissolving asks once. When sub-branches are still active (known from the record, or answered
 * by the core), it also asks what becomes of them; nothing is written until that is chosen.
 */
export function DissolveDialog({ branch, onClose }: { branch: BranchDto; onClose(): void }) {
  const api = useApi();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [mustChoose, setMustChoose] = useState(branch.activeChildren > 0);
  const { form, failure, busy, submit } = useCallForm(dissolveForm, { dissolvedOn: '', reason: '' }, async (values) => {
    if (mustChoose && !choice) throw new ApiError('CONFLICT', text.subBranchesAsk);
    try {
      await api.call('branches.dissolve', { id: branch.id, ...values, ...(choice ? { subBranches: choice } : {}) });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT' && !choice) setMustChoose(true);
      throw error;
    }
    notifications.show({ color: 'green', message: text.dissolved });
    onClose();
  });
  const parentName = branch.parentName ? `"${branch.parentName}"` : orgText.provinceAssociation;
  return (
    <Modal opened onClose={onClose} title={text.dissolveTitle(branch.name)} size="lg">
      <form onSubmit={submit} noValidate aria-label={text.dissolveTitle(branch.name)}>
        <Stack>
          <DateTextField label={text.dissolvedOn} withAsterisk data-autofocus {...form.field('dissolvedOn')} onPick={(value) => form.setValue('dissolvedOn', value)} />
          <Textarea
            label={text.reason}
            withAsterisk
            autosize
            minRows={2}
            name="reason"
            value={form.values.reason}
            error={form.field('reason').error}
            onChange={(event) => form.setValue('reason', event.currentTarget.value)}
            onBlur={form.field('reason').onBlur}
          />
          {mustChoose ? <SubBranchChoice count={branch.activeChildren} parentName={parentName} value={choice} onChange={setChoice} /> : null}
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{vi.actions.cancel}</Button>
            <Button type="submit" color="red" loading={busy}>{text.dissolve}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SubBranchChoice({ count, parentName, value, onChange }: { count: number; parentName: string; value: Choice | null; onChange(choice: Choice): void }) {
  return (
    <Radio.Group label={text.subBranchesQuestion(count)} value={value} onChange={(next) => onChange(next === 'dissolve' ? 'dissolve' : 'moveUp')} withAsterisk>
      <Stack gap="xs" mt="xs">
        <Radio value="moveUp" label={text.moveUp(parentName)} />
        <Radio value="dissolve" label={text.dissolveAll} />
      </Stack>
    </Radio.Group>
  );
}
