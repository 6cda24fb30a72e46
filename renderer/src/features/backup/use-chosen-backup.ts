import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BackupHeaderDto, BackupSource } from '../../../../shared/schemas/backup';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';

/**
 * The backup file the user chose (or the local automatic backup named in the address, `?local=`)
 * and what its readable header says.
 */
export function useChosenBackup() {
  const api = useApi();
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState<{ source: BackupSource; header: BackupHeaderDto } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const describe = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

  const inspect = async (source: BackupSource) => {
    setFailure(null);
    setChosen(null);
    try {
      setChosen({ source, header: await api.call('backup.inspect', { source }) });
    } catch (error) {
      setFailure(describe(error));
    }
  };
  const local = params.get('local');
  useEffect(() => {
    if (!local) return;
    let current = true;
    const source: BackupSource = { kind: 'local', name: local };
    api.call('backup.inspect', { source }).then(
      (header) => {
        if (current) setChosen({ source, header });
      },
      (error: unknown) => {
        if (current) setFailure(describe(error));
      },
    );
    return () => void (current = false);
  }, [api, local]);

  const pick = async () => {
    try {
      const file = await api.transport.openFile({ accept: ['.sohoi'] });
      if (file) await inspect({ kind: 'file', token: file.token });
    } catch (error) {
      setFailure(describe(error));
    }
  };
  return { chosen, failure, pick };
}
