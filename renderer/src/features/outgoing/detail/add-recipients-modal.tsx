import { Form } from 'antd'
import { useMemo, type ReactElement } from 'react'
import type { DocumentDetail } from '../../../../../shared/api/document-types'
import { useAddRecipients } from '../../../api/outgoing'
import { useUnits } from '../../../api/units'
import { buildTree, unitOptions } from '../../admin/units/unit-tree'
import { OutsideRecipientsSelect } from '../../drafts/form/outside-recipients-select'
import { RecipientUnitsSelect } from '../../drafts/form/recipient-units-select'
import { useActionForm } from '../../tasks/actions/use-action-form'
import { ActionModal } from '../../tasks/form/action-modal'

type Values = { units: number[]; outside: string[] }

type Props = Readonly<{ doc: DocumentDetail; onClose: () => void }>

/** Thêm nơi nhận: a recipient forgotten at issue; units already listed are not offered. */
export function AddRecipientsModal({ doc, onClose }: Props): ReactElement {
  const add = useAddRecipients()
  const units = useUnits()
  const listed = useMemo(
    () => new Set((doc.outgoing?.recipients ?? []).flatMap((r) => (r.unitId ? [r.unitId] : []))),
    [doc.outgoing],
  )
  const options = useMemo(
    () => unitOptions(buildTree(units.data ?? []), { hideDisabled: true, exclude: listed }),
    [units.data, listed],
  )
  const a = useActionForm<Values>(
    (v) =>
      add.mutateAsync({
        id: doc.id,
        recipients: [
          ...v.units.map((unitId) => ({ kind: 'unit' as const, unitId })),
          ...v.outside.map((name) => ({ kind: 'outside' as const, name })),
        ],
      }),
    'Đã thêm nơi nhận.',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title={`Thêm nơi nhận cho văn bản ${doc.soKyHieu}`}
      submitLabel="Thêm"
      initialValues={{ units: [], outside: [] }}
      onClose={onClose}
    >
      <Form.Item label="Đơn vị trong cơ quan" name="units">
        <RecipientUnitsSelect options={options} />
      </Form.Item>
      <Form.Item
        label="Cơ quan bên ngoài"
        name="outside"
        dependencies={['units']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_r, v: string[] | undefined) =>
              (v?.length ?? 0) + ((getFieldValue('units') as number[] | undefined)?.length ?? 0) > 0
                ? Promise.resolve()
                : Promise.reject(new Error('Chọn ít nhất một nơi nhận')),
          }),
        ]}
      >
        <OutsideRecipientsSelect />
      </Form.Item>
    </ActionModal>
  )
}
