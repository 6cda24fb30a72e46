// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReadResult } from '../../../shared/schemas/lists';
import { createApi } from '../../../renderer/src/api/client';
import { ApiProvider } from '../../../renderer/src/api/context';
import { SessionProvider } from '../../../renderer/src/features/auth/session-context';
import { MembersImportWizard } from '../../../renderer/src/features/members-import/MembersImportWizard';
import { createFakeTransport } from './fake-transport';

/** The members import wizard over a fake core: what can be clicked while a check runs. */

afterEach(cleanup);

const READ: ImportReadResult = {
  importId: 'import-1',
  listType: 'members',
  fileName: 'Danh sách.xlsx',
  sheetName: 'Chi hội Vân Sơn',
  sheets: [
    { name: 'Chi hội Vân Sơn', rows: 3, hasHeader: true },
    { name: 'CLB Nhà báo', rows: 5, hasHeader: true },
  ],
  headerRow: 1,
  headers: [
    { index: 0, text: 'Họ và tên' },
    { index: 1, text: 'Chi hội' },
  ],
  mapping: { fullName: 0, branch: 1 },
  remembered: false,
  rowCount: 2,
  sample: [['Vũ Văn Hải', 'Chi hội Xóm Mới']],
};

/** A check's preview; with `note`, "Chi hội Xóm Mới" (1 row) is unknown and could not be created. */
function preview(checkId: string, good: number, note?: string): ImportPreview {
  const unknown = note ? [{ label: 'Chi hội chưa có: Chi hội Xóm Mới', count: 1, countOf: 'dòng', note }] : [];
  return {
    importId: 'import-1',
    checkId,
    total: 2,
    valid: good,
    invalid: 2 - good,
    counts: { good, rejected: 2 - good, duplicate: 0, skipped: 0 },
    summary: [{ label: 'Hội viên mới sẽ nhập', count: good }, ...unknown],
    parsedColumns: [],
    rows: [],
    canCommit: good > 0,
    blocked: null,
  };
}

const XOM_MOI = { id: 'b-xom-moi', name: 'Chi hội thôn Xóm Mới', kind: 'chi_hoi_thon', parentId: null, parentName: null, unitCode: '07621', unitName: 'Xã Vân Sơn', foundedOn: '2020-01-01', dissolvedOn: null, foundedInDifficultCommune: false, activeChildren: 0 };

function renderWizard(branches: unknown[] = []) {
  let jobs = 0;
  const fake = createFakeTransport({
    'auth.me': () => ({ ok: true, value: { accountId: 'a1', username: 'thuky', displayName: 'Thư ký', role: 'thu_ky', restriction: null, idleLockMinutes: 15 } }),
    'branches.list': () => ({ ok: true, value: { asOf: '2025-05-10', items: branches, total: branches.length } }),
    'lists.import.read': () => ({ ok: true, value: { jobId: `job-${(jobs += 1)}` } }),
    'lists.import.validate': () => ({ ok: true, value: { jobId: `job-${(jobs += 1)}` } }),
    'lists.import.commit': () => ({ ok: true, value: { written: 2, summary: [{ label: 'Hội viên đã nhập', count: 2 }] } }),
  });
  fake.transport.openFile = async () => ({ token: 'file-1', name: 'Danh sách.xlsx', size: 7536 });
  render(
    <MantineProvider>
      <ApiProvider api={createApi(fake.transport)}>
        <SessionProvider>
          <MembersImportWizard onClose={() => undefined} />
        </SessionProvider>
      </ApiProvider>
    </MantineProvider>,
  );
  const finish = (jobId: string, result: unknown) => act(() => fake.push({ type: 'job.finished', jobId, status: 'succeeded', result }));
  const lastJob = () => `job-${jobs}`;
  return { fake, finish, lastJob };
}

const sheetPicker = () => screen.getByRole('combobox', { name: 'Trang tính' }) as HTMLInputElement;
const commitButton = () => screen.getByRole('button', { name: /^Nhập \d+ dòng hợp lệ$/ }) as HTMLButtonElement;

async function readFile(wizard: ReturnType<typeof renderWizard>) {
  const choose = await screen.findByRole('button', { name: 'Chọn tệp Excel…' });
  await act(async () => fireEvent.click(choose));
  await waitFor(() => expect(wizard.lastJob()).toBe('job-1'));
  wizard.finish('job-1', READ);
}

describe('the members import wizard', () => {
  it('says which name columns are required before the file is chosen', () => {
    renderWizard();
    expect(screen.getByText('* Bắt buộc: cột Họ và tên, hoặc các cột Họ, Chữ đệm và Tên riêng.')).toBeTruthy();
  });

  it('says the sheet was chosen by Sổ Hội only while that sheet is shown', async () => {
    const wizard = renderWizard();
    await readFile(wizard);
    expect(screen.getByText('Tệp có 2 trang; Sổ Hội đã chọn trang có tiêu đề cột khớp nhất.')).toBeTruthy();
    await act(async () => fireEvent.click(sheetPicker()));
    // The dropdown's transition keeps it hidden to the accessibility tree in happy-dom.
    const option = await screen.findByRole('option', { name: /^CLB Nhà báo/, hidden: true });
    await act(async () => fireEvent.click(option));
    await waitFor(() => expect(wizard.fake.calls.at(-1)).toEqual({ method: 'lists.import.read', input: { listType: 'members', fileToken: 'file-1', sheetName: 'CLB Nhà báo' } }));
    wizard.finish(wizard.lastJob(), { ...READ, importId: 'import-2', sheetName: 'CLB Nhà báo' });
    expect(sheetPicker().value).toBe('CLB Nhà báo — 5 dòng không trống');
    expect(screen.getByText('Tệp có 2 trang.')).toBeTruthy();
    expect(screen.queryByText(/Sổ Hội đã chọn trang/)).toBeNull();
  });

  it('locks the sheet during the check, and "Nhập" during a re-check; the commit names the check shown', async () => {
    const wizard = renderWizard();
    await readFile(wizard);
    expect(sheetPicker().disabled).toBe(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' })));
    await waitFor(() => expect(sheetPicker().disabled).toBe(true));
    wizard.finish(wizard.lastJob(), preview('check-1', 1, 'Không tạo được chi hội mới: ngày thành lập không được sau hôm nay (10/05/2025).'));
    expect(screen.getByText('Không tạo được chi hội mới: ngày thành lập không được sau hôm nay (10/05/2025).')).toBeTruthy();
    expect(commitButton().disabled).toBe(false);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Áp dụng và kiểm tra lại' })));
    await waitFor(() => expect(wizard.fake.calls.filter((call) => call.method === 'lists.import.validate')).toHaveLength(2));
    expect(commitButton().disabled).toBe(true);
    wizard.finish(wizard.lastJob(), preview('check-2', 2));
    expect(commitButton().disabled).toBe(false);
    await act(async () => fireEvent.click(commitButton()));
    expect(wizard.fake.calls.at(-1)).toEqual({ method: 'lists.import.commit', input: { importId: 'import-1', checkId: 'check-2' } });
  });

  it('keeps the branch choices when the user goes back to the mapping and checks again', async () => {
    const wizard = renderWizard([XOM_MOI]);
    await readFile(wizard);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' })));
    wizard.finish(wizard.lastJob(), preview('check-1', 1, 'Chưa ghép.'));
    await act(async () => fireEvent.click(screen.getByRole('combobox', { name: 'Ghép "Chi hội Xóm Mới" với chi hội' })));
    const option = await screen.findByRole('option', { name: /^Chi hội thôn Xóm Mới/, hidden: true });
    await act(async () => fireEvent.click(option));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Áp dụng và kiểm tra lại' })));
    const validations = () => wizard.fake.calls.filter((call) => call.method === 'lists.import.validate').map((call) => (call.input as { options: Record<string, string> }).options);
    await waitFor(() => expect(validations()).toHaveLength(2));
    const chosen = validations()[1] ?? {};
    expect(Object.values(chosen)).toContain('b-xom-moi');
    wizard.finish(wizard.lastJob(), preview('check-2', 2));

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Quay lại ghép cột' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' })));
    await waitFor(() => expect(validations()).toHaveLength(3));
    expect(validations()[2]).toEqual(chosen);
  });
});
