import { Alert, Checkbox, Form, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { sendWayLabels, sendWays, type SendWay } from '../../../../../shared/api/outgoing-types'
import { doMatInfo } from '../../../../../shared/domain/levels'
import { useSend } from '../../../api/outgoing'
import { DateInput } from '../../incoming/form/date-input'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { ActionModal } from '../../tasks/form/action-modal'

type Values = { recipientIds: number[]; way: SendWay; sentOn: Dayjs | null }

type Props = Readonly<{ doc: DocumentDetail; onClose: () => void }>

/**
 * Đánh dấu đã gửi: which recipients, how, on which day. A secret document is never offered
 * electronic sending (state-secrets law; the core refuses it too).
 */
export function SendModal({ doc, onClose }: Props): ReactElement {
  const send = useSend()
  const recipients = (doc.outgoing?.recipients ?? []).filter((r) => r.recalledAt === null)
  const secret = !doMatInfo(doc.doMat).electronicExchange
  const ways = sendWays.filter((w) => !(secret && w === 'dien_tu'))
  const a = useActionForm<Values>(
    (v) =>
      send.mutateAsync({
        id: doc.id,
        sends: v.recipientIds.map((recipientId) => ({
          recipientId,
          way: v.way,
          sentOn: v.sentOn?.format('YYYY-MM-DD'),
        })),
      }),
    'Đã ghi nhận việc gửi văn bản.',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title={`Đánh dấu đã gửi văn bản ${doc.soKyHieu}`}
      submitLabel="Ghi nhận đã gửi"
      initialValues={{
        recipientIds: recipients.filter((r) => r.sentOn === null).map((r) => r.id),
        way: secret ? 'giay' : 'dien_tu',
        sentOn: dayjs(),
      }}
      onClose={onClose}
    >
      {secret ? (
        <Alert
          type="warning"
          showIcon
          title="Văn bản mật: chỉ gửi bản giấy hoặc qua bưu điện, không gửi điện tử."
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form.Item
        label="Nơi nhận"
        name="recipientIds"
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn nơi nhận' }]}
      >
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={recipients.map((r) => ({
            value: r.id,
            label: r.sentOn ? `${r.name} (đã gửi ${dayjs(r.sentOn).format('DD/MM/YYYY')})` : r.name,
          }))}
        />
      </Form.Item>
      <Form.Item label="Cách gửi" name="way" rules={[{ required: true, message: 'Chọn cách gửi' }]}>
        <Radio.Group
          optionType="button"
          options={ways.map((w) => ({ value: w, label: sendWayLabels[w] }))}
        />
      </Form.Item>
      <Form.Item
        label="Ngày gửi"
        name="sentOn"
        rules={[{ required: true, message: 'Nhập ngày gửi' }]}
      >
        <DateInput allowClear={false} />
      </Form.Item>
    </ActionModal>
  )
}
