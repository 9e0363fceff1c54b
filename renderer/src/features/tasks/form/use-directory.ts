import { useMemo } from 'react'
import type { Unit, User } from '../../../../../shared/api/types'
import { compareVi, sortVi } from '../../../../../shared/text/collate'
import { fold } from '../../../../../shared/text/normalize'
import { useUnits } from '../../../api/units'
import { useUsers } from '../../../api/users'
import { buildTree, subtreeIds, type UnitNode } from '../../admin/units/unit-tree'

/** A unit or a person as a picker value: `unit:4`, `user:12`. */
export type PartyKey = `unit:${number}` | `user:${number}`

export const unitKey = (id: number): PartyKey => `unit:${id}`
export const userKey = (id: number): PartyKey => `user:${id}`

export function parseParty(key: string): { unitId: number } | { userId: number } {
  const [kind, id] = key.split(':')
  return kind === 'user' ? { userId: Number(id) } : { unitId: Number(id) }
}

export type PartyNode = {
  value: PartyKey
  title: string
  /**
   * What typing matches: the name (and a person's position and login), lower-case, as written
   * and without diacritics, so the picker's own "first match" agrees with the filter.
   */
  search: string
  isPerson: boolean
  children?: PartyNode[]
}

export type Directory = Readonly<{
  loading: boolean
  units: readonly Unit[]
  /** Active people, in Vietnamese order of their names. */
  people: readonly User[]
  leaders: readonly User[]
  tree: PartyNode[]
  nameOf: (key: string) => string
  /** Active people working in a unit or anywhere below it. */
  peopleUnder: (unitId: number) => User[]
}>

const searchText = (s: string): string => `${s.toLowerCase()} ${fold(s)}`

function partyTree(nodes: readonly UnitNode[], people: readonly User[]): PartyNode[] {
  return nodes
    .filter((n) => !n.disabled)
    .map((n) => {
      const staff = people
        .filter((p) => p.unitId === n.id)
        .map((p): PartyNode => ({
          value: userKey(p.id),
          title: `${p.fullName} · ${p.position}`,
          search: `${p.fullName} ${p.position} ${p.username}`,
          isPerson: true,
        }))
      // People first: the leaders of a level sit above the units below them, as on paper.
      const children = [...staff, ...partyTree(n.children ?? [], people)]
      return {
        value: unitKey(n.id),
        title: n.name,
        search: searchText(`${n.name} ${n.shortName}`),
        isPerson: false,
        ...(children.length > 0 ? { children } : {}),
      }
    })
}

/** Units and people for the pickers of the direction and task forms, built once per load. */
export function useDirectory(): Directory {
  const units = useUnits()
  const users = useUsers()
  return useMemo(() => {
    const allUnits = units.data ?? []
    const people = sortVi(
      (users.data ?? []).filter((u) => !u.disabled),
      (u) => u.fullName,
    )
    const names = new Map<string, string>()
    allUnits.forEach((u) => names.set(unitKey(u.id), u.name))
    people.forEach((p) => names.set(userKey(p.id), p.fullName))
    return {
      loading: units.isLoading || users.isLoading,
      units: allUnits,
      people,
      leaders: people
        .filter((p) => p.roles.includes('lanh_dao'))
        .sort((a, b) => compareVi(a.fullName, b.fullName)),
      tree: partyTree(buildTree(allUnits), people),
      nameOf: (key) => names.get(key) ?? key,
      peopleUnder: (unitId) => {
        const below = subtreeIds(allUnits, unitId)
        return people.filter((p) => below.has(p.unitId))
      },
    }
  }, [units.data, users.data, units.isLoading, users.isLoading])
}
