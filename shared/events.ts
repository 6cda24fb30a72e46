import type { AppErrorData } from './errors';

/** Push events from the core to the renderer. Closed set; each carries only ids and counts. */
export interface DataChangedEvent {
  type: 'data.changed';
  /** The entity that changed, e.g. `organization.profile`. */
  entity: string;
  ids: string[];
}

export interface JobProgressEvent {
  type: 'job.progress';
  jobId: string;
  done: number;
  total: number;
  /** Vietnamese label of the current stage, shown under the progress bar. */
  stage: string;
}

export type JobStatus = 'succeeded' | 'failed' | 'cancelled';

export interface JobFinishedEvent {
  type: 'job.finished';
  jobId: string;
  status: JobStatus;
  result?: unknown;
  error?: AppErrorData;
}

export type AppEvent = DataChangedEvent | JobProgressEvent | JobFinishedEvent;
export type AppEventType = AppEvent['type'];
export type EventOf<T extends AppEventType> = Extract<AppEvent, { type: T }>;

export const APP_EVENT_TYPES: readonly AppEventType[] = ['data.changed', 'job.progress', 'job.finished'];

export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (APP_EVENT_TYPES as readonly string[]).includes(type);
}
