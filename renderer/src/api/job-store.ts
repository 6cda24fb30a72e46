import type { AppErrorData } from '../../../shared/errors';
import type { AppEvent, JobStatus } from '../../../shared/events';

export interface JobState {
  jobId: string;
  status: 'running' | JobStatus;
  done: number;
  total: number;
  stage: string;
  result?: unknown;
  error?: AppErrorData;
}

/**
 * Every job's latest state, fed by the push events. Events may arrive before the call that
 * started the job has returned its id, so the store keeps them from the start.
 */
export function createJobStore() {
  const jobs = new Map<string, JobState>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function apply(event: AppEvent): void {
    if (event.type === 'job.progress') {
      const previous = jobs.get(event.jobId);
      if (previous && previous.status !== 'running') return;
      jobs.set(event.jobId, { jobId: event.jobId, status: 'running', done: event.done, total: event.total, stage: event.stage });
      notify();
    } else if (event.type === 'job.finished') {
      const previous = jobs.get(event.jobId) ?? { jobId: event.jobId, status: 'running', done: 0, total: 0, stage: '' };
      jobs.set(event.jobId, { ...previous, status: event.status, result: event.result, error: event.error });
      notify();
    }
  }

  return {
    apply,
    get: (jobId: string): JobState | undefined => jobs.get(jobId),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
