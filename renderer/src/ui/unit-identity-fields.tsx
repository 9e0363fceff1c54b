import { Form, Input } from 'antd'
import type { ReactElement } from 'react'
import { shortNameSchema, unitNameSchema } from '../../../shared/api/schemas'
import { organIdRule } from './organ-id'
import { zodRule } from './zod-rule'

type Props = Readonly<{
  /** Form field names: setup uses agencyName …, the admin screens name, shortName, code. */
  names: Readonly<{ name: string; shortName: string; code: string }>
  /** "cơ quan" or "đơn vị". */
  noun: string
  namePlaceholder?: string
  shortNamePlaceholder?: string
  /** The ký hiệu example under Tên viết tắt, e.g. 12/UBND-VP. */
  kyHieuExample: string
  autoFocus?: boolean
}>

/**
 * Name, abbreviation (used in ký hiệu) and mã định danh of the agency or a unit, with the
 * contract's own rules: the same three fields in first-run setup, the agency screen and the
 * unit dialog.
 */
export function UnitIdentityFields(p: Props): ReactElement {
  return (
    <>
      <Form.Item
        label={`Tên ${p.noun}`}
        name={p.names.name}
        rules={[{ required: true, message: `Nhập tên ${p.noun}` }, zodRule(unitNameSchema)]}
      >
        <Input autoFocus={p.autoFocus} placeholder={p.namePlaceholder} />
      </Form.Item>
      <Form.Item
        label="Tên viết tắt"
        name={p.names.shortName}
        extra={`Dùng trong ký hiệu văn bản, ví dụ ${p.kyHieuExample}.`}
        rules={[{ required: true, message: 'Nhập tên viết tắt' }, zodRule(shortNameSchema)]}
      >
        <Input placeholder={p.shortNamePlaceholder} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item
        label="Mã định danh (không bắt buộc)"
        name={p.names.code}
        extra="Theo QCVN 102:2016/BTTTT, dạng 000.00.00.H49."
        rules={[organIdRule]}
      >
        <Input placeholder="000.00.00.H49" style={{ maxWidth: 200 }} />
      </Form.Item>
    </>
  )
}
