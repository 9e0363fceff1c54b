import type { TaskPriority } from '../../../../shared/api/task-types'
import type { Bucket } from '../../../../shared/tasks/buckets'

// Every number on the overview opens the Công việc list that the number counts, with the same
// period and unit, so the list and the number cannot disagree.

export type DrillBucket = Bucket | 'sap_den_han'

type PeriodDrill = Readonly<{
  from: string
  to: string
  bucket?: DrillBucket
  unitId?: number
}>

export function periodLink({ from, to, bucket, unitId }: PeriodDrill): string {
  const params = new URLSearchParams({ view: 'all' })
  if (bucket) {
    params.set('bucket', bucket)
  }
  if (unitId !== undefined) {
    params.set('unitId', String(unitId))
  }
  params.set('from', from)
  params.set('to', to)
  return `/cong-viec?${params.toString()}`
}

/** The caller's own open work, not bound to the period. */
export function mineLink(priority: TaskPriority, bucket?: DrillBucket): string {
  const params = new URLSearchParams({ view: 'mine', priority })
  if (bucket) {
    params.set('bucket', bucket)
  }
  return `/cong-viec?${params.toString()}`
}

export const taskLink = (id: number): string => `/cong-viec/${id}`
