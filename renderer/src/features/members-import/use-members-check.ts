import { useState } from 'react';
import { importPreview, type ColumnMapping, type ImportPreview, type ImportReadResult } from '../../../../shared/schemas/lists';
import { useApi, useJobState } from '../../api/context';
import { errorMessage } from '../../components/import/error-message';

export interface MembersCheck {
  validateJob: string | null;
  /** The preview to show: the last check's, kept on screen while the branches are re-checked. */
  preview: ImportPreview | null;
  /** Identifies the shown preview (the job that made it). */
  previewJob: string | null;
  /** The branch choices the shown preview was checked with. */
  options: Record<string, string>;
  /** A check is being started or runs (the first one or a re-check): nothing may be committed or re-read. */
  busy: boolean;
  failure: string | null;
  /** A check started from the mapping step, with the mapping as the user left it. */
  validated(jobId: string, mapping: ColumnMapping): void;
  /** Checks again with the same mapping and these branch choices. */
  recheck(read: ImportReadResult, options: Record<string, string>): Promise<void>;
  /** Back to the mapping: the branch choices are kept for the next check. */
  back(): void;
  /** Another sheet: its branch names are not the ones chosen for. */
  forget(): void;
}

/**
 * The preview to show for a check job: its own once it succeeded, else (during a re-check) the
 * last one, which stays on screen until the re-check ends; and whether the job runs.
 */
function useShownPreview(validateJob: string | null, rechecking: boolean) {
  const [last, setLast] = useState<{ jobId: string; preview: ImportPreview } | null>(null);
  const state = useJobState(validateJob);
  const latest = state?.status === 'succeeded' ? (importPreview.safeParse(state.result).data ?? null) : null;
  if (latest && validateJob && last?.jobId !== validateJob) setLast({ jobId: validateJob, preview: latest });
  const shown = latest ? { jobId: validateJob, preview: latest } : rechecking ? last : null;
  return {
    shown,
    running: validateJob !== null && (state === undefined || state.status === 'running'),
    failure: rechecking && state?.status === 'failed' ? (state.error?.message ?? null) : null,
  };
}

/** The check of a members file and its re-checks after branch names were mapped or created. */
export function useMembersCheck(): MembersCheck {
  const api = useApi();
  const [validateJob, setValidateJob] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ mapping: ColumnMapping; options: Record<string, string> }>({ mapping: {}, options: {} });
  const [rechecking, setRechecking] = useState(false);
  const [starting, setStarting] = useState(false);
  const [callFailure, setCallFailure] = useState<string | null>(null);
  const { shown, running, failure } = useShownPreview(validateJob, rechecking);
  return {
    validateJob,
    preview: shown?.preview ?? null,
    previewJob: shown?.jobId ?? null,
    options: checked.options,
    busy: starting || running,
    failure: callFailure ?? failure,
    validated(jobId, mapping) {
      setRechecking(false);
      setChecked((before) => ({ mapping, options: before.options }));
      setValidateJob(jobId);
    },
    async recheck(read, options) {
      setCallFailure(null);
      setRechecking(true);
      setStarting(true);
      setChecked((before) => ({ ...before, options }));
      try {
        setValidateJob((await api.call('lists.import.validate', { importId: read.importId, mapping: checked.mapping, options })).jobId);
      } catch (error) {
        setCallFailure(errorMessage(error));
      } finally {
        setStarting(false);
      }
    },
    back() {
      setRechecking(false);
      setValidateJob(null);
    },
    forget() {
      setRechecking(false);
      setValidateJob(null);
      setChecked({ mapping: {}, options: {} });
    },
  };
}
