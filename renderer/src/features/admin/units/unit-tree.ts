import { compareVi } from '../../../../../shared/text/collate'
import type { Unit } from '../../../../../shared/api/types'

export type UnitNode = Unit & { children?: UnitNode[] }

export type UnitOption = {
  value: number
  title: string
  disabled?: boolean
  children?: UnitOption[]
}

const byOrderThenName = (a: Unit, b: Unit): number =>
  a.sortOrder - b.sortOrder || compareVi(a.name, b.name)

/** The units as a tree, the agency at the root, siblings in sort order then Vietnamese order. */
export function buildTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id))
  const childrenOf = new Map<number | null, Unit[]>()
  for (const unit of units) {
    // A parent we cannot see (should not happen) makes the unit a root rather than lost.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit])
  }
  const grow = (parent: number | null): UnitNode[] =>
    [...(childrenOf.get(parent) ?? [])].sort(byOrderThenName).map((unit) => {
      const children = grow(unit.id)
      return children.length > 0 ? { ...unit, children } : { ...unit }
    })
  return grow(null)
}

/** A unit and everything under it. */
export function subtreeIds(units: readonly Unit[], rootId: number): Set<number> {
  const result = new Set<number>([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id)
        grew = true
      }
    }
  }
  return result
}

/** Ids of the units that have children: the rows a tree table can expand. */
export function parentIds(units: readonly Unit[]): number[] {
  return [...new Set(units.flatMap((u) => (u.parentId === null ? [] : [u.parentId])))]
}

type OptionRules = Readonly<{
  /** Units that cannot be chosen (a unit and its subtree when moving it). */
  exclude?: ReadonlySet<number>
  /** Leave disabled units out entirely rather than greyed. */
  hideDisabled?: boolean
}>

/** TreeSelect data: disabled units greyed (or hidden), excluded ones left out with their subtree. */
export function unitOptions(nodes: readonly UnitNode[], rules: OptionRules = {}): UnitOption[] {
  return nodes
    .filter((n) => !rules.exclude?.has(n.id) && !(rules.hideDisabled && n.disabled))
    .map((n) => {
      const children = n.children ? unitOptions(n.children, rules) : []
      return {
        value: n.id,
        title: n.disabled ? `${n.name} (ngừng hoạt động)` : n.name,
        disabled: n.disabled,
        ...(children.length > 0 ? { children } : {}),
      }
    })
}
