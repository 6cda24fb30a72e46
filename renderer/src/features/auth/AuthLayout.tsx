import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { vi } from '../../../../shared/i18n/vi';

/** The centred card every screen before the app uses (login, first run, recovery). */
export function AuthLayout({ title, children, width = 440 }: { title: string; children: ReactNode; width?: number }) {
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={width} maw="100%">
        <Stack gap={2} mb="lg">
          <Text size="sm" c="dimmed">{vi.appName} — {vi.appSubtitle}</Text>
          <Title order={1} size="h2">{title}</Title>
        </Stack>
        {children}
      </Paper>
    </Center>
  );
}
