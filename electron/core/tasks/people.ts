import type { Db } from '../db/open'
import { unitLeaders } from './parties'

/**
 * The people who answer for a task: its handler once named, the lead person, or else the
 * leaders of the lead unit (who must name a handler). Reminders and requests go to them.
 */
export function leadPeople(db: Db, taskId: number): number[] {
  const t = db
    .prepare<
      [number],
      { lead_unit_id: number | null; lead_user_id: number | null; handler_id: number | null }
    >('SELECT lead_unit_id, lead_user_id, handler_id FROM tasks WHERE id = ?')
    .get(taskId)
  if (!t) {
    return []
  }
  const people = new Set<number>()
  if (t.handler_id !== null) {
    people.add(t.handler_id)
  }
  if (t.lead_user_id !== null) {
    people.add(t.lead_user_id)
  }
  if (t.lead_unit_id !== null && t.handler_id === null) {
    unitLeaders(db, t.lead_unit_id).forEach((id) => people.add(id))
  }
  return [...people]
}

/** Supporting (or informed) people, a supporting unit standing for its leaders. */
export function memberPeople(db: Db, taskId: number, role: 'phoi_hop' | 'de_biet'): number[] {
  const rows = db
    .prepare<[number, string], { unit_id: number | null; user_id: number | null }>(
      'SELECT unit_id, user_id FROM task_members WHERE task_id = ? AND role = ?',
    )
    .all(taskId, role)
  return rows.flatMap((r) => (r.user_id !== null ? [r.user_id] : unitLeaders(db, r.unit_id ?? 0)))
}
