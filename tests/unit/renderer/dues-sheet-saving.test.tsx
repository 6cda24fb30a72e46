// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../renderer/src/api/client';
import { ApiProvider } from '../../../renderer/src/api/context';
import { DuesSheetPage } from '../../../renderer/src/features/members/DuesSheetPage';
import type { Envelope } from '../../../shared/errors';
import { createFakeTransport } from './fake-transport';

afterEach(cleanup);

const BRANCH = '0190a6b2-0000-7000-8000-000000000001';
const LABEL = 'Hội Bảo vệ quyền trẻ em xã Vân Sơn (Xã Vân Sơn)';
const memberIds = (count: number) => Array.from({ length: count }, (_, index) => `0190a6b2-0000-7000-8000-${String(index).padStart(12, '0')}`);

/** The dues page of one branch whose unpaid members are `unpaid`; each `members.dues.collect` answers with `collect`. */
function renderSheet(unpaid: string[], collect: (input: unknown) => Promise<Envelope<unknown>>) {
  const fake = createFakeTransport({
    'system.info': () => ({ ok: true, value: { appVersion: '1.0.0', schemaVersion: '1', today: '2025-05-10', transport: 'http' } }),
    'branches.list': () => ({ ok: true, value: { items: [] } }),
    'members.dues.sheet': () => ({ ok: true, value: { year: 2025, total: unpaid.length, unpaid: unpaid.length, rows: [] } }),
    'members.dues.unpaid': () => ({ ok: true, value: { year: 2025, memberIds: unpaid } }),
    'members.dues.collect': collect,
  });
  const view = render(
    <MantineProvider>
      <ApiProvider api={createApi(fake.transport)}>
        <MemoryRouter initialEntries={[`/members/dues?branch=${BRANCH}&branchLabel=${encodeURIComponent(LABEL)}`]}>
          <DuesSheetPage />
        </MemoryRouter>
      </ApiProvider>
    </MantineProvider>,
  );
  return { ...fake, view, collects: () => fake.calls.filter((call) => call.method === 'members.dues.collect') };
}

/** `count` as the page writes it ("2.000"). */
async function tickAllAndSave(n: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Chọn tất cả chưa nộp' }));
  await screen.findByText(`${n} hội viên · ${n} chưa nộp · đã đánh dấu ${n}`);
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
}

describe('the dues page while it saves', () => {
  it('shows the branch from the address, locks branch, sub-branches, year and amount, and stops the batches when left', async () => {
    let answer: (envelope: Envelope<unknown>) => void = () => undefined;
    const fake = renderSheet(memberIds(2_000), () => new Promise((resolve) => (answer = resolve)));
    const branch = await screen.findByRole('combobox', { name: 'Tổ chức Hội' });
    expect((branch as HTMLInputElement).value).toBe(LABEL);
    const fields = [branch, screen.getByRole('switch', { name: 'Gồm cả cấp dưới' }), screen.getByRole('textbox', { name: 'Năm' }), screen.getByRole('textbox', { name: 'Mức hội phí (đồng)' })];
    expect(fields.map((field) => (field as HTMLInputElement).disabled)).toEqual([false, false, false, false]);

    await tickAllAndSave('2.000');
    await waitFor(() => expect(fake.collects()).toHaveLength(1));
    expect(fields.map((field) => (field as HTMLInputElement).disabled)).toEqual([true, true, true, true]);

    // The secretary leaves the page during the first of two batches: the second is never sent.
    fake.view.unmount();
    await act(async () => answer({ ok: true, value: { saved: 1_000, alreadyPaid: 0, skipped: [] } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.collects()).toHaveLength(1);
  });

  it('forgets the ticks of members the core skipped, and names them', async () => {
    const ids = memberIds(3);
    renderSheet(ids, async () => ({ ok: true, value: { saved: 2, alreadyPaid: 0, skipped: [{ memberId: ids[1], fullName: 'Trần Thị Đào', reason: 'deleted' }] } }));
    await tickAllAndSave('3');
    expect((await screen.findByRole('alert')).textContent).toBe('Không ghi cho 1 hội viên đã bị xóa: Trần Thị Đào.');
    expect(screen.getByText('3 hội viên · 3 chưa nộp · đã đánh dấu 0')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Năm' }) as HTMLInputElement).disabled).toBe(false);
  });
});
