import { Form } from 'antd'
import type { ReactElement } from 'react'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { useDraftPeople, useReviewDraft } from '../../../api/drafts'
import { useCurrentUser } from '../../../app/current-user'
import {
  FilesField,
  filesReady,
  uploadedFiles,
  type FileEntry,
} from '../../tasks/actions/files-field'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { ActionModal } from '../../tasks/form/action-modal'
import { PersonRefSelect } from '../person-ref-select'
import { CommentField } from './comment-field'

export type ReviewDecision = 'approve' | 'return' | 'forward'

type Values = {
  comment: string
  reviewerId: number | null
  signerId: number | null
  files: FileEntry[]
}

const texts: Readonly<Record<ReviewDecision, { title: string; submit: string; done: string }>> = {
  approve: {
    title: 'Duyệt dự thảo',
    submit: 'Duyệt',
    done: 'Đã duyệt, chuyển văn thư kiểm tra thể thức',
  },
  return: {
    title: 'Trả lại dự thảo',
    submit: 'Trả lại',
    done: 'Đã trả lại dự thảo cho người soạn',
  },
  forward: { title: 'Chuyển lãnh đạo khác duyệt', submit: 'Chuyển', done: 'Đã chuyển dự thảo' },
}

type Props = Readonly<{ draft: DraftDetail; decision: ReviewDecision; onClose: () => void }>

/**
 * The unit leader's review: approve (perhaps naming another signer), return with the reason,
 * or pass to another leader; an edited file becomes the next version.
 */
export function ReviewModal({ draft, decision, onClose }: Props): ReactElement {
  const user = useCurrentUser()
  const people = useDraftPeople(draft.draftingUnit.id)
  const review = useReviewDraft()
  const proposed = draft.signer?.id ?? null
  const a = useActionForm<Values>(
    (v) => {
      const files = uploadedFiles(v.files)
      return review.mutateAsync({
        id: draft.id,
        decision,
        comment: v.comment,
        ...(decision === 'forward' ? { reviewerId: v.reviewerId } : {}),
        ...(decision === 'approve' && v.signerId !== proposed ? { signerId: v.signerId } : {}),
        ...(files.length > 0 ? { files } : {}),
      })
    },
    texts[decision].done,
    onClose,
  )
  const loading = people.isFetching && !people.data
  return (
    <ActionModal<Values>
      {...a}
      title={texts[decision].title}
      submitLabel={texts[decision].submit}
      initialValues={{ comment: '', reviewerId: null, signerId: proposed, files: [] }}
      onClose={onClose}
    >
      {decision === 'forward' ? (
        <Form.Item
          label="Lãnh đạo duyệt tiếp"
          name="reviewerId"
          rules={[{ required: true, message: 'Chọn lãnh đạo duyệt' }]}
        >
          <PersonRefSelect
            people={(people.data?.reviewers ?? []).filter((p) => p.id !== user.id)}
            loading={loading}
            aria-label="Lãnh đạo duyệt tiếp"
          />
        </Form.Item>
      ) : null}
      {decision === 'approve' ? (
        <Form.Item
          label="Người ký"
          name="signerId"
          rules={[{ required: true, message: 'Chọn người ký' }]}
          extra="Đổi nếu văn bản cần người khác ký."
        >
          <PersonRefSelect
            people={people.data?.signers ?? []}
            loading={loading}
            aria-label="Người ký"
          />
        </Form.Item>
      ) : null}
      <CommentField
        form={a.form}
        label={decision === 'return' ? 'Lý do trả lại, ý kiến sửa' : 'Ý kiến'}
        required={decision === 'return'}
        autoFocus={decision !== 'forward'}
      />
      {decision === 'forward' ? null : (
        <Form.Item label="Tệp đã sửa (thành phiên bản mới)" name="files" rules={[filesReady]}>
          <FilesField />
        </Form.Item>
      )}
    </ActionModal>
  )
}
