import { Alert } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { vi } from '../../../shared/i18n/vi';
import { PageHeader } from './PageHeader';

/** What a section that does not exist yet shows: the truth, and no fake data. */
export function NotBuiltYet({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert icon={<IconTools aria-hidden />} title={vi.notBuilt.title} color="gray" variant="light" maw={640}>
        {vi.notBuilt.body}
      </Alert>
    </>
  );
}
