import { describe, expect, it } from 'vitest';
import type { BatchOutcome } from '../../../renderer/src/features/members/dues-batches';
import { reportOf } from '../../../renderer/src/features/members/use-dues-sheet';
import type { DuesSkipped } from '../../../shared/schemas/member-activity';

const outcome = (overrides: Partial<BatchOutcome>): BatchOutcome => ({ saved: 0, alreadyPaid: 0, skipped: [], doneIds: [], unsaved: [], error: null, stopped: false, ...overrides });
const ids = (count: number, prefix = 'm') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);
const deleted = (fullName: string | null, memberId = `d-${fullName ?? 'purged'}`): DuesSkipped => ({ memberId, fullName, reason: 'deleted' });

describe('what the dues grid says after a save that did not go through whole', () => {
  it('names the reason, how many of the ticked were saved, and that the rest stay ticked', () => {
    const failed = outcome({ saved: 4_990, alreadyPaid: 10, doneIds: ids(5_000), unsaved: ids(1_200, 'u').map((memberId) => ({ memberId, amount: 50_000 })), error: 'Không kết nối được với phần lõi của ứng dụng.' });
    expect(reportOf(failed, 6_200, 2024)).toEqual({
      color: 'red',
      message: 'Chưa lưu xong: Không kết nối được với phần lõi của ứng dụng. Đã lưu 5.000 trong 6.200 hội viên đã đánh dấu. 1.200 hội viên chưa lưu vẫn được đánh dấu — bấm Lưu để lưu tiếp.',
    });
  });

  it('says the save was stopped, with the same counts', () => {
    const stopped = outcome({ saved: 1_000, doneIds: ids(1_000), unsaved: ids(500, 'u').map((memberId) => ({ memberId, amount: 0 })), stopped: true });
    expect(reportOf(stopped, 1_500, 2024)).toEqual({ color: 'yellow', message: 'Đã dừng lưu. Đã lưu 1.000 trong 1.500 hội viên đã đánh dấu. 500 hội viên chưa lưu vẫn được đánh dấu — bấm Lưu để lưu tiếp.' });
  });

  it('says nothing more than the toast when every batch went through', () => {
    expect(reportOf(outcome({ saved: 3, doneIds: ids(3) }), 3, 2024)).toBeNull();
  });
});

describe('ticked members the core skipped (deleted meanwhile, or outside the year)', () => {
  it('names them, instead of asking to save again a tick that can no longer be removed', () => {
    const skipped = [deleted('Trần Thị Đào')];
    const report = reportOf(outcome({ saved: 1_999, skipped, doneIds: ids(2_000) }), 2_000, 2024);
    expect(report).toEqual({ color: 'yellow', message: 'Không ghi cho 1 hội viên đã bị xóa: Trần Thị Đào.' });
    expect(report?.message).not.toContain('bấm Lưu');
  });

  it('counts them apart from the saved ones when the save fails later, and groups them by reason', () => {
    const skipped: DuesSkipped[] = [deleted('Trần Thị Đào'), deleted(null), { memberId: 'x', fullName: 'Lê Minh Đức', reason: 'notDuringYear' }];
    const failed = outcome({ saved: 997, skipped, doneIds: ids(1_000), unsaved: ids(200, 'u').map((memberId) => ({ memberId, amount: 50_000 })), error: 'Mất kết nối.' });
    expect(reportOf(failed, 1_200, 2024)?.message).toBe(
      'Chưa lưu xong: Mất kết nối. Đã lưu 997 trong 1.200 hội viên đã đánh dấu. 200 hội viên chưa lưu vẫn được đánh dấu — bấm Lưu để lưu tiếp. ' +
        'Không ghi cho 2 hội viên đã bị xóa: Trần Thị Đào và 1 người khác. Không ghi cho 1 hội viên không sinh hoạt trong năm 2024: Lê Minh Đức.',
    );
  });

  it('shows five names at most, and none when the core has none', () => {
    const many = ['An', 'Bình', 'Cúc', 'Dung', 'Giang', 'Hà', 'Khánh'].map((name) => deleted(`Nguyễn Văn ${name}`));
    expect(reportOf(outcome({ skipped: many, doneIds: ids(7) }), 7, 2024)?.message).toBe(
      'Không ghi cho 7 hội viên đã bị xóa: Nguyễn Văn An, Nguyễn Văn Bình, Nguyễn Văn Cúc, Nguyễn Văn Dung, Nguyễn Văn Giang và 2 người khác.',
    );
    expect(reportOf(outcome({ skipped: [deleted(null)], doneIds: ids(1) }), 1, 2024)?.message).toBe('Không ghi cho 1 hội viên đã bị xóa.');
  });
});
