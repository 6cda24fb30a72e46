import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDate, parseDateVi } from '../../../../shared/format';
import { vi } from '../../../../shared/i18n/vi';
import { UNIT_FLAG_KINDS, UNIT_FLAG_LABELS } from '../../../../shared/schemas/organization-kinds';
import { flagForm, type FlagDto } from '../../../../shared/schemas/units';
import { useApi } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { useCallForm } from '../auth/use-call-form';
import { UnitSelect } from './UnitSelect';
import { flagsText as text } from './strings';

const KIND_OPTIONS = UNIT_FLAG_KINDS.map((kind) => ({ value: kind, label: UNIT_FLAG_LABELS[kind] }));

function initialValues(flag: FlagDto | null) {
  return {
    unitCode: flag?.unitCode ?? '',
    kind: flag?.kind ?? 'khu_vuc_iii',
    validFrom: flag ? formatDate(flag.validFrom) : '',
    validTo: flag?.validTo ? formatDate(flag.validTo) : '',
    decision: flag?.decision ?? '',
  };
}

/** Adds or changes one period of a commune's flag; Enter saves, Esc closes. */
export function FlagFormModal({ flag, onClose }: { flag: FlagDto | null; onClose(): void }) {
  const api = useApi();
  const initial = initialValues(flag);
  const { form, failure, busy, submit } = useCallForm(flagForm, initial, async (values) => {
    await api.call('units.flags.save', { ...values, ...(flag ? { id: flag.id } : {}) });
    notifications.show({ color: 'green', message: text.saved });
    onClose();
  });
  const from = parseDateVi(form.values.validFrom);
  const asOf = from.ok && from.precision === 'day' ? from.iso : undefined;
  const title = flag ? text.editTitle(flag.unitName) : text.formTitle;
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          <SimpleGrid cols={2}>
            <DateTextField label={text.fields.from} withAsterisk data-autofocus {...form.field('validFrom')} onPick={(value) => form.setValue('validFrom', value)} />
            <DateTextField label={text.fields.to} {...form.field('validTo')} onPick={(value) => form.setValue('validTo', value)} />
          </SimpleGrid>
          <UnitSelect
            label={text.fields.unit}
            withAsterisk
            name="unitCode"
            placeholder={text.fields.unitPlaceholder}
            levels={['commune']}
            asOf={asOf}
            value={form.values.unitCode || null}
            initialLabel={flag ? `${flag.unitName}` : undefined}
            error={form.field('unitCode').error}
            onBlur={form.field('unitCode').onBlur}
            onChange={(code) => form.setValue('unitCode', code ?? '')}
          />
          <SimpleGrid cols={2}>
            <Select label={text.fields.kind} data={KIND_OPTIONS} value={form.values.kind} onChange={(kind) => form.setValue('kind', kind ?? 'khu_vuc_iii')} allowDeselect={false} />
            <TextInput label={text.fields.decision} placeholder={text.fields.decisionPlaceholder} withAsterisk {...form.field('decision')} />
          </SimpleGrid>
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{vi.actions.cancel}</Button>
            <Button type="submit" loading={busy}>{vi.actions.save}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
