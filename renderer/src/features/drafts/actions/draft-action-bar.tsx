import { Button, Flex } from 'antd'
import { useState, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import type { DraftActions, DraftDetail } from '../../../../../shared/api/outgoing-types'
import { useCancelDraft, useCommentDraft } from '../../../api/drafts'
import { TextActionModal } from '../../tasks/actions/text-action-modal'
import { DecisionModal, type Decision, type DecisionStep } from './decision-modal'
import { ReviewModal, type ReviewDecision } from './review-modal'
import { SubmitModal } from './submit-modal'

type Open =
  | { kind: 'submit' | 'comment' | 'cancel' }
  | { kind: 'review'; decision: ReviewDecision }
  | { kind: DecisionStep; decision: Decision }

type ButtonSpec = Readonly<{
  action: keyof DraftActions
  label: string
  primary?: boolean
  danger?: boolean
  open: Open | 'edit' | 'issue'
}>

// In the order the draft moves: the drafter's, the leader's, the văn thư's, the signer's, then
// what anyone involved may do.
const buttons: readonly ButtonSpec[] = [
  { action: 'edit', label: 'Sửa', open: 'edit' },
  { action: 'submit', label: 'Trình', primary: true, open: { kind: 'submit' } },
  {
    action: 'review',
    label: 'Duyệt',
    primary: true,
    open: { kind: 'review', decision: 'approve' },
  },
  { action: 'review', label: 'Chuyển', open: { kind: 'review', decision: 'forward' } },
  { action: 'review', label: 'Trả lại', open: { kind: 'review', decision: 'return' } },
  {
    action: 'checkFormat',
    label: 'Thể thức đạt',
    primary: true,
    open: { kind: 'format', decision: 'approve' },
  },
  { action: 'checkFormat', label: 'Trả lại', open: { kind: 'format', decision: 'return' } },
  { action: 'sign', label: 'Ký duyệt', primary: true, open: { kind: 'sign', decision: 'approve' } },
  { action: 'sign', label: 'Trả lại', open: { kind: 'sign', decision: 'return' } },
  { action: 'issue', label: 'Cấp số, ban hành', primary: true, open: 'issue' },
  { action: 'comment', label: 'Góp ý', open: { kind: 'comment' } },
  { action: 'cancel', label: 'Hủy dự thảo', danger: true, open: { kind: 'cancel' } },
]

/** Exactly the buttons the core allows this person on this draft now, each with its dialog. */
export function DraftActionBar({ draft }: { draft: DraftDetail }): ReactElement | null {
  const [open, setOpen] = useState<Open | null>(null)
  const navigate = useNavigate()
  const comment = useCommentDraft()
  const cancel = useCancelDraft()
  const allowed = buttons.filter((b) => draft.actions[b.action])
  if (allowed.length === 0) {
    return null
  }
  const close = (): void => setOpen(null)
  const press = (b: ButtonSpec): void => {
    if (b.open === 'edit') {
      void navigate(`/van-ban-di/du-thao/${draft.id}/sua`)
    } else if (b.open === 'issue') {
      // The issuing screen belongs to the outgoing register; it starts from this draft.
      void navigate(`/van-ban-di/ban-hanh?draft=${draft.id}`)
    } else {
      setOpen(b.open)
    }
  }
  return (
    <Flex gap={8} wrap role="toolbar" aria-label="Thao tác với dự thảo">
      {allowed.map((b) => (
        <Button
          key={`${b.action}-${b.label}`}
          type={b.primary ? 'primary' : 'default'}
          danger={b.danger ?? false}
          onClick={() => press(b)}
        >
          {b.label}
        </Button>
      ))}
      {open?.kind === 'submit' ? <SubmitModal draft={draft} onClose={close} /> : null}
      {open?.kind === 'review' ? (
        <ReviewModal draft={draft} decision={open.decision} onClose={close} />
      ) : null}
      {open?.kind === 'format' || open?.kind === 'sign' ? (
        <DecisionModal draft={draft} step={open.kind} decision={open.decision} onClose={close} />
      ) : null}
      {open?.kind === 'comment' ? (
        <TextActionModal
          title="Góp ý dự thảo"
          label="Ý kiến góp ý"
          field="comment"
          maxLength={2000}
          submitLabel="Gửi góp ý"
          done="Đã gửi góp ý"
          send={(text) => comment.mutateAsync({ id: draft.id, comment: text })}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'cancel' ? (
        <TextActionModal
          title="Hủy dự thảo"
          label="Lý do hủy"
          field="reason"
          maxLength={500}
          submitLabel="Hủy dự thảo"
          done="Đã hủy dự thảo"
          send={(reason) => cancel.mutateAsync({ id: draft.id, reason })}
          onClose={close}
        />
      ) : null}
    </Flex>
  )
}
