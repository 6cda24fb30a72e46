// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../renderer/src/api/client';
import { ApiProvider } from '../../../renderer/src/api/context';
import { JobProgress } from '../../../renderer/src/components/JobProgress';
import { createFakeTransport } from './fake-transport';

afterEach(cleanup);

function renderJob(jobId: string) {
  const fake = createFakeTransport({ 'jobs.cancel': () => ({ ok: true, value: { cancelled: true } }) });
  render(
    <MantineProvider>
      <ApiProvider api={createApi(fake.transport)}>
        <JobProgress jobId={jobId} title="Kiểm tra dữ liệu" />
      </ApiProvider>
    </MantineProvider>,
  );
  return fake;
}

describe('JobProgress', () => {
  it('shows the stage and a Vietnamese count from the job events, and stops the job on request', async () => {
    const fake = renderJob('job-1');
    act(() => fake.push({ type: 'job.progress', jobId: 'job-1', done: 1250, total: 3000, stage: 'Đếm số bản ghi' }));
    expect(screen.getByText('Đếm số bản ghi')).toBeTruthy();
    expect(screen.getByText('1.250/3.000')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Dừng' })));
    expect(fake.calls).toContainEqual({ method: 'jobs.cancel', input: { jobId: 'job-1' } });
  });

  it('ignores another job, and says how its own job ended', () => {
    const fake = renderJob('job-1');
    act(() => fake.push({ type: 'job.progress', jobId: 'job-2', done: 5, total: 9, stage: 'Việc khác' }));
    expect(screen.queryByText('Việc khác')).toBeNull();
    act(() => fake.push({ type: 'job.finished', jobId: 'job-1', status: 'failed', error: { code: 'INTERNAL', message: 'Không đọc được tệp.' } }));
    expect(screen.getByText('Không thành công')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Không đọc được tệp.');
    expect(screen.queryByRole('button', { name: 'Dừng' })).toBeNull();
  });
});
