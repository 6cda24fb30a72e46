import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardList,
  IconDatabaseExport,
  IconHeartHandshake,
  IconHome,
  IconNotebook,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { vi } from '../../../shared/i18n/vi';

export interface Section {
  path: string;
  label: string;
  icon: Icon;
  /** Sections not built yet say so plainly; no fake data. */
  built: boolean;
}

/** The navigation of the whole product, in the order of the left bar. */
export const SECTIONS: readonly Section[] = [
  { path: '/', label: vi.nav.home, icon: IconHome, built: true },
  { path: '/organization', label: vi.nav.organization, icon: IconBuildingCommunity, built: true },
  { path: '/members', label: vi.nav.members, icon: IconUsers, built: true },
  { path: '/activities', label: vi.nav.activities, icon: IconCalendarEvent, built: false },
  { path: '/resources', label: vi.nav.resources, icon: IconHeartHandshake, built: false },
  { path: '/cases', label: vi.nav.cases, icon: IconNotebook, built: false },
  { path: '/plans', label: vi.nav.plans, icon: IconClipboardList, built: false },
  { path: '/reports', label: vi.nav.reports, icon: IconChartBar, built: false },
  { path: '/backup', label: vi.nav.backup, icon: IconDatabaseExport, built: true },
  { path: '/settings', label: vi.nav.settings, icon: IconSettings, built: true },
];
