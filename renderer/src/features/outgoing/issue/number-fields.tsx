import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd'
import type { FormInstance } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentTypeEntry, Register } from '../../../../../shared/api/document-types'
import type { Reservation } from '../../../../../shared/api/outgoing-types'
import { UnitTreeSelect } from '../../admin/units/unit-tree-select'
import type { UnitOption } from '../../admin/units/unit-tree'
import { DateInput } from '../../incoming/form/date-input'
import { TypeSelect } from '../../incoming/form/type-select'
import { CONG_VAN, withReservation, type IssueValues } from './issue-values'
import { NumberPreview } from './number-preview'

/** A field the held number decides: shown, not editable. */
function Frozen<T>({
  value,
  text,
}: {
  value?: T
  text: (v: T | undefined) => string
}): ReactElement {
  return <Input value={text(value)} disabled />
}

function unitName(options: readonly UnitOption[], id: unknown): string | null {
  for (const o of options) {
    if (o.value === id) {
      return o.title
    }
    const below = unitName(o.children ?? [], id)
    if (below) {
      return below
    }
  }
  return null
}

type Props = Readonly<{
  form: FormInstance<IssueValues>
  registers: readonly Register[]
  types: readonly DocumentTypeEntry[]
  units: UnitOption[]
  /** Numbers held now (dang_giu), to issue with. */
  held: readonly Reservation[]
}>

/** Sổ, số (new or held), loại, đơn vị soạn thảo, quy phạm, ngày ban hành, and the number they give. */
export function NumberFields({ form, registers, types, units, held }: Props): ReactElement {
  const mode = Form.useWatch('numberMode', form)
  const loai = Form.useWatch('loaiVanBan', form)
  const isHeld = mode === 'held'

  const pickHeld = (id: number | null): void => {
    const r = held.find((h) => h.id === id)
    if (r) {
      form.setFieldsValue(withReservation(form.getFieldsValue(true) as IssueValues, r))
    } else {
      form.setFieldsValue({ reservationId: null })
    }
  }

  return (
    <>
      <Form.Item name="numberMode" style={{ marginBottom: 8 }}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'new', label: 'Cấp số mới' },
            {
              value: 'held',
              label: `Dùng số đã lấy trước (${held.length})`,
              disabled: held.length === 0,
            },
          ]}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          {isHeld ? (
            <Form.Item
              label="Số đã lấy trước"
              name="reservationId"
              rules={[{ required: true, message: 'Chọn số đã lấy trước' }]}
            >
              <Select<number>
                aria-label="Số đã lấy trước"
                onChange={pickHeld}
                options={held.map((r) => ({
                  value: r.id,
                  label: `${r.soKyHieu} · ${r.trichYeu ?? r.loaiVanBan}`,
                }))}
                placeholder="Chọn số đang giữ"
              />
            </Form.Item>
          ) : (
            <Form.Item
              label="Sổ văn bản đi"
              name="registerId"
              rules={[{ required: true, message: 'Chọn sổ văn bản đi' }]}
            >
              <Select<number>
                options={registers.map((r) => ({ value: r.id, label: r.name }))}
                placeholder="Chọn sổ"
                notFoundContent="Chưa có sổ văn bản đi"
              />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item
            label="Ngày ban hành"
            name="ngayBanHanh"
            rules={[{ required: true, message: 'Nhập ngày ban hành' }]}
          >
            <DateInput allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="Loại văn bản"
            name="loaiVanBan"
            rules={[{ required: true, message: 'Chọn loại văn bản' }]}
          >
            {isHeld ? (
              <Frozen text={(code) => types.find((t) => t.code === code)?.name ?? '—'} />
            ) : (
              <TypeSelect types={types} />
            )}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="Đơn vị soạn thảo"
            name="draftingUnitId"
            rules={[
              {
                required: loai === CONG_VAN,
                message: 'Công văn cần đơn vị soạn thảo (ký hiệu UBND-VX)',
              },
            ]}
          >
            {isHeld ? (
              <Frozen text={(id) => unitName(units, id) ?? '—'} />
            ) : (
              <UnitTreeSelect options={units} allowClear />
            )}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="quyPham" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox disabled={isHeld}>
          Văn bản quy phạm pháp luật (số có năm ban hành: 07/2026/QĐ-UBND)
        </Checkbox>
      </Form.Item>
      <NumberPreview form={form} held={held} />
    </>
  )
}
