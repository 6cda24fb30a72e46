import { useState } from 'react';
import type { ListType } from '../../../../shared/schemas/list-specs';
import { importReadResult, type ImportReadResult } from '../../../../shared/schemas/lists';
import { ApiError } from '../../api/client';
import { useApi, useJobState } from '../../api/context';

export interface ImportRead {
  /** The last successful reading of the file (kept while another sheet is being read). */
  read: ImportReadResult | null;
  /** The running or last read job. */
  readJob: string | null;
  /** The sheet being read now, while a re-read runs. */
  pendingSheet: string | null;
  /** Why the last call or re-read failed (a first read's failure shows in its job progress). */
  failure: string | null;
  chooseFile(): Promise<void>;
  pickSheet(sheetName: string): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/**
 * Choosing a file and reading it (a job), then reading another sheet of the same file on
 * request: the file's token stays registered in the core until the import is committed or
 * discarded, and the earlier reading stays on screen until the new one succeeds.
 */
export function useImportRead(listType: ListType): ImportRead {
  const api = useApi();
  const [fileToken, setFileToken] = useState<string | null>(null);
  const [readJob, setReadJob] = useState<string | null>(null);
  const [read, setRead] = useState<ImportReadResult | null>(null);
  const [pendingSheet, setPendingSheet] = useState<string | null>(null);
  const [callFailure, setCallFailure] = useState<string | null>(null);
  const state = useJobState(readJob);
  const latest = state?.status === 'succeeded' ? (importReadResult.safeParse(state.result).data ?? null) : null;
  // The reading kept on screen while another sheet is read (state derived during render).
  if (latest && latest.importId !== read?.importId) setRead(latest);
  const running = state === undefined || state.status === 'running';
  const jobFailure = read && state?.status === 'failed' ? (state.error?.message ?? null) : null;

  const start = async (token: string, sheetName?: string) => {
    setCallFailure(null);
    setPendingSheet(sheetName ?? null);
    try {
      setReadJob((await api.call('lists.import.read', { listType, fileToken: token, ...(sheetName ? { sheetName } : {}) })).jobId);
    } catch (error) {
      setCallFailure(messageOf(error));
    }
  };
  return {
    read: latest ?? read,
    readJob,
    pendingSheet: readJob !== null && running ? pendingSheet : null,
    failure: callFailure ?? jobFailure,
    chooseFile: () =>
      api.transport.openFile({ accept: ['.xlsx'] }).then(
        async (file) => {
          if (!file) return;
          setFileToken(file.token);
          setRead(null);
          await start(file.token);
        },
        (error: unknown) => setCallFailure(messageOf(error)),
      ),
    async pickSheet(sheetName) {
      if (fileToken) await start(fileToken, sheetName);
    },
  };
}
