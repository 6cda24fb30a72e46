import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/core/events';
import { createJobRunner } from '../../../electron/core/jobs';
import type { Handler } from '../../../electron/core/types';
import { databaseCheckResult } from '../../../shared/contract/system';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import type { AppEvent, JobFinishedEvent, JobProgressEvent } from '../../../shared/events';
import { collectEvents, createTestCore, testSession, waitForEvent, withHandlers, type TestCore } from '../../helpers/core';
import { dispatch } from '../../../electron/core/dispatch';

const STAGES = ['Kiểm tra tính toàn vẹn của tệp dữ liệu', 'Kiểm tra liên kết giữa các bảng', 'Đếm số bản ghi'];

const finishedOf = (jobId: string) => (event: AppEvent): event is JobFinishedEvent => event.type === 'job.finished' && event.jobId === jobId;
const progressOf = (events: AppEvent[], jobId: string) =>
  events.filter((event): event is JobProgressEvent => event.type === 'job.progress' && event.jobId === jobId);

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore();
});

afterEach(async () => {
  await t?.close(); // undefined when beforeEach failed
});

async function startCheck(session = testSession()): Promise<string> {
  const started = await t.value('system.checkDatabase', {}, session);
  expect(started.jobId).toMatch(/^[0-9a-f-]{36}$/);
  return started.jobId;
}

describe('system.checkDatabase as a job', () => {
  it('returns a job id, reports Vietnamese progress and finishes with the table counts', async () => {
    const collected = collectEvents(t.core);
    const jobId = await startCheck();
    expect(collected.events).toEqual([]); // the caller has the id before any event
    const finished = await waitForEvent(t.core, finishedOf(jobId));
    collected.stop();

    const progress = progressOf(collected.events, jobId);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const dones = progress.map((event) => event.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(dones).size).toBe(dones.length);
    const total = progress[0]?.total ?? -1;
    expect(progress.every((event) => event.total === total)).toBe(true);
    expect(dones.at(-1)).toBe(total);
    expect([...new Set(progress.map((event) => event.stage))]).toEqual(STAGES);

    expect(finished.status).toBe('succeeded');
    expect(finished.error).toBeUndefined();
    const result = databaseCheckResult.parse(finished.result);
    expect(result).toMatchObject({ integrityOk: true, foreignKeysOk: true, problems: [] });
    const adminUnits = result.tables.find((table) => table.name === 'admin_units');
    expect(adminUnits?.rows).toBe(t.count('admin_units'));
    expect(adminUnits?.rows).toBeGreaterThan(0);
    expect(result.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['organizations', 'organization_profiles']));
    expect(total).toBe(result.tables.length + 2);
    expect(collected.events.filter(finishedOf(jobId))).toHaveLength(1);
  });

  it('stops when cancelled through jobs.cancel on the first progress event', async () => {
    const events: AppEvent[] = [];
    let cancel: Promise<unknown> | undefined;
    const stop = t.core.events.subscribe((event) => {
      events.push(event);
      if (event.type === 'job.progress' && cancel === undefined) cancel = t.call('jobs.cancel', { jobId: event.jobId });
    });
    const jobId = await startCheck();
    const finished = await waitForEvent(t.core, finishedOf(jobId));
    stop();

    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(finished).toEqual({ type: 'job.finished', jobId, status: 'cancelled', error: { code: 'CANCELLED', message: ERROR_MESSAGES.CANCELLED } });
    expect(events.filter((event) => event.type === 'job.finished')).toHaveLength(1);
    expect(progressOf(events, jobId)).toHaveLength(1);
  });

  it('answers { cancelled: false } for an unknown job id', async () => {
    expect(await t.call('jobs.cancel', { jobId: 'khong-co-viec-nay' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('answers { cancelled: false } for a job that has already finished', async () => {
    const jobId = await startCheck();
    await waitForEvent(t.core, finishedOf(jobId));
    expect(await t.call('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('does not let another account cancel a job it does not own', async () => {
    const owner = testSession({ sessionId: 'test-session-owner', accountId: 'owner' });
    const other = testSession({ sessionId: 'test-session-other', accountId: 'other', role: 'thu_ky' });
    let attempt: Promise<unknown> | undefined;
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.progress' && attempt === undefined) attempt = t.call('jobs.cancel', { jobId: event.jobId }, other);
    });
    const jobId = await startCheck(owner);
    const finished = await waitForEvent(t.core, finishedOf(jobId));
    stop();
    expect(await attempt).toEqual({ ok: true, value: { cancelled: false } });
    expect(finished.status).toBe('succeeded');
  });

  it('fails an unexpected error as INTERNAL and logs the stack without the message', async () => {
    const throwing: Handler<'system.checkDatabase'> = (_input, context) => ({
      jobId: context.startJob(async (job) => {
        job.report(0, 1, 'Đang đọc');
        throw new Error('Không đọc được hồ sơ của Trần Văn Bí Mật 0912345678');
      }),
    });
    const started = await dispatch(withHandlers(t.core, { 'system.checkDatabase': throwing }), 'system.checkDatabase', {}, testSession());
    if (!started.ok) throw new Error('the job did not start');
    const { jobId } = started.value as { jobId: string };
    const finished = await waitForEvent(t.core, finishedOf(jobId));
    expect(finished).toEqual({ type: 'job.finished', jobId, status: 'failed', error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
    const log = t.readLog();
    expect(log).toMatch(/"event":"job\.failed".*"stack":"Error\\n\s+at /);
    expect(log).not.toContain('Bí Mật');
    expect(log).not.toContain('0912345678');
  });
});

describe('createJobRunner', () => {
  function runner() {
    const events: AppEvent[] = [];
    const bus = createEventBus(() => undefined);
    bus.subscribe((event) => void events.push(event));
    let next = 0;
    const errors: unknown[] = [];
    const jobs = createJobRunner(bus, () => `job-${++next}`);
    const start = (work: Parameters<typeof jobs.start>[0], ownerId: string | null = 'a') =>
      jobs.start(work, { ownerId, onError: (error) => void errors.push(error) });
    return { events, errors, jobs, start };
  }

  it('finishes a job whose work throws an unexpected error as failed/INTERNAL and hands the error to onError', async () => {
    const { events, errors, jobs, start } = runner();
    const boom = new Error('Lê Thị Riêng Tư');
    const jobId = start(async () => {
      throw boom;
    });
    await jobs.idle();
    expect(events).toEqual([{ type: 'job.finished', jobId, status: 'failed', error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }]);
    expect(errors).toEqual([boom]);
    expect(JSON.stringify(events)).not.toContain('Riêng Tư');
  });

  it('passes an AppError through with its code and does not report it as unexpected', async () => {
    const { events, errors, jobs, start } = runner();
    const jobId = start(async () => {
      throw new AppError('NOT_FOUND', 'Không tìm thấy tệp sao lưu.');
    });
    await jobs.idle();
    expect(events).toEqual([{ type: 'job.finished', jobId, status: 'failed', error: { code: 'NOT_FOUND', message: 'Không tìm thấy tệp sao lưu.' } }]);
    expect(errors).toEqual([]);
  });

  it('cancels at the next checkpoint only for the owner', async () => {
    const { events, jobs, start } = runner();
    const reached: string[] = [];
    const jobId = start(async (job) => {
      reached.push('before');
      await job.checkpoint();
      reached.push('after');
      return 1;
    }, 'owner');
    expect(jobs.cancel(jobId, 'someone-else')).toBe(false);
    expect(jobs.cancel(jobId, null)).toBe(false);
    expect(jobs.cancel(jobId, 'owner')).toBe(true);
    await jobs.idle();
    expect(reached).toEqual(['before']);
    expect(events).toEqual([{ type: 'job.finished', jobId, status: 'cancelled', error: { code: 'CANCELLED', message: ERROR_MESSAGES.CANCELLED } }]);
    expect(jobs.cancel(jobId, 'owner')).toBe(false);
  });

  it("addresses a job's events to its owner only", async () => {
    const bus = createEventBus(() => undefined);
    const audiences: (string | null)[] = [];
    bus.subscribe((_event, audience) => void audiences.push(audience));
    const jobs = createJobRunner(bus, () => 'job-1');
    jobs.start(
      async (job) => {
        job.report(0, 1, 'Đang làm');
        return null;
      },
      { ownerId: 'owner', onError: () => undefined },
    );
    await jobs.idle();
    expect(audiences).toEqual(['owner', 'owner']);
  });

  it('gives each job its own id and waits for all of them in idle()', async () => {
    const { events, jobs, start } = runner();
    const first = start(async () => 'một');
    const second = start(async (job) => {
      await job.checkpoint();
      return 'hai';
    });
    expect(first).not.toBe(second);
    expect(events).toEqual([]);
    await jobs.idle();
    expect(events).toEqual([
      { type: 'job.finished', jobId: first, status: 'succeeded', result: 'một' },
      { type: 'job.finished', jobId: second, status: 'succeeded', result: 'hai' },
    ]);
  });
});
