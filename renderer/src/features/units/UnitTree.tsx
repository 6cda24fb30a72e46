import { Group, Text, Tree, UnstyledButton, useTree, type RenderTreeNodePayload, type TreeNodeData } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { UnitDto, UnitTree as UnitTreeData } from '../../../../shared/schemas/units';
import { unitsText as text } from './strings';

function treeData(units: readonly UnitDto[]): TreeNodeData[] {
  const codes = new Set(units.map((unit) => unit.code));
  const byParent = new Map<string | null, UnitDto[]>();
  for (const unit of units) {
    const parent = unit.parentCode && codes.has(unit.parentCode) ? unit.parentCode : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null, depth: number): TreeNodeData[] =>
    depth > 4 ? [] : (byParent.get(parent) ?? []).map((unit) => ({ value: unit.code, label: unit.name, children: build(unit.code, depth + 1) }));
  return build(null, 0);
}

interface Props {
  data: UnitTreeData;
  selected: string | null;
  onSelect(code: string): void;
  /** While searching, every branch is open and the matches are marked. */
  searching: boolean;
}

/** Province → district-level unit → commune as of the chosen date; arrow keys move, Enter opens. */
export function UnitTree({ data, selected, onSelect, searching }: Props) {
  const provinces = data.units.filter((unit) => unit.level === 'province').map((unit) => unit.code);
  const expanded = searching ? data.units.map((unit) => unit.code) : provinces;
  const controller = useTree({ initialExpandedState: Object.fromEntries(expanded.map((code) => [code, true])) });
  const matches = new Set(data.matches);
  // Mantine's Tree re-initialises its state whenever `data` changes identity: keep it stable.
  const nodes = useMemo(() => treeData(data.units), [data.units]);
  if (data.units.length === 0) return <Text size="sm" p="xs">{searching ? text.noMatch : text.empty}</Text>;
  const renderNode = ({ node, expanded: open, hasChildren, elementProps }: RenderTreeNodePayload) => (
    <Group gap={6} wrap="nowrap" {...elementProps} style={{ ...elementProps.style, paddingBlock: 3 }}>
      {hasChildren ? (open ? <IconChevronDown size={15} aria-hidden /> : <IconChevronRight size={15} aria-hidden />) : <span style={{ width: 15 }} />}
      <UnstyledButton onClick={() => onSelect(node.value)} fw={node.value === selected ? 700 : 400} td={matches.has(node.value) ? 'underline' : undefined}>
        {node.label}
      </UnstyledButton>
      <Text size="xs" c="dimmed">{text.code(node.value)}</Text>
    </Group>
  );
  return <Tree data={nodes} tree={controller} renderNode={renderNode} levelOffset="md" aria-label={text.history} />;
}
