// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, queryOf, rememberOrder } from '../../../renderer/src/features/members/member-filters';

afterEach(() => window.localStorage.clear());

describe('the members list filters in the address', () => {
  it('survive a round trip through the address and become the call input', () => {
    const params = new URLSearchParams('q=an+nguyen&branch=b1&branchLabel=X%C3%A3+V%C3%A2n+S%C6%A1n&sub=0&status=left&gender=nu&ethnicity=02&from=01/01/2024&to=31/12/2024&ctv=1&order=ho-first');
    const filters = filtersFromParams(params);
    expect(paramsFromFilters(filters).toString()).toBe(params.toString());
    expect(queryOf(filters)).toEqual({
      query: 'an nguyen',
      branchId: 'b1',
      includeSubBranches: false,
      status: 'left',
      gender: 'nu',
      ethnicity: '02',
      joinedFrom: '2024-01-01',
      joinedTo: '2024-12-31',
      collaborator: true,
      order: 'ho-first',
    });
  });

  it('ignores values that are not choices, leaves out a bad date, and falls back to the remembered order', () => {
    rememberOrder('ho-first');
    const filters = filtersFromParams(new URLSearchParams('status=nonsense&gender=x&ethnicity=99&from=31/02/2024'));
    expect(filters).toMatchObject({ status: 'active', gender: null, ethnicity: null, order: 'ho-first' });
    expect(queryOf(filters)).toEqual({ status: 'active', order: 'ho-first' });
  });
});
