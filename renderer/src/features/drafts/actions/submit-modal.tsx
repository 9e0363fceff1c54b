import { Checkbox, Form } from 'antd'
import { useEffect, type ReactElement } from 'react'
import type { DraftDetail } from '../../../../../shared/api/outgoing-types'
import { useDraftPeople, useSubmitDraft } from '../../../api/drafts'
import { useCurrentUser } from '../../../app/current-user'
import { ActionModal } from '../../tasks/form/action-modal'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { PersonRefSelect } from '../person-ref-select'
import { CommentField } from './comment-field'

type Values = {
  reviewerId: number | null
  direct: boolean
  signerId: number | null
  comment: string
}

type Props = Readonly<{ draft: DraftDetail; onClose: () => void }>

/**
 * Trình: to a leader of the unit for review, or, for a leader's own draft, straight to the văn
 * thư; with the leader proposed to sign.
 */
export function SubmitModal({ draft, onClose }: Props): ReactElement {
  const user = useCurrentUser()
  const leader = user.roles.includes('lanh_dao')
  const people = useDraftPeople(draft.draftingUnit.id)
  const submit = useSubmitDraft()
  const reviewers = (people.data?.reviewers ?? []).filter((p) => p.id !== user.id)
  const a = useActionForm<Values>(
    (v) =>
      submit.mutateAsync({
        id: draft.id,
        reviewerId: v.direct ? null : v.reviewerId,
        signerId: v.signerId ?? 0,
        comment: v.comment,
      }),
    'Đã trình dự thảo',
    onClose,
  )
  // The leader it went to last time (a returned draft goes back to them), else the nearest
  // leader of the unit, which the core lists first. Known only once the people have arrived.
  const previous = draft.steps.findLast((s) => s.action === 'trinh' && s.to)?.to?.id
  const suggested = reviewers.find((p) => p.id === previous)?.id ?? reviewers[0]?.id ?? null
  useEffect(() => {
    if (suggested !== null && !a.form.getFieldValue('reviewerId')) {
      a.form.setFieldValue('reviewerId', suggested)
    }
  }, [suggested, a.form])
  const direct = Form.useWatch<boolean | undefined>('direct', a.form) ?? false
  const loading = people.isFetching && !people.data
  return (
    <ActionModal<Values>
      {...a}
      title="Trình dự thảo"
      submitLabel="Trình"
      initialValues={{
        reviewerId: suggested,
        direct: false,
        signerId: draft.signer?.id ?? null,
        comment: '',
      }}
      onClose={onClose}
    >
      {leader ? (
        <Form.Item name="direct" valuePropName="checked">
          <Checkbox>Trình thẳng văn thư kiểm tra thể thức (tôi là lãnh đạo đơn vị)</Checkbox>
        </Form.Item>
      ) : null}
      {direct ? null : (
        <Form.Item
          label="Lãnh đạo duyệt"
          name="reviewerId"
          rules={[{ required: true, message: 'Chọn lãnh đạo duyệt' }]}
        >
          <PersonRefSelect people={reviewers} loading={loading} aria-label="Lãnh đạo duyệt" />
        </Form.Item>
      )}
      <Form.Item
        label="Người ký"
        name="signerId"
        rules={[{ required: true, message: 'Chọn người ký' }]}
      >
        <PersonRefSelect
          people={people.data?.signers ?? []}
          loading={loading}
          aria-label="Người ký"
        />
      </Form.Item>
      <CommentField form={a.form} label="Ý kiến kèm theo" required={false} />
    </ActionModal>
  )
}
