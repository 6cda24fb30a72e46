import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Switch, Text, Tree, useTree, type RenderTreeNodePayload, type TreeNodeData } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../../shared/format';
import type { BranchTreeNode } from '../../../../shared/schemas/branches';
import { BRANCH_KIND_LABELS } from '../../../../shared/schemas/organization-kinds';
import { useMethodQuery } from '../../api/context';
import { orgText as text } from './strings';
import { membersText } from '../members/strings';

/** Builds Mantine tree data; a parent that is hidden (dissolved) leaves its children at the top. */
function treeData(nodes: readonly BranchTreeNode[]): TreeNodeData[] {
  const ids = new Set(nodes.map((node) => node.id));
  const byParent = new Map<string | null, BranchTreeNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), node]);
  }
  const build = (parent: string | null, depth: number): TreeNodeData[] =>
    depth > 20 ? [] : (byParent.get(parent) ?? []).map((node) => ({ value: node.id, label: node.name, children: build(node.id, depth + 1) }));
  return build(null, 0);
}

/** Tổ chức Hội → Cây tổ chức: the branches by their parent, with counts of active sub-branches. */
export function BranchTreePage() {
  const [showDissolved, setShowDissolved] = useState(false);
  const tree = useMethodQuery('branches.tree', {});
  const nodes = useMemo(() => (tree.data?.nodes ?? []).filter((node) => showDissolved || node.dissolvedOn === null), [tree.data, showDissolved]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  if (tree.isPending) return <Loader />;
  if (tree.isError) return <Alert color="red" role="alert">{tree.error.message}</Alert>;
  const signature = nodes.map((node) => node.id).join('|');
  return (
    <Stack>
      <Text c="dimmed">{text.treeDescription}</Text>
      <Group justify="space-between">
        <Text size="sm" role="status">{text.treeTotals(formatNumber(tree.data.totals.active), formatNumber(tree.data.totals.dissolved))}</Text>
        <Switch label={text.treeShowDissolved} checked={showDissolved} onChange={(event) => setShowDissolved(event.currentTarget.checked)} />
      </Group>
      <Paper withBorder p="sm">
        {nodes.length === 0 ? <Text size="sm">{text.treeEmpty}</Text> : <BranchTree key={signature} nodes={nodes} byId={byId} />}
      </Paper>
    </Stack>
  );
}

function BranchTree({ nodes, byId }: { nodes: readonly BranchTreeNode[]; byId: ReadonlyMap<string, BranchTreeNode> }) {
  // Mantine's Tree re-initialises its state whenever `data` changes identity: keep it stable.
  const data = useMemo(() => treeData(nodes), [nodes]);
  const controller = useTree({ initialExpandedState: Object.fromEntries([...byId.keys()].map((id) => [id, true])) });
  const renderNode = ({ node, expanded, hasChildren, elementProps }: RenderTreeNodePayload) => {
    const branch = byId.get(node.value);
    if (!branch) return null;
    return (
      <Group gap="xs" wrap="nowrap" {...elementProps} style={{ ...elementProps.style, paddingBlock: 4 }}>
        {hasChildren ? (expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />) : <span style={{ width: 16 }} />}
        <Anchor component={Link} to={`/organization/branches/${branch.id}`} onClick={(event) => event.stopPropagation()} fw={500} style={{ flexShrink: 0, maxWidth: '45%' }}>{branch.name}</Anchor>
        <Text size="sm" c="dimmed" truncate style={{ minWidth: 0 }}>{BRANCH_KIND_LABELS[branch.kind]} · {branch.unitName}</Text>
        {branch.foundedInDifficultCommune ? <Badge size="sm" color="orange" variant="light" style={{ flexShrink: 0 }}>{text.difficultShort}</Badge> : null}
        {branch.dissolvedOn ? <Badge size="sm" color="gray" variant="light">{text.statusDissolved(branch.dissolvedOn)}</Badge> : null}
        <Text size="sm" ml="auto" style={{ whiteSpace: 'nowrap' }}>{text.treeCounts(formatNumber(branch.activeChildren), formatNumber(branch.activeDescendants))}</Text>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="member-counts">{membersText.treeMembers(formatNumber(branch.members), formatNumber(branch.membersWithSub))}</Text>
      </Group>
    );
  };
  return <Tree data={data} tree={controller} renderNode={renderNode} levelOffset="lg" aria-label={text.tabs.tree} />;
}
