import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { useJobState } from '../../api/context';
import type { JobState } from '../../api/job-store';

/**
 * A job started from a screen: its id, its live state, the parsed result once it succeeded, and
 * the refusal when the call itself was refused (the job's own failure is in `state.error`).
 */
export function useJob<S extends z.ZodType>(resultSchema: S) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const state: JobState | undefined = useJobState(jobId);
  const running = jobId !== null && (state === undefined || state.status === 'running');
  const parsed = state?.status === 'succeeded' ? resultSchema.safeParse(state.result) : null;
  const result: z.output<S> | null = parsed?.success ? parsed.data : null;

  async function start(call: () => Promise<{ jobId: string }>): Promise<void> {
    setRefusal(null);
    setJobId(null);
    try {
      setJobId((await call()).jobId);
    } catch (error) {
      setRefusal(error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)));
    }
  }

  const reset = () => {
    setJobId(null);
    setRefusal(null);
  };
  return { jobId, state, running, result, refusal, start, reset };
}
