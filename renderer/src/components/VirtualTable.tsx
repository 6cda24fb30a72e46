import { Box, Text } from '@mantine/core';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { vi } from '../../../shared/i18n/vi';
import { useArrowKeys, usePages, type PageSource } from './virtual-table-hooks';

export type { PageSource } from './virtual-table-hooks';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const OVERSCAN = 10;

export interface VirtualColumn {
  label: string;
  /** A CSS grid track, e.g. `minmax(180px, 2fr)` or `120px`. */
  width: string;
  align?: 'right';
}

interface Props<D, T> {
  /** The table's accessible name (tests and screen readers find it by this). */
  label: string;
  columns: readonly VirtualColumn[];
  /** Every row of the list, from the core's count: it sets the scroll height. */
  total: number;
  source: PageSource<D, T>;
  cells(item: T, index: number): ReactNode[];
  /** The most the scrolling area may take (CSS); a short list takes only its rows' height. */
  height?: string;
}

const gridOf = (columns: readonly VirtualColumn[]): CSSProperties => ({ display: 'grid', gridTemplateColumns: columns.map((column) => column.width).join(' '), alignItems: 'center' });

/**
 * A long list from the core as a dense table (ui.md, Lists): only the rows in view exist in the
 * page, fetched a page at a time as the user scrolls (@tanstack/react-virtual); the header stays
 * on top; arrow keys move between rows, keeping the focus on the same control of the row.
 */
export function VirtualTable<D, T>({ label, columns, total, source, cells, height = 'calc(100vh - 350px)' }: Props<D, T>) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const rows = virtualizer.getVirtualItems();
  const itemAt = usePages(source, rows[0]?.index ?? 0, rows.at(-1)?.index ?? 0);
  const onKeyDown = useArrowKeys(scroller, total, (index) => virtualizer.scrollToIndex(index));
  return (
    <Box role="table" aria-label={label} aria-rowcount={total + 1} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <Box ref={scroller} onKeyDown={onKeyDown} style={{ maxHeight: height, overflowY: 'auto', position: 'relative' }}>
        <Box role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 2 }}>
          <Box role="row" aria-rowindex={1} style={{ ...gridOf(columns), height: HEADER_HEIGHT, background: 'var(--mantine-color-gray-1)', fontWeight: 600, fontSize: 14, borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            {columns.map((column) => (
              <Box key={column.label} role="columnheader" px="xs" ta={column.align}>{column.label}</Box>
            ))}
          </Box>
        </Box>
        <Box role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((row) => {
            const item = itemAt(row.index);
            return <TableRow key={row.key} row={row} columns={columns} content={item === undefined ? undefined : cells(item, row.index)} />;
          })}
        </Box>
      </Box>
    </Box>
  );
}

/** One row, placed where the virtualizer says; "Đang tải…" until its page has come. */
function TableRow({ row, columns, content }: { row: VirtualItem; columns: readonly VirtualColumn[]; content: ReactNode[] | undefined }) {
  const style: CSSProperties = {
    ...gridOf(columns),
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    transform: `translateY(${row.start - HEADER_HEIGHT}px)`,
    fontSize: 15,
    background: row.index % 2 === 1 ? 'var(--mantine-color-gray-0)' : undefined,
  };
  return (
    <Box role="row" aria-rowindex={row.index + 2} data-row={row.index} data-loaded={content ? true : undefined} tabIndex={-1} style={style}>
      {content ? content.map((cell, column) => (
        <Box key={column} role="cell" px="xs" ta={columns[column]?.align} title={typeof cell === 'string' ? cell : undefined} style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{cell}</Box>
      )) : <Text role="cell" size="sm" c="dimmed" px="xs">{vi.feedback.loading}</Text>}
    </Box>
  );
}
