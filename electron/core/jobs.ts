import { AppError } from '../../shared/errors';
import type { JobFinishedEvent } from '../../shared/events';
import type { EventBus } from './events';

/** What a job's work function gets: a cancellation signal and a way to report progress. */
export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  /** Reports progress; `stage` is a Vietnamese label shown to the user. */
  report(done: number, total: number, stage: string): void;
  /** A safe point to stop: lets other work run, then throws CANCELLED if the job was cancelled. */
  checkpoint(): Promise<void>;
}

export interface JobRunner {
  start<R>(work: (job: JobContext) => Promise<R>, options: { ownerId: string | null; onError: (error: unknown) => void }): string;
  /** Requests cancellation; returns false when no such job runs or it belongs to someone else. */
  cancel(jobId: string, ownerId: string | null): boolean;
  /** Resolves when every running job has finished (used at shutdown and in tests). */
  idle(): Promise<void>;
}

interface RunningJob {
  controller: AbortController;
  ownerId: string | null;
  done: Promise<void>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createJobRunner(events: EventBus, newId: () => string): JobRunner {
  const running = new Map<string, RunningJob>();

  function contextFor(jobId: string, controller: AbortController, ownerId: string | null): JobContext {
    return {
      jobId,
      signal: controller.signal,
      report: (done, total, stage) => events.emit({ type: 'job.progress', jobId, done, total, stage }, ownerId),
      checkpoint: async () => {
        await yieldToEventLoop();
        if (controller.signal.aborted) throw new AppError('CANCELLED');
      },
    };
  }

  async function run<R>(jobId: string, entry: RunningJob, work: (job: JobContext) => Promise<R>, onError: (error: unknown) => void) {
    const { controller, ownerId } = entry;
    const finish = (event: Omit<JobFinishedEvent, 'type' | 'jobId'>) => events.emit({ type: 'job.finished', jobId, ...event }, ownerId);
    await yieldToEventLoop(); // the caller receives the job id before the first event
    try {
      const result = await work(contextFor(jobId, controller, ownerId));
      finish({ status: 'succeeded', result });
    } catch (error) {
      if (error instanceof AppError && error.code === 'CANCELLED') {
        finish({ status: 'cancelled', error: error.toData() });
      } else {
        const appError = error instanceof AppError ? error : new AppError('INTERNAL');
        if (!(error instanceof AppError)) onError(error);
        finish({ status: 'failed', error: appError.toData() });
      }
    } finally {
      running.delete(jobId);
    }
  }

  return {
    start(work, options) {
      const jobId = newId();
      const controller = new AbortController();
      const entry: RunningJob = { controller, ownerId: options.ownerId, done: Promise.resolve() };
      running.set(jobId, entry);
      entry.done = run(jobId, entry, work, options.onError);
      return jobId;
    },
    cancel(jobId, ownerId) {
      const entry = running.get(jobId);
      if (!entry || entry.ownerId !== ownerId) return false;
      entry.controller.abort();
      return true;
    },
    async idle() {
      await Promise.all([...running.values()].map((entry) => entry.done));
    },
  };
}
