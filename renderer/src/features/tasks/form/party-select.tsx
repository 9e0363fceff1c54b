import { TreeSelect } from 'antd'
import type { ReactElement } from 'react'
import { fold } from '../../../../../shared/text/normalize'
import type { PartyKey, PartyNode } from './use-directory'

type Common = Readonly<{
  id?: string
  tree: PartyNode[]
  placeholder?: string
  'aria-label'?: string
  /** Units or people that cannot be chosen here (the lead, when picking supporters). */
  exclude?: ReadonlySet<string>
}>

type Single = Common &
  Readonly<{ multiple?: false; value?: PartyKey | null; onChange?: (v: PartyKey | null) => void }>
type Multiple = Common &
  Readonly<{ multiple: true; value?: PartyKey[]; onChange?: (v: PartyKey[]) => void }>

// Our nodes carry `search`; antd types the node as its own DataNode.
const matches = (input: string, node: object): boolean => {
  const search = (node as { search?: unknown }).search
  return fold(typeof search === 'string' ? search : '').includes(fold(input))
}

function withExcluded(nodes: PartyNode[], exclude: ReadonlySet<string>): PartyNode[] {
  return nodes.map((n) => ({
    ...n,
    disabled: exclude.has(n.value),
    ...(n.children ? { children: withExcluded(n.children, exclude) } : {}),
  }))
}

/**
 * A unit or a person from the agency's tree. Typing filters without diacritics ("tong hop"
 * finds Phòng Tổng hợp, by name, position or abbreviation); Enter takes the first match.
 */
export function PartySelect(props: Single | Multiple): ReactElement {
  const { id, tree, placeholder, exclude } = props
  const data = exclude && exclude.size > 0 ? withExcluded(tree, exclude) : tree
  const common = {
    id,
    treeData: data,
    placeholder: placeholder ?? 'Gõ tên đơn vị hoặc người',
    'aria-label': props['aria-label'],
    treeDefaultExpandedKeys: data.map((n) => n.value),
    popupMatchSelectWidth: false,
    listHeight: 360,
    allowClear: true,
    // The picker's Enter takes the first node whose `search` holds what was typed.
    showSearch: { filterTreeNode: matches, treeNodeFilterProp: 'search' },
    style: { width: '100%' },
  } as const
  if (props.multiple) {
    return (
      <TreeSelect<PartyKey[]>
        {...common}
        multiple
        value={props.value ?? []}
        onChange={(v) => props.onChange?.(v)}
      />
    )
  }
  return (
    <TreeSelect<PartyKey>
      {...common}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
    />
  )
}
