import { Anchor, Badge, Group } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/format';
import type { MemberListInput, MemberListItem, MemberListOutput } from '../../../../shared/schemas/member-lists';
import { GENDER_LABELS } from '../../../../shared/schemas/members';
import { useMethodPages } from '../../components/virtual-table-hooks';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { membersText as text } from './strings';

/** Rows per call of `members.list`; the list page asks for the first page with the same size. */
export const MEMBER_PAGE_SIZE = 50;

const COLUMNS: readonly VirtualColumn[] = [
  { label: text.columns.name, width: 'minmax(170px, 1.6fr)' },
  { label: text.columns.birth, width: '88px' },
  { label: text.columns.gender, width: '82px' },
  { label: text.columns.branch, width: 'minmax(170px, 2.4fr)' },
  { label: text.columns.phone, width: '120px' },
  { label: text.columns.card, width: '104px' },
  { label: text.columns.joined, width: '110px' },
  { label: text.columns.status, width: '136px' },
];

interface Props {
  query: Omit<MemberListInput, 'offset' | 'limit'>;
  total: number;
  canOpen: boolean;
  /** The list's address query, so that the record page can come back to it. */
  back: string;
}

/**
 * The members list, virtualised: only the rows in view exist in the page, fetched 50 at a time
 * from the core (which sorts and filters in SQL) as the user scrolls. Arrow keys move between
 * rows; Enter on a name opens the record.
 */
export function MemberTable({ query, total, canOpen, back }: Props) {
  const source = useMethodPages('members.list', query, MEMBER_PAGE_SIZE, (data) => data.items);
  return (
    <VirtualTable
      label={text.tabs.list}
      columns={COLUMNS}
      total={total}
      source={source}
      cells={(item) => [
        canOpen ? <Anchor component={Link} to={`/members/${item.id}`} state={{ back }} fw={500}>{item.fullName}</Anchor> : item.fullName,
        birthOf(item),
        item.gender ? GENDER_LABELS[item.gender] : '',
        item.branchName,
        item.phone,
        item.cardNumber,
        formatDate(item.joinedOn),
        <StatusCell item={item} />,
      ]}
    />
  );
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

export function countLine(result: MemberListOutput): string {
  return result.totalIsCapped ? text.countCapped(formatNumber(result.total)) : text.count(formatNumber(result.total));
}
