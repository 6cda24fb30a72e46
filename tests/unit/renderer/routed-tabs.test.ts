import { describe, expect, it } from 'vitest';
import { activeTabPath } from '../../../renderer/src/components/RoutedTabs';

/** Which routed tab is lit for an address: the longest path the address is or lies under. */

const MEMBERS = [
  { path: '/members', label: 'Danh sách' },
  { path: '/members/dues', label: 'Thu hội phí' },
  { path: '/members/arrears', label: 'Chưa nộp hội phí' },
];

describe('activeTabPath', () => {
  it('lights the tab of the longest matching path, also for a page under it', () => {
    expect(activeTabPath(MEMBERS, '/members')).toBe('/members');
    expect(activeTabPath(MEMBERS, '/members/dues')).toBe('/members/dues');
    expect(activeTabPath(MEMBERS, '/members/m0001')).toBe('/members');
    expect(activeTabPath(MEMBERS, '/members/arrears/x')).toBe('/members/arrears');
  });

  it('does not take a longer word for a path, and falls back to the first tab (none without tabs)', () => {
    expect(activeTabPath(MEMBERS, '/members/duesx')).toBe('/members');
    expect(activeTabPath(MEMBERS.slice(1), '/elsewhere')).toBe('/members/dues');
    expect(activeTabPath([], '/members')).toBeNull();
  });
});
