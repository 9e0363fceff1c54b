import { formatVietnamese } from '../../../shared/calendar/iso-date'
import type { Db } from '../db/open'
import { addStep, refreshDocumentStatus } from '../direction/steps'
import { CoreError } from '../errors'
import { notify } from '../notifications/notify'
import { addEvent } from '../tasks/workflow'

// Replies close the loop (issue 5 §6): issuing the answer marks the incoming document as
// handled and completes the task it was written for, each carrying the reply's number.

export type Reply = Readonly<{
  id: number
  soKyHieu: string
  ngayBanHanh: string
  trichYeu: string
}>

const replyText = (r: Reply): string =>
  `Đã ban hành văn bản số ${r.soKyHieu} ngày ${formatVietnamese(r.ngayBanHanh)}: ${r.trichYeu}`.slice(
    0,
    2000,
  )

export type ReplyTask = {
  id: number
  title: string
  document_id: number | null
  assigner_id: number
  completed_at: string | null
}

/** The task the reply completes: it must exist; a finished task only gets the reply's number. */
export function taskForReply(db: Db, taskId: number): ReplyTask {
  const t = db
    .prepare<[number], ReplyTask>(
      'SELECT id, title, document_id, assigner_id, completed_at FROM tasks WHERE id = ?',
    )
    .get(taskId)
  if (!t) {
    throw new CoreError('VALIDATION', 'Nhiệm vụ được trả lời không tồn tại', {
      fields: { taskId: 'Nhiệm vụ không tồn tại' },
    })
  }
  return t
}

export function completeTaskByReply(
  db: Db,
  task: ReplyTask,
  reply: Reply,
  actorId: number,
  now: string,
  today: string,
): void {
  if (task.completed_at !== null) {
    db.prepare('UPDATE tasks SET reply_document_id = ? WHERE id = ?').run(reply.id, task.id)
    return
  }
  const text = replyText(reply)
  db.prepare(
    `UPDATE tasks SET completed_at = ?, completed_on = ?, result = ?, percent = 100, reply_document_id = ?
     WHERE id = ?`,
  ).run(now, today, text, reply.id, task.id)
  db.prepare(
    "UPDATE task_extensions SET status = 'tu_choi', decided_at = ?, decision_note = 'Tự đóng: nhiệm vụ đã hoàn thành' WHERE task_id = ? AND status = 'cho_duyet'",
  ).run(now, task.id)
  addEvent(db, { taskId: task.id, kind: 'hoan_thanh', actorId, at: now, text, percent: 100 })
  if (task.document_id !== null) {
    addStep(db, {
      documentId: task.document_id,
      level: 3,
      kind: 'hoan_thanh',
      actorId,
      recordedBy: null,
      onPaper: false,
      to: [],
      text,
      deadline: null,
      taskId: task.id,
      at: now,
    })
  }
  refreshDocumentStatus(db, task.document_id, now)
  notify(
    db,
    [task.assigner_id],
    {
      kind: 'hoan_thanh',
      title: `Nhiệm vụ đã hoàn thành: trả lời bằng văn bản số ${reply.soKyHieu}`,
      body: task.title,
      taskId: task.id,
      documentId: task.document_id,
      key: `tra_loi:${task.id}:${reply.id}`,
    },
    now,
    actorId,
  )
}

/** The answered incoming document is handled, whatever its tasks say. */
export function markAnswered(db: Db, incomingId: number, now: string): void {
  db.prepare(
    "UPDATE documents SET status = 'da_giai_quyet', updated_at = ? WHERE id = ? AND direction = 'in'",
  ).run(now, incomingId)
}
