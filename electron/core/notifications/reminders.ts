import { formatVietnamese } from '../../../shared/calendar/iso-date'
import { addDays } from '../../../shared/calendar/iso-date'
import { scopeOf } from '../access/scope'
import type { CoreDeps } from '../context'
import { leadPeople } from '../tasks/people'
import { selectTasks } from '../tasks/query'
import { judgeAt, todayOf } from '../tasks/rows'
import { taskSettings } from '../tasks/settings'
import { notify } from './notify'

/**
 * Raises the "sắp đến hạn" and "quá hạn" reminders that today calls for. Idempotent (one key
 * per task, kind and due date), so running it whenever someone looks — after a night with the
 * app closed, or twice a minute — yields each reminder exactly once and loses none.
 */
export function sweepReminders(deps: CoreDeps): void {
  const { db } = deps
  const nowDate = deps.clock()
  const today = todayOf(nowDate)
  const { dueSoonDays } = taskSettings(db)
  const judge = judgeAt(db, today, dueSoonDays)
  // A task can only be due soon or late if its set deadline is on or before the horizon.
  const horizon = addDays(today, dueSoonDays)
  const open = selectTasks(
    db,
    scopeOf(db, { kind: 'system', name: 'reminders' }),
    { openOnly: true },
    judge,
  ).filter((t) => t.deadline <= horizon)
  const now = nowDate.toISOString()
  db.transaction(() => {
    for (const t of open) {
      if (t.bucket === 'qua_han') {
        notify(
          db,
          [...leadPeople(db, t.id), t.assigner_id],
          {
            kind: 'qua_han',
            title: 'Nhiệm vụ đã quá hạn',
            body: `${t.title} · hạn ${formatVietnamese(t.dueOn)}`,
            taskId: t.id,
            documentId: t.document_id,
            key: `qua_han:${t.id}:${t.dueOn}`,
          },
          now,
        )
      } else if (t.dueSoon) {
        notify(
          db,
          leadPeople(db, t.id),
          {
            kind: 'sap_den_han',
            title: 'Nhiệm vụ sắp đến hạn',
            body: `${t.title} · hạn ${formatVietnamese(t.dueOn)}`,
            taskId: t.id,
            documentId: t.document_id,
            key: `sap_den_han:${t.id}:${t.dueOn}`,
          },
          now,
        )
      }
    }
  })()
}
