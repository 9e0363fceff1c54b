import type { DraftActions, DraftStatus } from '../../../shared/api/outgoing-types'
import { draftStatusLabels } from '../../../shared/api/outgoing-types'
import type { Actor } from '../context'
import { conflict, forbidden, type CoreError } from '../errors'
import type { RawDraft } from './repo'

// Who may do what to a draft, now. The writes ask `refusal` before they change anything and
// DraftDetail.actions asks the same function, so a button is shown exactly when the call
// would be accepted (for someone who can already see the draft).

export type DraftMove = keyof DraftActions

const WITH_DRAFTER: readonly DraftStatus[] = ['du_thao', 'tra_lai']
const CLOSED: readonly DraftStatus[] = ['da_ban_hanh', 'huy']

const stage = (d: RawDraft): string => `"${draftStatusLabels[d.status]}"`

function wrongStatus(d: RawDraft, move: DraftMove): CoreError {
  if (CLOSED.includes(d.status)) {
    return conflict(
      d.status === 'huy'
        ? 'Dự thảo đã bị hủy'
        : 'Dự thảo đã được ban hành, không còn thao tác được',
    )
  }
  const what: Record<DraftMove, string> = {
    edit: 'Chỉ sửa được dự thảo khi đang soạn hoặc bị trả lại',
    submit: 'Chỉ trình được dự thảo khi đang soạn hoặc bị trả lại',
    review: 'Dự thảo không còn chờ lãnh đạo đơn vị duyệt',
    checkFormat: 'Dự thảo không ở bước kiểm tra thể thức',
    sign: 'Dự thảo không ở bước ký duyệt',
    issue: 'Dự thảo chưa được ký duyệt',
    comment: 'Dự thảo đã đóng',
    cancel: 'Dự thảo đã đóng',
  }
  return conflict(`${what[move]} (hiện: ${stage(d)})`)
}

const hasRole = (actor: Actor, role: 'lanh_dao' | 'van_thu'): boolean =>
  actor.kind === 'user' && actor.user.roles.includes(role)

/** Why the actor may not make this move on the draft now; null when they may. */
export function refusal(actor: Actor, d: RawDraft, move: DraftMove): CoreError | null {
  if (actor.kind !== 'user') {
    return forbidden('Chỉ người dùng đã đăng nhập mới thao tác trên dự thảo')
  }
  const me = actor.user.id
  const drafter = d.drafter_id === me
  const open = !CLOSED.includes(d.status)
  switch (move) {
    case 'edit':
    case 'submit':
      if (!drafter) {
        return forbidden('Chỉ người soạn thảo mới sửa, trình dự thảo')
      }
      return WITH_DRAFTER.includes(d.status) ? null : wrongStatus(d, move)
    case 'cancel':
      if (!drafter) {
        return forbidden('Chỉ người soạn thảo mới hủy dự thảo')
      }
      return open ? null : wrongStatus(d, move)
    case 'comment':
      return open ? null : wrongStatus(d, move)
    case 'review':
      if (d.status !== 'cho_duyet') {
        return wrongStatus(d, move)
      }
      return d.assignee_id === me && hasRole(actor, 'lanh_dao')
        ? null
        : forbidden('Dự thảo đang chờ lãnh đạo khác duyệt')
    case 'checkFormat':
      if (d.status !== 'cho_the_thuc') {
        return wrongStatus(d, move)
      }
      return hasRole(actor, 'van_thu') ? null : forbidden('Chỉ văn thư kiểm tra thể thức')
    case 'sign':
      if (d.status !== 'cho_ky') {
        return wrongStatus(d, move)
      }
      return d.assignee_id === me && hasRole(actor, 'lanh_dao')
        ? null
        : forbidden('Chỉ người ký được đề xuất mới ký duyệt dự thảo')
    case 'issue':
      if (d.status !== 'da_ky') {
        return wrongStatus(d, move)
      }
      return hasRole(actor, 'van_thu') ? null : forbidden('Chỉ văn thư cấp số, ban hành')
  }
}

/** Throws the refusal, if any. */
export function requireMove(actor: Actor, d: RawDraft, move: DraftMove): void {
  const r = refusal(actor, d, move)
  if (r) {
    throw r
  }
}

export function actionsFor(actor: Actor, d: RawDraft): DraftActions {
  const may = (move: DraftMove): boolean => refusal(actor, d, move) === null
  return {
    edit: may('edit'),
    submit: may('submit'),
    review: may('review'),
    checkFormat: may('checkFormat'),
    sign: may('sign'),
    issue: may('issue'),
    comment: may('comment'),
    cancel: may('cancel'),
  }
}
