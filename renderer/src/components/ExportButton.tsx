import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedFile } from '../../../shared/schemas/lists';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';

const TEXT = {
  label: 'Xuất Excel',
  saved: 'Đã lưu tệp Excel.',
  downloading: 'Tệp Excel đang được tải về.',
  failed: 'Không xuất được tệp Excel.',
};

/**
 * "Xuất Excel" for any list on screen: the core writes the file and offers it (a save dialog in
 * the desktop app, a download in the browser).
 */
export function ExportButton({ run, label = TEXT.label }: { run(): Promise<SavedFile>; label?: string }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const exportNow = async () => {
    setBusy(true);
    try {
      const result = await run();
      if (result.kind === 'download') {
        api.transport.download(result.url);
        notifications.show({ color: 'green', message: TEXT.downloading });
      } else if (result.kind === 'saved') {
        notifications.show({ color: 'green', message: TEXT.saved });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: TEXT.failed, message: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={busy} onClick={() => void exportNow()}>
      {label}
    </Button>
  );
}
