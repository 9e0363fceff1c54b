import { Form, Input, Typography } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { useRecall } from '../../../api/outgoing'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { ActionModal } from '../../tasks/form/action-modal'
import { OutgoingDocSelect } from '../issue/outgoing-doc-select'

type Values = { reason: string; byDocumentId: number | null }

type Props = Readonly<{ doc: DocumentDetail; onClose: () => void }>

/** Thu hồi: the document is cancelled at every recipient (NĐ 30 Điều 19), with the reason. */
export function RecallModal({ doc, onClose }: Props): ReactElement {
  const recall = useRecall()
  const a = useActionForm<Values>(
    (v) =>
      recall.mutateAsync({ id: doc.id, reason: v.reason.trim(), byDocumentId: v.byDocumentId }),
    `Đã thu hồi văn bản ${doc.soKyHieu}.`,
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title={`Thu hồi văn bản ${doc.soKyHieu}`}
      submitLabel="Thu hồi"
      initialValues={{ reason: '', byDocumentId: null }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        Mọi nơi nhận được ghi là đã thu hồi; các đơn vị trong cơ quan không còn thấy văn bản trong
        hàng chờ.
      </Typography.Paragraph>
      <Form.Item
        label="Lý do thu hồi"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do thu hồi' }]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
      <Form.Item label="Văn bản thu hồi (nếu có)" name="byDocumentId">
        <OutgoingDocSelect />
      </Form.Item>
    </ActionModal>
  )
}
