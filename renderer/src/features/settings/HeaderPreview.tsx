import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatHeaderDate, isValidIsoDate, parseDateVi } from '../../../../shared/format';
import type { ProfileFormState } from './profile-form-values';
import { settingsText } from './strings';

const text = settingsText.profile;

/** How the two header columns of a document will read with these values (ND 30/2020 layout). */
export function HeaderPreview({ values, today }: { values: ProfileFormState; today: string }) {
  const parsed = parseDateVi(values.validFrom);
  const date = parsed.ok && parsed.iso > today ? parsed.iso : today;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {text.preview}
      </Title>
      <SimpleGrid cols={2} spacing="xs" style={{ fontFamily: 'Tinos, "Times New Roman", serif', textAlign: 'center' }}>
        <Stack gap={0}>
          <Text size="xs" tt="uppercase">{values.parentLine}</Text>
          <Text size="xs" fw={700} tt="uppercase">{values.name || text.placeholders.name}</Text>
          <Text size="xs" mt={4}>{text.previewNumber(values.abbreviation)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" fw={700}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</Text>
          <Text size="xs" fw={700}>Độc lập - Tự do - Hạnh phúc</Text>
          <Text size="xs" fs="italic" mt={4}>
            {isValidIsoDate(date) ? formatHeaderDate(values.placeName || '…', date) : ''}
          </Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
