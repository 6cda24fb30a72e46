import { useState } from 'react';
import type { ListType } from '../../../../shared/schemas/list-specs';
import { importReadResult, type ImportReadResult } from '../../../../shared/schemas/lists';
import { useApi, useJobState } from '../../api/context';
import { errorMessage } from './error-message';

export interface ImportRead {
  /** The last successful reading of the file (kept while another sheet is being read). */
  read: ImportReadResult | null;
  /** The running or last read job. */
  readJob: string | null;
  /** The sheet being read now, while a re-read runs. */
  pendingSheet: string | null;
  /** The sheet Sổ Hội chose by itself (the header matching best) when the file was first read. */
  autoSheet: string | null;
  /** Why the last call or re-read failed (a first read's failure shows in its job progress). */
  failure: string | null;
  chooseFile(): Promise<void>;
  pickSheet(sheetName: string): Promise<void>;
}

const resultOf = (state: ReturnType<typeof useJobState>) => (state?.status === 'succeeded' ? (importReadResult.safeParse(state.result).data ?? null) : null);

/** The reading to show: the read job's result, or the last one while another sheet is read or after a re-read failed. */
function useShownReading(readJob: string | null, firstJob: string | null) {
  const state = useJobState(readJob);
  const [kept, setKept] = useState<ImportReadResult | null>(null);
  const latest = resultOf(state);
  // The reading kept on screen while another sheet is read (state derived during render).
  if (latest && latest.importId !== kept?.importId) setKept(latest);
  const read = latest ?? kept;
  return {
    read,
    autoSheet: resultOf(useJobState(firstJob))?.sheetName ?? null,
    running: readJob !== null && (state === undefined || state.status === 'running'),
    failure: read && state?.status === 'failed' ? (state.error?.message ?? null) : null,
    forget: () => setKept(null),
  };
}

/**
 * Choosing a file and reading it (a job), then reading another sheet of the same file on
 * request: the file's token stays registered in the core until the import is committed or
 * discarded, and the earlier reading stays on screen until the new one succeeds.
 */
export function useImportRead(listType: ListType): ImportRead {
  const api = useApi();
  const [file, setFile] = useState<{ token: string; firstJob: string | null } | null>(null);
  const [readJob, setReadJob] = useState<string | null>(null);
  const [pendingSheet, setPendingSheet] = useState<string | null>(null);
  const [callFailure, setCallFailure] = useState<string | null>(null);
  const shown = useShownReading(readJob, file?.firstJob ?? null);

  const start = async (token: string, sheetName?: string): Promise<string | null> => {
    setCallFailure(null);
    setPendingSheet(sheetName ?? null);
    try {
      const { jobId } = await api.call('lists.import.read', { listType, fileToken: token, ...(sheetName ? { sheetName } : {}) });
      setReadJob(jobId);
      return jobId;
    } catch (error) {
      setCallFailure(errorMessage(error));
      return null;
    }
  };
  const chooseFile = async () => {
    const chosen = await api.transport.openFile({ accept: ['.xlsx'] }).catch((error: unknown) => void setCallFailure(errorMessage(error)));
    if (!chosen) return;
    shown.forget();
    const firstJob = await start(chosen.token);
    setFile({ token: chosen.token, firstJob });
  };
  return {
    read: shown.read,
    readJob,
    pendingSheet: shown.running ? pendingSheet : null,
    autoSheet: shown.autoSheet,
    failure: callFailure ?? shown.failure,
    chooseFile,
    async pickSheet(sheetName) {
      if (file) await start(file.token, sheetName);
    },
  };
}
