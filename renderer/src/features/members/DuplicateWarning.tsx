import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format';
import { DUPLICATE_REASON_LABELS } from '../../../../shared/schemas/member-lists';
import { useApi } from '../../api/context';
import { membersText } from './strings';

const text = membersText.record;

export interface DuplicateProbe {
  ho: string;
  dem: string;
  ten: string;
  birthDate: string | null;
  phone: string;
  cardNumber: string;
  excludeId?: string;
}

/** A warning, never a block: records that look like this one, each with a link to it. */
export function DuplicateWarning({ probe }: { probe: DuplicateProbe | null }) {
  const api = useApi();
  const [debounced] = useDebouncedValue(probe, 300);
  const found = useQuery({
    queryKey: ['members.duplicates', debounced],
    queryFn: () => (debounced ? api.call('members.duplicates', debounced) : Promise.resolve([])),
    enabled: debounced !== null,
  });
  const matches = found.data ?? [];
  if (!probe || matches.length === 0) return null;
  return (
    <Alert color="yellow" title={text.duplicateTitle} role="alert">
      <Text size="sm" mb={6}>{text.duplicateBody}</Text>
      <List size="sm">
        {matches.map((match) => (
          <List.Item key={match.id}>
            <Anchor component={Link} to={`/members/${match.id}`}>{match.fullName}</Anchor>
            {match.birthDate ? ` (${match.birthPrecision === 'year' ? match.birthDate.slice(0, 4) : formatDate(match.birthDate)})` : ''}
            {` — ${match.branchName}: ${match.reasons.map((reason) => DUPLICATE_REASON_LABELS[reason]).join(', ')}`}
            {match.deleted ? ` ${text.duplicateDeleted}` : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
