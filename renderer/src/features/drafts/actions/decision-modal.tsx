import { Form } from 'antd'
import type { ReactElement } from 'react'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { useCheckDraftFormat, useSignDraft } from '../../../api/drafts'
import {
  FilesField,
  filesReady,
  uploadedFiles,
  type FileEntry,
} from '../../tasks/actions/files-field'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { ActionModal } from '../../tasks/form/action-modal'
import { CommentField } from './comment-field'

export type DecisionStep = 'format' | 'sign'
export type Decision = 'approve' | 'return'

type Values = { comment: string; files: FileEntry[] }

const texts: Readonly<
  Record<DecisionStep, Record<Decision, { title: string; submit: string; done: string }>>
> = {
  format: {
    approve: { title: 'Thể thức đạt', submit: 'Thể thức đạt', done: 'Đã chuyển người ký duyệt' },
    return: {
      title: 'Trả lại: thể thức chưa đạt',
      submit: 'Trả lại',
      done: 'Đã trả lại dự thảo cho người soạn',
    },
  },
  sign: {
    approve: {
      title: 'Ký duyệt dự thảo',
      submit: 'Ký duyệt',
      done: 'Đã ký duyệt, chờ văn thư ban hành',
    },
    return: {
      title: 'Trả lại dự thảo',
      submit: 'Trả lại',
      done: 'Đã trả lại dự thảo cho người soạn',
    },
  },
}

type Props = Readonly<{
  draft: DraftDetail
  step: DecisionStep
  decision: Decision
  onClose: () => void
}>

/** The văn thư's thể thức check and the signer's approval: yes or back, with a comment. */
export function DecisionModal({ draft, step, decision, onClose }: Props): ReactElement {
  const checkFormat = useCheckDraftFormat()
  const sign = useSignDraft()
  const text = texts[step][decision]
  const a = useActionForm<Values>(
    (v) => {
      const files = uploadedFiles(v.files)
      const input = {
        id: draft.id,
        decision,
        comment: v.comment,
        ...(files.length > 0 ? { files } : {}),
      }
      return step === 'format' ? checkFormat.mutateAsync(input) : sign.mutateAsync(input)
    },
    text.done,
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title={text.title}
      submitLabel={text.submit}
      initialValues={{ comment: '', files: [] }}
      onClose={onClose}
    >
      <CommentField
        form={a.form}
        label={decision === 'return' ? 'Lý do trả lại, ý kiến sửa' : 'Ý kiến'}
        required={decision === 'return'}
        autoFocus
      />
      <Form.Item label="Tệp đã sửa (thành phiên bản mới)" name="files" rules={[filesReady]}>
        <FilesField />
      </Form.Item>
    </ActionModal>
  )
}
