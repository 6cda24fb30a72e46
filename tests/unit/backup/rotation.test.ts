import { describe, expect, it } from 'vitest';
import { driveBackupsToRemove } from '../../../electron/core/backup/destinations';
import { backupsToRemove, type RotatableBackup } from '../../../electron/core/backup/rotation';

/** One periodic backup a day at 09:00 in Vietnam (02:00 UTC), `days` days back from 2025-06-30. */
function daily(days: number, reason = 'hang-ngay'): RotatableBackup[] {
  const last = Date.UTC(2025, 5, 30, 2);
  return Array.from({ length: days }, (_, index) => {
    const createdAt = new Date(last - index * 86_400_000).toISOString();
    return { name: `${createdAt.slice(0, 10)}-${reason}.sohoi`, createdAt, reason };
  });
}

const day = (name: string) => name.slice(0, 10);

describe('backupsToRemove (local automatic backups)', () => {
  it('keeps everything while there are no more than 7 daily backups', () => {
    expect(backupsToRemove(daily(7))).toEqual([]);
  });

  it('keeps 7 days, then the newest of each of 4 weeks, then the newest of each of 12 months', () => {
    const backups = daily(500);
    const removed = new Set(backupsToRemove(backups));
    const kept = backups.map((backup) => backup.name).filter((name) => !removed.has(name)).map(day);
    expect(kept).toEqual([
      // the last 7 days
      '2025-06-30', '2025-06-29', '2025-06-28', '2025-06-27', '2025-06-26', '2025-06-25', '2025-06-24',
      // the newest day of each of the last 4 weeks (Monday–Sunday): 30/6 is a Monday
      '2025-06-22', '2025-06-15',
      // the newest day of each of the last 12 months
      '2025-05-31', '2025-04-30', '2025-03-31', '2025-02-28', '2025-01-31', '2024-12-31', '2024-11-30', '2024-10-31', '2024-09-30', '2024-08-31', '2024-07-31',
    ]);
  });

  it('buckets by the day in Vietnam: 23:30 UTC is already the next day', () => {
    const backups: RotatableBackup[] = [
      { name: 'a', createdAt: '2025-06-29T23:30:00.000Z', reason: 'hang-ngay' }, // 30/6 06:30 in Vietnam
      { name: 'b', createdAt: '2025-06-30T02:00:00.000Z', reason: 'khoi-dong' }, // 30/6 09:00
      ...daily(8).slice(1).map((backup) => ({ ...backup, name: `old-${backup.name}` })),
    ];
    expect(backupsToRemove(backups)).toContain('a');
    expect(backupsToRemove(backups)).not.toContain('b');
  });

  it('keeps the newest 10 backups made before an update or a restore, whatever their day', () => {
    const events = daily(14, 'truoc-khoi-phuc');
    const periodic = daily(3);
    const removed = backupsToRemove([...events, ...periodic]);
    expect(removed.map(day)).toEqual(['2025-06-20', '2025-06-19', '2025-06-18', '2025-06-17']);
    expect(removed.every((name) => name.includes('truoc-khoi-phuc'))).toBe(true);
  });

  it('is a pure function of the list: the same list gives the same answer in any order', () => {
    const backups = daily(60);
    expect(backupsToRemove([...backups].reverse())).toEqual(backupsToRemove(backups));
  });
});

describe('driveBackupsToRemove (backups on the USB stick)', () => {
  it('keeps the newest N and removes the rest, oldest last', () => {
    const backups = daily(12).map(({ name, createdAt }) => ({ name, createdAt }));
    expect(driveBackupsToRemove(backups, 10).map(day)).toEqual(['2025-06-20', '2025-06-19']);
    expect(driveBackupsToRemove(backups, 12)).toEqual([]);
  });

  it('never removes the newest, even with a setting of 0', () => {
    const backups = daily(3).map(({ name, createdAt }) => ({ name, createdAt }));
    expect(driveBackupsToRemove(backups, 0).map(day)).toEqual(['2025-06-29', '2025-06-28']);
  });
});
