import { Anchor, Badge, Box, Group, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject, type UIEvent } from 'react';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/format';
import type { MemberListInput, MemberListItem, MemberListOutput } from '../../../../shared/schemas/member-lists';
import { GENDER_LABELS } from '../../../../shared/schemas/members';
import { useApi } from '../../api/context';
import { membersText as text } from './strings';

const ROW_HEIGHT = 40;
const PAGE_SIZE = 50;
const OVERSCAN = 10;
const COLUMNS = 'minmax(180px, 2.2fr) 88px 82px minmax(150px, 2fr) 120px 104px 110px 150px';

interface Props {
  query: Omit<MemberListInput, 'offset' | 'limit'>;
  first: MemberListOutput;
  canOpen: boolean;
  /** The list's address query, so that the record page can come back to it. */
  back: string;
}

/**
 * The members list, virtualised: only the rows in view exist in the page, fetched 50 at a time
 * from the core as the user scrolls. Arrow keys move between rows; Enter opens one.
 */
export function MemberTable({ query, first, canOpen, back }: Props) {
  const viewport = useRef<HTMLDivElement | null>(null);
  const total = first.total;
  const { scrollTop, setScrollTop, start, end, rowAt, loaded } = useVisibleRows(viewport, query, first);
  const { focused, setFocused, onKeyDown } = useArrowKeys(viewport, total);
  useEffect(() => {
    if (focused !== null) viewport.current?.querySelector<HTMLElement>(`[data-row="${focused}"] a, [data-row="${focused}"]`)?.focus();
  }, [focused, scrollTop, loaded]);

  const rows = Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset).map((index) => (
    <MemberRow key={index} index={index} item={rowAt(index)} canOpen={canOpen} back={back} onFocus={() => setFocused(index)} />
  ));
  return (
    <Box role="table" aria-label={text.tabs.list} aria-rowcount={total + 1} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <Box role="rowgroup">
        <Box role="row" style={{ display: 'grid', gridTemplateColumns: COLUMNS, background: 'var(--mantine-color-gray-1)', fontWeight: 600, fontSize: 14 }}>
          {[text.columns.name, text.columns.birth, text.columns.gender, text.columns.branch, text.columns.phone, text.columns.card, text.columns.joined, text.columns.status].map((label) => (
            <Box key={label} role="columnheader" px="xs" py={8}>{label}</Box>
          ))}
        </Box>
      </Box>
      <Box
        ref={viewport}
        role="rowgroup"
        onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        style={{ height: 'calc(100vh - 330px)', minHeight: 240, overflowY: 'auto', position: 'relative' }}
      >
        <Box style={{ height: total * ROW_HEIGHT, position: 'relative' }}>{rows}</Box>
      </Box>
    </Box>
  );
}

/** The rows in view (with some above and below), their pages fetched from the core as needed. */
function useVisibleRows(viewport: RefObject<HTMLDivElement | null>, query: Props['query'], first: MemberListOutput) {
  const api = useApi();
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport]);
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(first.total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const pages = pageNumbers(start, end);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return { queryKey: ['members.list', input], queryFn: () => api.call('members.list', input), initialData: page === 0 ? first : undefined };
    }),
  });
  const rowAt = (index: number): MemberListItem | undefined => {
    const page = results[pages.indexOf(Math.floor(index / PAGE_SIZE))]?.data;
    return page?.items[index - page.offset];
  };
  const loaded = results.filter((result) => result.data).length;
  return { scrollTop, setScrollTop, start, end, rowAt, loaded };
}

/** Arrow keys move the focus between rows, scrolling the row into view (ui.md, Keyboard). */
function useArrowKeys(viewport: RefObject<HTMLDivElement | null>, total: number) {
  const [focused, setFocused] = useState<number | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = Math.max(0, Math.min(total - 1, (focused ?? -1) + (event.key === 'ArrowDown' ? 1 : -1)));
    const element = viewport.current;
    if (element && next * ROW_HEIGHT < element.scrollTop) element.scrollTo({ top: next * ROW_HEIGHT });
    if (element && (next + 1) * ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTo({ top: (next + 1) * ROW_HEIGHT - element.clientHeight });
    setFocused(next);
  };
  return { focused, setFocused, onKeyDown };
}

function pageNumbers(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < Math.max(end, 1); page += 1) pages.push(page);
  return pages;
}

function birthOf(item: MemberListItem): string {
  if (!item.birthDate) return '';
  return item.birthPrecision === 'year' ? item.birthDate.slice(0, 4) : formatDate(item.birthDate);
}

function StatusCell({ item }: { item: MemberListItem }) {
  if (item.status === 'deleted') return <Badge color="red" variant="light" tt="none">{text.statusDeleted}</Badge>;
  if (item.status === 'left' && item.leftOn) return <Badge color="gray" variant="light" tt="none">{text.statusLeft(item.leftOn)}</Badge>;
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color="green" variant="light" tt="none">{text.statusActive}</Badge>
      {item.isCollaborator ? <Badge variant="outline" tt="none" title={text.filters.collaborator}>{text.collaboratorShort}</Badge> : null}
      {item.isVolunteer ? <Badge variant="outline" tt="none" title={text.filters.volunteer}>{text.volunteerShort}</Badge> : null}
    </Group>
  );
}

function MemberRow({ index, item, canOpen, back, onFocus }: { index: number; item: MemberListItem | undefined; canOpen: boolean; back: string; onFocus(): void }) {
  const style = { position: 'absolute' as const, top: index * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT, display: 'grid', gridTemplateColumns: COLUMNS, alignItems: 'center', fontSize: 15 };
  const shade = index % 2 === 1 ? 'var(--mantine-color-gray-0)' : undefined;
  if (!item) return <Box role="row" aria-rowindex={index + 2} style={{ ...style, background: shade }} px="xs"><Text size="sm" c="dimmed">{text.loadingRows}</Text></Box>;
  const cell = (content: ReactNode) => <Box role="cell" px="xs" style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{content}</Box>;
  return (
    <Box role="row" aria-rowindex={index + 2} data-row={index} tabIndex={canOpen ? undefined : -1} onFocus={onFocus} style={{ ...style, background: shade }}>
      {cell(canOpen ? <Anchor component={Link} to={`/members/${item.id}`} state={{ back }} fw={500}>{item.fullName}</Anchor> : item.fullName)}
      {cell(birthOf(item))}
      {cell(item.gender ? GENDER_LABELS[item.gender] : '')}
      {cell(item.branchName)}
      {cell(item.phone)}
      {cell(item.cardNumber)}
      {cell(formatDate(item.joinedOn))}
      {cell(<StatusCell item={item} />)}
    </Box>
  );
}

export function countLine(result: MemberListOutput): string {
  return result.totalIsCapped ? text.countCapped(formatNumber(result.total)) : text.count(formatNumber(result.total));
}
