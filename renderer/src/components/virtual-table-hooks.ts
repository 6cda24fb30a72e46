import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { useApi } from '../api/context';

/**
 * Where a virtual table's rows come from: one query per page (the core pages with offset and
 * limit), and the rows of a page's answer. The same key as the page's own query of the first
 * page shares that answer from the cache.
 */
export interface PageSource<D, T> {
  pageSize: number;
  page(offset: number, limit: number): { queryKey: readonly unknown[]; queryFn(): Promise<D> };
  items(data: D): readonly T[];
}

/** Query methods that page with `offset` and `limit`. */
type PagedMethod = { [M in MethodName]: MethodInput<M> extends { offset?: number; limit?: number } ? M : never }[MethodName];

/**
 * The pages of a query method for a virtual table: `query` is the input without `offset` and
 * `limit`; the keys are the method's own (`[method, input]`), as `useMethodQuery` makes them.
 */
export function useMethodPages<M extends PagedMethod, T>(method: M, query: Omit<MethodInput<M>, 'offset' | 'limit'>, pageSize: number, items: (data: MethodOutput<M>) => readonly T[]): PageSource<MethodOutput<M>, T> {
  const api = useApi();
  return {
    pageSize,
    page: (offset, limit) => {
      const input = { ...query, offset, limit } as MethodInput<M>;
      return { queryKey: [method, input], queryFn: () => api.call(method, input) };
    },
    items,
  };
}

/** The pages covering rows `first`…`last`, fetched (or read from the cache) as they come into view. */
export function usePages<D, T>(source: PageSource<D, T>, first: number, last: number): (index: number) => T | undefined {
  const size = source.pageSize;
  const firstPage = Math.floor(first / size);
  const pages = Array.from({ length: Math.floor(last / size) - firstPage + 1 }, (_, offset) => firstPage + offset);
  const results = useQueries({
    queries: pages.map((page) => {
      const query = source.page(page * size, size);
      return { queryKey: query.queryKey, queryFn: () => query.queryFn(), select: (data: D) => source.items(data) };
    }),
  });
  return (index) => results[Math.floor(index / size) - firstPage]?.data?.[index % size];
}

const FOCUSABLE = 'a[href], input:not([disabled]), button:not([disabled]), textarea, select';

function rowOf(element: Element | null): HTMLElement | null {
  return element?.closest<HTMLElement>('[data-row]') ?? null;
}

/**
 * ArrowUp / ArrowDown move to the row above or below (ui.md, Keyboard): the table scrolls it into
 * view, and once its data is there the focus lands on the same control of that row (the name's
 * link, the tick box, the amount), or on the row itself when it has none.
 */
export function useArrowKeys(scroller: RefObject<HTMLElement | null>, total: number, scrollTo: (index: number) => void) {
  const pending = useRef<{ index: number; slot: number } | null>(null);
  const focusPending = () => {
    const wanted = pending.current;
    const row = wanted && scroller.current?.querySelector<HTMLElement>(`[data-row="${wanted.index}"][data-loaded]`);
    if (!wanted || !row) return;
    pending.current = null;
    const controls = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
    (controls[wanted.slot] ?? controls[0] ?? row).focus({ preventScroll: true });
  };
  // The row may appear only after the scroll re-renders the table, or after its page arrives.
  useEffect(focusPending);
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const target = event.target instanceof HTMLElement ? event.target : null;
    const row = rowOf(target);
    const index = row ? Number(row.dataset.row) : -1;
    const slot = row && target ? [...row.querySelectorAll<HTMLElement>(FOCUSABLE)].indexOf(target) : 0;
    const next = Math.max(0, Math.min(total - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
    pending.current = { index: next, slot: Math.max(slot, 0) };
    scrollTo(next);
    focusPending();
  };
}
