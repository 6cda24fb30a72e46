import { Navigate, Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { DatabaseCheckPage } from '../features/settings/DatabaseCheckPage';
import { OrganizationProfilePage } from '../features/settings/OrganizationProfilePage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { HomePage } from '../features/home/HomePage';
import { NotBuiltYet } from '../components/NotBuiltYet';
import { BranchListPage } from '../features/organization/BranchListPage';
import { BranchPage } from '../features/organization/BranchPage';
import { BranchTreePage } from '../features/organization/BranchTreePage';
import { FiguresPage } from '../features/organization/FiguresPage';
import { OrganizationLayout } from '../features/organization/OrganizationLayout';
import { FlagsPage } from '../features/units/FlagsPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { ArrearsPage } from '../features/members/ArrearsPage';
import { DuesSheetPage } from '../features/members/DuesSheetPage';
import { LeadershipPage } from '../features/members/LeadershipPage';
import { MemberPage } from '../features/members/MemberPage';
import { MembersLayout } from '../features/members/MembersLayout';
import { MembersListPage } from '../features/members/MembersListPage';
import { BackupLayout } from '../features/backup/BackupLayout';
import { LocalBackupsPage } from '../features/backup/LocalBackupsPage';
import { PassphrasePage } from '../features/backup/PassphrasePage';
import { RestorePage } from '../features/backup/RestorePage';
import { UsbBackupPage } from '../features/backup/UsbBackupPage';
import { AppLayout } from './AppLayout';
import { SECTIONS } from './navigation';

/** Every routed page of the app. Records will open as their own routes (`/members/:id`). */
export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {SECTIONS.filter((section) => !section.built).map((section) => (
          <Route key={section.path} path={`${section.path}/*`} element={<NotBuiltYet title={section.label} />} />
        ))}
        <Route path="organization">
          <Route path="branches/:id" element={<BranchPage />} />
          <Route element={<OrganizationLayout />}>
            <Route index element={<Navigate to="branches" replace />} />
            <Route path="branches" element={<BranchListPage />} />
            <Route path="tree" element={<BranchTreePage />} />
            <Route path="figures" element={<FiguresPage />} />
            <Route path="units" element={<UnitsPage />} />
            <Route path="flags" element={<FlagsPage />} />
          </Route>
        </Route>
        <Route path="members">
          <Route path="new" element={<MemberPage />} />
          <Route path=":id" element={<MemberPage />} />
          <Route element={<MembersLayout />}>
            <Route index element={<MembersListPage />} />
            <Route path="dues" element={<DuesSheetPage />} />
            <Route path="arrears" element={<ArrearsPage />} />
            <Route path="leadership" element={<LeadershipPage />} />
          </Route>
        </Route>
        <Route path="backup" element={<BackupLayout />}>
          <Route index element={<Navigate to="usb" replace />} />
          <Route path="usb" element={<UsbBackupPage />} />
          <Route path="restore" element={<RestorePage />} />
          <Route path="local" element={<LocalBackupsPage />} />
          <Route path="settings" element={<PassphrasePage />} />
        </Route>
        <Route path="settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to="profile" replace />} />
          <Route path="profile" element={<OrganizationProfilePage />} />
          <Route path="database" element={<DatabaseCheckPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
