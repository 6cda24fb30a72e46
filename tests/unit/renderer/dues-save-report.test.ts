import { describe, expect, it } from 'vitest';
import type { BatchOutcome } from '../../../renderer/src/features/members/dues-batches';
import { reportOf } from '../../../renderer/src/features/members/use-dues-sheet';

const outcome = (overrides: Partial<BatchOutcome>): BatchOutcome => ({ saved: 0, alreadyPaid: 0, doneIds: [], unsaved: [], error: null, stopped: false, ...overrides });
const ids = (count: number, prefix = 'm') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe('what the dues grid says after a save that did not go through whole', () => {
  it('names the reason, how many of the ticked were saved, and that the rest stay ticked', () => {
    const failed = outcome({ saved: 4_990, alreadyPaid: 10, doneIds: ids(5_000), unsaved: ids(1_200, 'u').map((memberId) => ({ memberId, amount: 50_000 })), error: 'Hồ sơ "Trần Thị Đào" đã bị xóa. Hãy khôi phục trước.' });
    expect(reportOf(failed, 6_200)).toEqual({
      color: 'red',
      message: 'Chưa lưu xong: Hồ sơ "Trần Thị Đào" đã bị xóa. Hãy khôi phục trước. Đã lưu 5.000 trong 6.200 hội viên đã đánh dấu. 1.200 hội viên chưa lưu vẫn được đánh dấu — bấm Lưu để lưu tiếp.',
    });
  });

  it('says the save was stopped, with the same counts', () => {
    const stopped = outcome({ saved: 1_000, doneIds: ids(1_000), unsaved: ids(500, 'u').map((memberId) => ({ memberId, amount: 0 })), stopped: true });
    expect(reportOf(stopped, 1_500)).toEqual({ color: 'yellow', message: 'Đã dừng lưu. Đã lưu 1.000 trong 1.500 hội viên đã đánh dấu. 500 hội viên chưa lưu vẫn được đánh dấu — bấm Lưu để lưu tiếp.' });
  });

  it('says nothing more than the toast when every batch went through', () => {
    expect(reportOf(outcome({ saved: 3, doneIds: ids(3) }), 3)).toBeNull();
  });
});
