import type { HandlerContext } from '../context'
import { addLink } from './links'
import { completeTaskByReply, markAnswered, type Reply, type ReplyTask } from './reply'
import type { LinkTargets } from './targets'

/**
 * What an issue does to the documents it points at, in the transaction: the answered
 * document is handled and its task completed with the reply's number (issue 5 §6); a replaced
 * document is marked replaced; a corrected one keeps its status; each link is kept both ways
 * and each touched record gets its own line in the audit trail.
 */
export function applyLinks(
  ctx: HandlerContext,
  p: Readonly<{
    reply: Reply
    links: LinkTargets
    task: ReplyTask | null
    actorId: number | null
    /** Who completes the task when the CLI issues: the signer, else the task's assigner. */
    fallbackActorId: number | null
    now: string
    today: string
  }>,
): void {
  const { reply, links, task, now } = p
  if (links.replyTo !== null) {
    addLink(ctx.db, reply.id, links.replyTo, 'tra_loi', now, p.actorId)
    markAnswered(ctx.db, links.replyTo, now)
    ctx.audit({
      recordType: 'document',
      recordId: links.replyTo,
      detail: { changes: { traLoi: [null, reply.soKyHieu], status: [null, 'da_giai_quyet'] } },
    })
  }
  if (task) {
    const actor = p.actorId ?? p.fallbackActorId ?? task.assigner_id
    completeTaskByReply(ctx.db, task, reply, actor, now, p.today)
    // Completing the task re-reads the document's tasks; the answered document stays handled.
    if (task.document_id !== null && task.document_id === links.replyTo) {
      markAnswered(ctx.db, task.document_id, now)
    }
    ctx.audit({ recordType: 'task', recordId: task.id, detail: { replyDocumentId: reply.id } })
  }
  if (links.replaces !== null) {
    addLink(ctx.db, reply.id, links.replaces, 'thay_the', now, p.actorId)
    ctx.db
      .prepare("UPDATE documents SET status = 'bi_thay_the', updated_at = ? WHERE id = ?")
      .run(now, links.replaces)
    ctx.audit({
      recordType: 'document',
      recordId: links.replaces,
      detail: {
        changes: { status: ['da_ban_hanh', 'bi_thay_the'], thayTheBoi: [null, reply.soKyHieu] },
      },
    })
  }
  if (links.corrects !== null) {
    addLink(ctx.db, reply.id, links.corrects, 'dinh_chinh', now, p.actorId)
    ctx.audit({
      recordType: 'document',
      recordId: links.corrects,
      detail: { changes: { dinhChinhBoi: [null, reply.soKyHieu] } },
    })
  }
}
