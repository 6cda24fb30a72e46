import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

export interface RoutedTab {
  path: string;
  label: string;
}

/** The tab whose path is the longest one the address is or lies under; else the first. */
export function activeTabPath(tabs: readonly RoutedTab[], pathname: string): string | null {
  const matching = tabs.filter((tab) => pathname === tab.path || pathname.startsWith(`${tab.path}/`));
  const longest = matching.reduce<RoutedTab | null>((best, tab) => (best && best.path.length >= tab.path.length ? best : tab), null);
  return longest?.path ?? tabs[0]?.path ?? null;
}

/** A section's tabs, one address each (Tổ chức Hội, Hội viên, Sao lưu, Cài đặt): a tab is a link. */
export function RoutedTabs({ tabs }: { tabs: readonly RoutedTab[] }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = activeTabPath(tabs, pathname);
  return (
    <Tabs value={active} onChange={(value) => value && value !== active && void navigate(value)} mb="lg">
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>{tab.label}</Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
