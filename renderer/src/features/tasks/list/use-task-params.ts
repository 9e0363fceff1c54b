import { useSearchParams } from 'react-router'
import { taskPriorities, type TaskPriority } from '../../../../../shared/api/task-types'
import { buckets, type Bucket } from '../../../../../shared/tasks/buckets'

export const views = ['mine', 'assigned', 'all'] as const
export type View = (typeof views)[number]
export type BucketChoice = Bucket | 'sap_den_han'

/** The list's filters, kept in the URL so the dashboard and a bookmark open the same rows. */
export type TaskParams = Readonly<{
  view: View
  bucket?: BucketChoice
  unitId?: number
  priority?: TaskPriority
  /** Given within [from, to] (YYYY-MM-DD): the dashboard's period. */
  from?: string
  to?: string
  q: string
  page: number
}>

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined

const isoDay = (v: string | null): string | undefined =>
  v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined

const positive = (v: string | null): number | undefined => {
  const n = Number(v)
  return v !== null && Number.isInteger(n) && n > 0 ? n : undefined
}

/**
 * Reads and writes `/cong-viec?view=all&bucket=qua_han&unitId=3&priority=khan&from=…&to=…&q=…`.
 * A change of any filter goes back to the first page.
 */
export function useTaskParams(
  defaultView: View,
): [TaskParams, (patch: Partial<TaskParams>) => void] {
  const [search, setSearch] = useSearchParams()
  const params: TaskParams = {
    view: oneOf(views, search.get('view')) ?? defaultView,
    bucket: oneOf<BucketChoice>([...buckets, 'sap_den_han'], search.get('bucket')),
    unitId: positive(search.get('unitId')),
    priority: oneOf(taskPriorities, search.get('priority')),
    from: isoDay(search.get('from')),
    to: isoDay(search.get('to')),
    q: search.get('q') ?? '',
    page: positive(search.get('page')) ?? 1,
  }
  const update = (patch: Partial<TaskParams>): void => {
    const next = { ...params, page: 1, ...patch }
    const out = new URLSearchParams()
    out.set('view', next.view)
    const optional: [string, string | number | undefined][] = [
      ['bucket', next.bucket],
      ['unitId', next.unitId],
      ['priority', next.priority],
      ['from', next.from],
      ['to', next.to],
      ['q', next.q.trim() || undefined],
      ['page', next.page > 1 ? next.page : undefined],
    ]
    for (const [key, value] of optional) {
      if (value !== undefined) {
        out.set(key, String(value))
      }
    }
    setSearch(out, { replace: true })
  }
  return [params, update]
}
