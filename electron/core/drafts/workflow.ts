import type { ParsedInput } from '../../../shared/api/contract'
import type { DraftAction, DraftDetail, DraftStatus } from '../../../shared/api/outgoing-types'
import type { HandlerContext } from '../context'
import { conflict } from '../errors'
import { notify } from '../notifications/notify'
import { visibleDraft } from './access'
import { getDraftDetail } from './detail'
import { addStep, moveDraft, vanThuIds, type FileRef, type RawDraft } from './repo'
import { requireMove, type DraftMove } from './rules'
import { nextVersion, userIdOf } from './service'
import { checkFiles, checkLeader, isActiveLeader, Problems } from './validate'

// The review of a draft: trình, duyệt / trả lại / chuyển, thể thức, ký duyệt, góp ý, hủy.
// Every move asks the rules (the same ones DraftDetail.actions shows), then writes in one
// transaction: an optional new version, the status and assignee, the step with the version
// seen, the notification and the audit record.

type Tell = Readonly<{ users: readonly number[]; kind: string; title: string }>

type Transition = Readonly<{
  action: DraftAction
  to: DraftStatus
  assigneeId: number | null
  toUserId?: number | null
  signerId?: number | null
  comment: string | null
  files?: readonly FileRef[] | undefined
  tell?: Tell
}>

type Plan = (raw: RawDraft, me: number, p: Problems) => Transition

function run(
  ctx: HandlerContext,
  id: number,
  move: DraftMove,
  plan: Plan,
  detail: unknown,
): DraftDetail {
  const me = userIdOf(ctx)
  const raw = visibleDraft(ctx.db, ctx.actor, id)
  requireMove(ctx.actor, raw, move)
  const p = new Problems()
  const t = plan(raw, me, p)
  if (t.files !== undefined) {
    checkFiles(ctx.db, t.files, p)
  }
  p.throwIfAny()
  ctx.db.transaction(() => {
    const now = ctx.clock().toISOString()
    const version = nextVersion(ctx.db, raw, t.files, me, now)
    moveDraft(
      ctx.db,
      raw.id,
      { status: t.to, assigneeId: t.assigneeId, signerId: t.signerId ?? null },
      now,
    )
    const stepId = addStep(ctx.db, {
      draftId: raw.id,
      action: t.action,
      actorId: me,
      at: now,
      comment: t.comment,
      version,
      from: raw.status,
      to: t.to,
      toUserId: t.toUserId ?? null,
    })
    if (t.tell) {
      notify(
        ctx.db,
        t.tell.users,
        {
          kind: t.tell.kind,
          title: t.tell.title,
          body: t.comment ? `${raw.trich_yeu} · Ý kiến: ${t.comment}` : raw.trich_yeu,
          draftId: raw.id,
          key: `draft:${raw.id}:${stepId}`,
        },
        now,
        me,
      )
    }
    ctx.audit({ recordType: 'draft', recordId: raw.id, detail })
  })()
  return getDraftDetail(ctx.db, ctx.actor, raw.id)
}

/** A return goes back to the drafter, with the reason it was sent back. */
function sendBack(raw: RawDraft, comment: string | null, p: Problems): Transition {
  if (!comment) {
    p.add('comment', 'Nhập lý do trả lại để người soạn thảo biết cần sửa gì')
  }
  return {
    action: 'tra_lai',
    to: 'tra_lai',
    assigneeId: raw.drafter_id,
    toUserId: raw.drafter_id,
    comment,
    tell: { users: [raw.drafter_id], kind: 'du_thao_tra_lai', title: 'Dự thảo bị trả lại' },
  }
}

const toClerks = (ctx: HandlerContext, title: string): Tell => ({
  users: vanThuIds(ctx.db),
  kind: 'du_thao_van_thu',
  title,
})

export function submitDraft(ctx: HandlerContext, input: ParsedInput<'drafts.submit'>): DraftDetail {
  return run(
    ctx,
    input.id,
    'submit',
    (_raw, me, p) => {
      const reviewerId = input.reviewerId ?? null
      checkLeader(ctx.db, input.signerId, 'signerId', p)
      const leader = ctx.actor.kind === 'user' && ctx.actor.user.roles.includes('lanh_dao')
      if (reviewerId === null) {
        if (!leader) {
          p.add('reviewerId', 'Chọn lãnh đạo đơn vị duyệt dự thảo')
        }
        // A leader's own draft needs no unit review: straight to the văn thư.
        return {
          action: 'trinh',
          to: 'cho_the_thuc',
          assigneeId: null,
          signerId: input.signerId,
          comment: input.comment,
          tell: toClerks(ctx, 'Dự thảo chờ kiểm tra thể thức'),
        }
      }
      checkLeader(ctx.db, reviewerId, 'reviewerId', p)
      if (reviewerId === me) {
        p.add('reviewerId', 'Chọn một lãnh đạo khác duyệt dự thảo của bạn')
      }
      return {
        action: 'trinh',
        to: 'cho_duyet',
        assigneeId: reviewerId,
        toUserId: reviewerId,
        signerId: input.signerId,
        comment: input.comment,
        tell: { users: [reviewerId], kind: 'du_thao_trinh', title: 'Dự thảo chờ bạn duyệt' },
      }
    },
    { action: 'submit', ...input },
  )
}

export function reviewDraft(ctx: HandlerContext, input: ParsedInput<'drafts.review'>): DraftDetail {
  return run(
    ctx,
    input.id,
    'review',
    (raw, me, p) => {
      if (input.decision === 'return') {
        return { ...sendBack(raw, input.comment, p), files: input.files }
      }
      if (input.decision === 'forward') {
        const reviewerId = input.reviewerId ?? null
        if (reviewerId === null) {
          p.add('reviewerId', 'Chọn lãnh đạo nhận chuyển duyệt')
        } else {
          checkLeader(ctx.db, reviewerId, 'reviewerId', p)
          if (reviewerId === me) {
            p.add('reviewerId', 'Chọn một lãnh đạo khác')
          }
        }
        return {
          action: 'chuyen',
          to: 'cho_duyet',
          assigneeId: reviewerId,
          toUserId: reviewerId,
          comment: input.comment,
          files: input.files,
          tell: {
            users: reviewerId === null ? [] : [reviewerId],
            kind: 'du_thao_trinh',
            title: 'Dự thảo được chuyển chờ bạn duyệt',
          },
        }
      }
      checkLeader(ctx.db, input.signerId, 'signerId', p)
      return {
        action: 'duyet',
        to: 'cho_the_thuc',
        assigneeId: null,
        signerId: input.signerId ?? null,
        comment: input.comment,
        files: input.files,
        tell: toClerks(ctx, 'Dự thảo chờ kiểm tra thể thức'),
      }
    },
    { action: 'review', ...input },
  )
}

export function checkFormat(
  ctx: HandlerContext,
  input: ParsedInput<'drafts.checkFormat'>,
): DraftDetail {
  return run(
    ctx,
    input.id,
    'checkFormat',
    (raw, _me, p) => {
      if (input.decision === 'return') {
        return { ...sendBack(raw, input.comment, p), files: input.files }
      }
      const signer = raw.signer_id
      if (signer === null || !isActiveLeader(ctx.db, signer)) {
        throw conflict(
          'Người ký được đề xuất không còn là lãnh đạo đang làm việc; hãy trả lại để chọn người ký khác',
        )
      }
      return {
        action: 'dat_the_thuc',
        to: 'cho_ky',
        assigneeId: signer,
        toUserId: signer,
        comment: input.comment,
        files: input.files,
        tell: { users: [signer], kind: 'du_thao_ky', title: 'Dự thảo chờ bạn ký duyệt' },
      }
    },
    { action: 'checkFormat', ...input },
  )
}

export function signDraft(ctx: HandlerContext, input: ParsedInput<'drafts.sign'>): DraftDetail {
  return run(
    ctx,
    input.id,
    'sign',
    (raw, _me, p) =>
      input.decision === 'return'
        ? { ...sendBack(raw, input.comment, p), files: input.files }
        : {
            action: 'ky_duyet',
            to: 'da_ky',
            assigneeId: null,
            comment: input.comment,
            files: input.files,
            tell: toClerks(ctx, 'Dự thảo đã ký duyệt, chờ cấp số ban hành'),
          },
    { action: 'sign', ...input },
  )
}

export function commentDraft(
  ctx: HandlerContext,
  input: ParsedInput<'drafts.comment'>,
): DraftDetail {
  return run(
    ctx,
    input.id,
    'comment',
    (raw) => ({
      action: 'gop_y',
      to: raw.status,
      assigneeId: raw.assignee_id,
      comment: input.comment,
      tell: { users: [raw.drafter_id], kind: 'du_thao_gop_y', title: 'Có góp ý cho dự thảo' },
    }),
    { action: 'comment', ...input },
  )
}

export function cancelDraft(ctx: HandlerContext, input: ParsedInput<'drafts.cancel'>): DraftDetail {
  return run(
    ctx,
    input.id,
    'cancel',
    () => ({ action: 'huy', to: 'huy', assigneeId: null, comment: input.reason }),
    { action: 'cancel', ...input },
  )
}
