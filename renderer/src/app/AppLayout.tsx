import { AppShell, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { vi } from '../../../shared/i18n/vi';
import { UserMenu } from '../features/auth/UserMenu';
import { SECTIONS } from './navigation';

function isActive(sectionPath: string, pathname: string): boolean {
  return sectionPath === '/' ? pathname === '/' : pathname === sectionPath || pathname.startsWith(`${sectionPath}/`);
}

/** The app frame: the left navigation of every section and the routed page beside it. */
export function AppLayout() {
  const { pathname } = useLocation();
  useGlobalShortcuts();
  return (
    <AppShell navbar={{ width: 248, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label="Điều hướng chính">
        <Group gap="xs" px="xs" pb="md" pt="xs">
          <Stack gap={0}>
            <Title order={3}>{vi.appName}</Title>
            <Text size="xs" c="dimmed">
              {vi.appSubtitle}
            </Text>
          </Stack>
        </Group>
        <ScrollArea component="nav" style={{ flex: 1 }}>
          {SECTIONS.map((section) => (
            <NavLink
              key={section.path}
              component={RouterLink}
              to={section.path}
              label={section.label}
              leftSection={<section.icon size={20} stroke={1.6} aria-hidden />}
              active={isActive(section.path, pathname)}
              variant="filled"
              styles={{ root: { borderRadius: 6, marginBottom: 2 }, label: { fontSize: 15 } }}
            />
          ))}
        </ScrollArea>
        <UserMenu />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * Ctrl+N presses the page's main action, Ctrl+F focuses its search box (ui.md, Keyboard). Pages
 * mark them with `data-main-action` and `data-search-box`.
 */
function useGlobalShortcuts() {
  useHotkeys(
    [
      ['mod+N', () => document.querySelector<HTMLElement>('[data-main-action]')?.click()],
      ['mod+F', () => document.querySelector<HTMLElement>('[data-search-box]')?.focus()],
    ],
    [],
  );
}
