import { expect, test } from '../fixtures';
import type { HostClient } from '../host-client';
import type { AppShellPage } from '../pages/app-shell-page';
import { MembersPage } from '../pages/members-page';

/** Hội huyện Sơn Động ⊃ Hội xã Vân Sơn ⊃ Chi hội Trường THCS Vân Sơn; CLB Nhà báo apart. */
async function arrange(admin: HostClient): Promise<{ district: string; commune: string; school: string; club: string }> {
  const branch = async (values: Record<string, unknown>) =>
    (await admin.call<{ id: string }>('branches.create', { kind: 'hoi_cap_xa', parentId: null, foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', leaderTitle: '', phone: '', email: '', address: '', notes: '', ...values })).id;
  const district = await branch({ name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
  const commune = await branch({ name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', parentId: district, unitCode: '07621', foundedOn: '2020-03-15' });
  const school = await branch({ name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', parentId: commune, unitCode: '07621', foundedOn: '2021-09-05' });
  const club = await branch({ name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2019-04-10' });
  const member = (values: Record<string, unknown>) =>
    admin.call('members.create', {
      ho: 'Nguyễn', dem: 'Văn', ten: 'An', gender: 'nam', birthDate: '1980-01-01', birthPrecision: 'year', ethnicity: '01', phone: '', email: '', address: '', unitCode: null,
      joinedOn: '2022-05-01', leftOn: null, leftReason: '', memberType: 'ca_nhan', occupation: '', isCollaborator: false, isVolunteer: false, cardNumber: '', cardIssuedOn: null, notes: '', ...values,
    });
  await member({ branchId: commune });
  await member({ ho: 'Trần', dem: 'Thị', ten: 'Đào', gender: 'nu', birthDate: '1990-01-01', branchId: school });
  await member({ ho: 'Lê', dem: 'Minh', ten: 'Đức', birthDate: '1975-01-01', branchId: club });
  return { district, commune, school, club };
}

/** 40 clubs named "CLB Thôn …", sorted before every "Hội …": the district is no longer among the picker's first 40 options. */
async function addClubs(admin: HostClient): Promise<void> {
  for (let start = 1; start <= 40; start += 10) {
    await Promise.all(Array.from({ length: 10 }, (_, index) => admin.call('branches.create', {
      name: `CLB Thôn ${String(start + index).padStart(2, '0')}`, kind: 'cau_lac_bo', parentId: null, unitCode: '24', foundedOn: '2019-04-10',
      foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', leaderTitle: '', phone: '', email: '', address: '', notes: '',
    })));
  }
}

const MANY_GIVEN = ['An', 'Bình', 'Cúc', 'Dung', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Uyên', 'Vân', 'Xuân', 'Yến'];
const MANY_MIDDLE = ['Anh', 'Bảo', 'Chí', 'Đức', 'Gia', 'Hữu', 'Kim'];

/** 133 more members of the commune (19 given names × 7 middle names): almost three pages of 50. Last in Vietnamese order: Nguyễn Kim Yến. */
async function addMany(admin: HostClient, branchId: string): Promise<void> {
  const names = MANY_GIVEN.flatMap((ten) => MANY_MIDDLE.map((dem) => ({ ten, dem })));
  for (let start = 0; start < names.length; start += 10) {
    await Promise.all(names.slice(start, start + 10).map(({ ten, dem }) => admin.call('members.create', {
      ho: 'Nguyễn', dem, ten, gender: null, birthDate: null, birthPrecision: null, ethnicity: null, phone: '', email: '', address: '', unitCode: null, branchId,
      joinedOn: '2022-05-01', leftOn: null, leftReason: '', memberType: 'ca_nhan', occupation: '', isCollaborator: false, isVolunteer: false, cardNumber: '', cardIssuedOn: null, notes: '',
    })));
  }
}

test('the secretary adds a member: a mistake explained and fixed, the duplicate warned, the split shown', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  await arrange(admin);
  const members = new MembersPage(page);
  await app.goTo('Hội viên');
  await expect(members.count).toHaveText('3 hội viên');
  await app.screenshot('hoi-vien-danh-sach');
  await members.startNew();

  await page.keyboard.type('Nguyễn Văn An');
  await expect(page.getByTestId('name-split')).toHaveText('Họ: Nguyễn · Đệm: Văn · Tên: An');
  await members.fill({ 'Ngày sinh (hoặc năm sinh)': '31/02/1980', 'Điện thoại': '09a2 345 678' });
  await members.expectError('Ngày sinh (hoặc năm sinh)', 'Ngày không hợp lệ: tháng 2 năm 1980 không có ngày 31.');
  await members.expectError('Điện thoại', 'Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.');
  await members.pick(members.form, 'Chi hội', 'truong thcs', /Chi hội Trường THCS Vân Sơn/);
  await app.screenshot('hoi-vien-them-loi');

  await members.fill({ 'Ngày sinh (hoặc năm sinh)': '12/05/1980', 'Điện thoại': '0912 345 678' });
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể trùng với hồ sơ đã có' });
  await expect(warning).toContainText('Nguyễn Văn An (1980) — Hội Bảo vệ quyền trẻ em xã Vân Sơn: cùng họ tên và năm sinh');
  await expect(warning.getByRole('link', { name: 'Nguyễn Văn An' })).toHaveAttribute('href', /#\/members\/.+/);
  await app.screenshot('hoi-vien-canh-bao-trung');
  await app.expectNoHorizontalScroll();

  await members.field('Số thẻ hội viên').fill('BG-000777');
  await members.field('Số thẻ hội viên').press('Enter');
  await expect(page.getByText('Đã lưu hồ sơ hội viên')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' })).toBeVisible();
  await expect(page).toHaveURL(/#\/members\/[0-9a-f-]{36}$/);
  await app.screenshot('hoi-vien-ho-so');

  await app.goTo('Tổng quan');
  const summary = page.getByRole('region', { name: 'Hội viên' });
  await expect(summary).toContainText('4 hội viên đang sinh hoạt');
  await expect(summary).toContainText(/1 hội viên mới trong năm \d{4}/);
  await app.screenshot('tong-quan-hoi-vien');
});

test('search without accents and in any order, filter a branch with its sub-branches, record a position and dues; the tree counts move', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  await arrange(admin);
  const members = new MembersPage(page);
  await app.goTo('Tổ chức Hội');
  await page.getByRole('tab', { name: 'Cây tổ chức', exact: true }).click();
  const district = page.getByRole('treeitem').filter({ hasText: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động' }).first();
  await expect(district.getByTestId('member-counts').first()).toHaveText('0 hội viên / 2 kể cả cấp dưới');

  await app.goTo('Hội viên');
  await members.search('dao tran');
  await members.expectRows(['Trần Thị Đào']);
  await members.search('An Nguyễn');
  await members.expectRows(['Nguyễn Văn An']);
  await members.search('');
  await members.pick(page, 'Tổ chức Hội', 'huyen son dong', /huyện Sơn Động/);
  await expect(members.count).toHaveText('2 hội viên');
  await members.expectRows(['Nguyễn Văn An', 'Trần Thị Đào']);
  await expect(page).toHaveURL(/branch=/);
  // After a reload the picker still names the branch (its label is in the address too).
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Tổ chức Hội' })).toHaveValue(/^Hội Bảo vệ quyền trẻ em huyện Sơn Động/);
  await expect(members.count).toHaveText('2 hội viên');
  await page.getByRole('switch', { name: 'Gồm cả cấp dưới' }).click();
  await expect(members.count).toHaveText('0 hội viên');
  await page.getByRole('switch', { name: 'Gồm cả cấp dưới' }).click();
  await app.screenshot('hoi-vien-loc-chi-hoi');
  await app.expectNoHorizontalScroll();

  await page.getByRole('link', { name: 'Trần Thị Đào' }).click();
  const position = members.positionForm();
  await position.getByRole('textbox', { name: 'Từ ngày' }).fill('2024');
  await position.getByRole('textbox', { name: 'Đến ngày' }).fill('2023');
  await position.getByRole('button', { name: 'Thêm chức vụ' }).click();
  await expect(position.getByText('Nhiệm kỳ kết thúc (31/12/2023) trước khi bắt đầu (01/01/2024): hãy sửa ngày kết thúc.')).toBeVisible();
  await position.getByRole('textbox', { name: 'Đến ngày' }).fill('2029');
  await position.getByRole('textbox', { name: 'Đến ngày' }).press('Enter');
  await expect(page.getByRole('table', { name: 'Chức vụ và nhiệm kỳ' })).toContainText('Chi hội trưởng');
  await expect(page.getByRole('table', { name: 'Chức vụ và nhiệm kỳ' })).toContainText('01/01/2024 – 31/12/2029');
  const dues = members.duesForm();
  await dues.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('50.000');
  await dues.getByRole('textbox', { name: 'Số tiền (đồng)' }).press('Enter');
  await expect(page.getByRole('table', { name: 'Hội phí' })).toContainText('50.000 đồng');
  await app.screenshot('hoi-vien-chuc-vu-hoi-phi');
  await app.expectNoHorizontalScroll();

  await page.getByRole('button', { name: 'Xóa', exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(members.count).toHaveText('2 hội viên');
  await app.goTo('Tổ chức Hội');
  await page.getByRole('tab', { name: 'Cây tổ chức', exact: true }).click();
  await expect(district.getByTestId('member-counts').first()).toHaveText('0 hội viên / 1 kể cả cấp dưới');
  await app.screenshot('cay-to-chuc-hoi-vien');
});

test('dues for a whole branch in one grid, the arrears that remain, and the leadership on a date', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  const branches = await arrange(admin);
  await addClubs(admin);
  const members = new MembersPage(page);
  const year = new Date().getFullYear();
  await admin.call('members.positions.save', { memberId: (await admin.call<{ items: { id: string; fullName: string }[] }>('members.list', { query: 'nguyen van an' })).items[0]?.id, position: 'chu_tich', title: '', branchId: branches.district, fromDate: '2024-01-01', toDate: '2029-12-31', notes: '' });
  await app.goTo('Hội viên');
  await page.getByRole('tab', { name: 'Thu hội phí' }).click();
  await members.pick(page, 'Tổ chức Hội', 'huyen son dong', /huyện Sơn Động/);
  const grid = page.getByRole('table', { name: 'Thu hội phí' });
  await expect(grid.getByRole('row')).toHaveCount(3);
  await grid.getByRole('checkbox', { name: 'Đã nộp: Trần Thị Đào' }).check();
  await grid.getByRole('textbox', { name: 'Số tiền của Trần Thị Đào' }).fill('60.000');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã ghi hội phí cho 1 hội viên')).toBeVisible();
  await expect(grid).toContainText('60.000 — Đã nộp');
  await app.screenshot('hoi-vien-thu-hoi-phi');
  await app.expectNoHorizontalScroll();
  // The branch and year live in the address: a reload (or "back" from a record) keeps the grid.
  await expect(page).toHaveURL(new RegExp(`branch=${branches.district}`));
  await page.reload();
  const branchPicker = page.getByRole('combobox', { name: 'Tổ chức Hội' });
  await expect(branchPicker).toHaveValue(/^Hội Bảo vệ quyền trẻ em huyện Sơn Động/);
  await expect(grid.getByRole('row')).toHaveCount(3);
  await expect(grid).toContainText('60.000 — Đã nộp');

  await page.getByRole('tab', { name: 'Chưa nộp hội phí' }).click();
  const arrearsCount = page.getByRole('status').filter({ hasText: 'chưa nộp' });
  await expect(arrearsCount).toHaveText('2 hội viên chưa nộp');
  await expect(page.getByText(`Đã thu 60.000 đồng từ 1 hội viên`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Chưa nộp hội phí' })).not.toContainText('Trần Thị Đào');
  // Filtered to the district, reloaded: the picker names the district, not "Tất cả tổ chức Hội".
  await members.pick(page, 'Tổ chức Hội', 'huyen son dong', /huyện Sơn Động/);
  await expect(arrearsCount).toHaveText('1 hội viên chưa nộp');
  await page.reload();
  await expect(branchPicker).toHaveValue(/^Hội Bảo vệ quyền trẻ em huyện Sơn Động/);
  await expect(arrearsCount).toHaveText('1 hội viên chưa nộp');
  await app.screenshot('hoi-vien-chua-nop');

  await page.getByRole('tab', { name: 'Lãnh đạo theo ngày' }).click();
  await page.getByRole('textbox', { name: 'Vào ngày' }).fill('15/06/2023');
  await expect(page.getByText('Không có ai giữ chức vụ vào ngày này.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Vào ngày' }).fill(`01/06/${Math.min(year, 2029)}`);
  await expect(page.getByRole('table', { name: 'Lãnh đạo theo ngày' })).toContainText('Chủ tịchNguyễn Văn An');
  await app.screenshot('hoi-vien-lanh-dao');
});

test('long lists scroll through pages from the core: the members list by keyboard, the arrears by wheel, and the dues of a whole commune in one save', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  const branches = await arrange(admin);
  await addMany(admin, branches.commune);
  const members = new MembersPage(page);
  await app.goTo('Hội viên');
  await scrollMembersByKeyboard(app, members);
  await page.getByRole('tab', { name: 'Chưa nộp hội phí' }).click();
  await scrollArrears(app, members);
  await page.getByRole('tab', { name: 'Thu hội phí' }).click();
  await collectWholeCommune(app, members);
  await page.getByRole('tab', { name: 'Chưa nộp hội phí' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'chưa nộp' })).toHaveText('1 hội viên chưa nộp');
  await expect(page.getByRole('table', { name: 'Chưa nộp hội phí' }).getByRole('link')).toHaveText(['Lê Minh Đức']);
});

/** 136 members: the list holds only the rows in view; 60 × ArrowDown reaches the second page, the wheel the last row. */
async function scrollMembersByKeyboard(app: AppShellPage, members: MembersPage): Promise<void> {
  await expect(members.count).toHaveText('136 hội viên');
  await expect(members.list).toHaveAttribute('aria-rowcount', '137');
  await expect(members.list.getByRole('link', { name: 'Nguyễn Kim Yến' })).toHaveCount(0);
  await members.rowNames().first().focus();
  for (let step = 0; step < 60; step += 1) await members.page.keyboard.press('ArrowDown');
  const sixtyFirst = members.list.locator('[aria-rowindex="62"]');
  await expect(sixtyFirst.getByRole('link')).toBeFocused();
  await expect(sixtyFirst.getByRole('link')).toHaveText('Nguyễn Bảo Minh');
  await members.scrollToEnd(members.list);
  await expect(members.list.getByRole('link', { name: 'Nguyễn Kim Yến' })).toBeVisible();
  await expect(members.list.locator('[aria-rowindex="137"]')).toContainText('Nguyễn Kim Yến');
  await app.screenshot('hoi-vien-danh-sach-cuon');
  await app.expectNoHorizontalScroll();
}

/** Every member is in arrears: the list goes past its first page of 50 down to the last one. */
async function scrollArrears(app: AppShellPage, members: MembersPage): Promise<void> {
  const arrears = members.page.getByRole('table', { name: 'Chưa nộp hội phí' });
  await expect(members.page.getByRole('status').filter({ hasText: 'chưa nộp' })).toHaveText('136 hội viên chưa nộp');
  await expect(arrears.getByRole('link', { name: 'Nguyễn Kim Yến' })).toHaveCount(0);
  await members.scrollToEnd(arrears);
  await expect(arrears.getByRole('link', { name: 'Nguyễn Kim Yến' })).toBeVisible();
  await expect(arrears.locator('[aria-rowindex="137"]')).toContainText('Nguyễn Kim YếnHội Bảo vệ quyền trẻ em xã Vân Sơn');
  await app.screenshot('hoi-vien-chua-nop-cuon');
  await app.expectNoHorizontalScroll();
}

/** "Chọn tất cả chưa nộp" ticks rows never loaded too; one Lưu records them all. */
async function collectWholeCommune(app: AppShellPage, members: MembersPage): Promise<void> {
  const page = members.page;
  await members.pick(page, 'Tổ chức Hội', 'xa van son', /xã Vân Sơn/);
  const sheetCount = page.getByRole('status').filter({ hasText: 'đã đánh dấu' });
  await expect(sheetCount).toHaveText('135 hội viên · 135 chưa nộp · đã đánh dấu 0');
  await page.getByRole('button', { name: 'Chọn tất cả chưa nộp' }).click();
  await expect(sheetCount).toHaveText('135 hội viên · 135 chưa nộp · đã đánh dấu 135');
  const grid = page.getByRole('table', { name: 'Thu hội phí' });
  await members.scrollToEnd(grid);
  await expect(grid.getByRole('checkbox', { name: 'Đã nộp: Nguyễn Kim Yến' })).toBeChecked();
  await expect(grid.getByRole('textbox', { name: 'Số tiền của Nguyễn Kim Yến' })).toHaveValue('50.000');
  await app.screenshot('hoi-vien-thu-hoi-phi-nhieu');
  await app.expectNoHorizontalScroll();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã ghi hội phí cho 135 hội viên')).toBeVisible();
  await expect(sheetCount).toHaveText('135 hội viên · 0 chưa nộp · đã đánh dấu 0');
  await expect(grid.locator('[aria-rowindex="136"]')).toContainText('50.000 — Đã nộp');
}
