import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd'
import type { FormInstance, FormRule } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactElement, ReactNode } from 'react'
import type { DocumentTypeEntry, Register } from '../../../../../shared/api/document-types'
import type { User } from '../../../../../shared/api/types'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import {
  DO_KHAN,
  DO_MAT,
  phuongThucNhanCodes,
  phuongThucNhanLabels,
} from '../../../../../shared/domain/levels'
import { formatSoKyHieu } from '../../../../../shared/text/doc-number'
import { fold } from '../../../../../shared/text/normalize'
import type { UnitOption } from '../../admin/units/unit-tree'
import { DateInput } from './date-input'
import { DeadlineInput } from './deadline-input'
import type { IncomingValues, SuggestibleField } from './form-values'
import { IssuerInput } from './issuer-input'
import { TypeSelect } from './type-select'
import { UnitSelect } from './unit-select'

type Props = Readonly<{
  form: FormInstance<IncomingValues>
  registers: readonly Register[]
  types: readonly DocumentTypeEntry[]
  units: UnitOption[]
  users: readonly User[]
  /** The số đến shown: the next number when registering, the document's own when editing. */
  soDen: ReactNode
  editing: boolean
  suggested: ReadonlySet<SuggestibleField>
  onSoBlur: () => void
  onKyHieuBlur: () => void
}>

const maxText = (field: keyof typeof FIELD_LIMITS): FormRule => {
  const limit = FIELD_LIMITS[field]
  const max = limit.kind === 'text' ? limit.maxLength : limit.max
  return { max, message: `${limit.label} dài tối đa ${max} ký tự` }
}

const notAfterArrival: FormRule = ({ getFieldValue }) => ({
  validator: (_r, value: Dayjs | null | undefined) => {
    const arrival = getFieldValue('ngayDen') as Dayjs | null | undefined
    return value && arrival && value.isAfter(arrival, 'day')
      ? Promise.reject(new Error('Ngày ban hành không được sau ngày đến'))
      : Promise.resolve()
  },
})

const notBeforeArrival: FormRule = ({ getFieldValue }) => ({
  validator: (_r, value: Dayjs | null | undefined) => {
    const arrival = getFieldValue('ngayDen') as Dayjs | null | undefined
    return value && arrival && value.isBefore(arrival, 'day')
      ? Promise.reject(new Error('Hạn xử lý không được trước ngày đến'))
      : Promise.resolve()
  },
})

/** The fields of an incoming document, in the order a clerk reads them off the paper. */
export function IncomingFields(p: Props): ReactElement {
  const so = Form.useWatch<string | undefined>('so', p.form)?.trim() ?? ''
  const kyHieu = Form.useWatch<string | undefined>('kyHieu', p.form)?.trim() ?? ''
  const ngayDen = Form.useWatch<Dayjs | null | undefined>('ngayDen', p.form) ?? dayjs()
  const unitId = Form.useWatch<number | null | undefined>('donViNhanId', p.form)

  const mark = (field: SuggestibleField): string | undefined =>
    p.suggested.has(field) ? 'field--suggested' : undefined
  // The visible mark sits on the field's border (CSS), so labels keep their one line; the
  // label still says it for screen readers.
  const label = (text: string, field?: SuggestibleField): ReactNode =>
    field && p.suggested.has(field) ? (
      <span>
        {text}
        <span className="sr-only"> (gợi ý từ PDF)</span>
      </span>
    ) : (
      text
    )

  const personId = Form.useWatch<number | null | undefined>('nguoiNhanId', p.form)
  // With a unit chosen, its people come first to hand; whoever is already chosen stays listed.
  const people = p.users
    .filter(
      (u) =>
        u.id === personId ||
        (!u.disabled && (unitId === null || unitId === undefined || u.unitId === unitId)),
    )
    .map((u) => ({ value: u.id, label: `${u.fullName} — ${u.position}`, search: fold(u.fullName) }))

  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="Sổ văn bản đến"
            name="registerId"
            rules={[{ required: true, message: 'Chọn sổ' }]}
          >
            <Select
              disabled={p.editing}
              options={p.registers.map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Số đến">
            <div className="so-den" aria-label="Số đến" data-testid="so-den">
              {p.soDen}
            </div>
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item
            label="Ngày đến"
            name="ngayDen"
            rules={[{ required: true, message: 'Nhập ngày đến' }]}
          >
            <DateInput allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item
            label={label('Số', 'so')}
            name="so"
            className={mark('so')}
            tooltip="Gõ cả 123/QĐ-UBND vào đây: phần ký hiệu tự sang ô bên cạnh."
            rules={[maxText('CodeNumber')]}
            validateTrigger="onBlur"
          >
            <Input autoFocus placeholder="123" autoComplete="off" onBlur={p.onSoBlur} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            label={label('Ký hiệu', 'kyHieu')}
            name="kyHieu"
            className={mark('kyHieu')}
            extra={
              so !== '' || kyHieu !== '' ? (
                <span data-testid="so-ky-hieu">
                  Số, ký hiệu:{' '}
                  <Typography.Text strong>
                    {so !== '' && kyHieu !== '' ? formatSoKyHieu(so, kyHieu) : so || kyHieu}
                  </Typography.Text>
                </span>
              ) : null
            }
          >
            <Input
              onBlur={p.onKyHieuBlur}
              placeholder="QĐ-UBND"
              maxLength={FIELD_LIMITS.CodeNotation.maxLength}
              autoComplete="off"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label={label('Ngày ban hành', 'ngayBanHanh')}
            name="ngayBanHanh"
            className={mark('ngayBanHanh')}
            dependencies={['ngayDen']}
            rules={[notAfterArrival]}
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={15}>
          <Form.Item
            label={label('Cơ quan ban hành', 'coQuanBanHanh')}
            name="coQuanBanHanh"
            className={mark('coQuanBanHanh')}
            rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan ban hành' }]}
          >
            <IssuerInput />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item
            label={label('Loại văn bản', 'loaiVanBan')}
            name="loaiVanBan"
            className={mark('loaiVanBan')}
            rules={[{ required: true, message: 'Chọn loại văn bản' }]}
          >
            <TypeSelect types={p.types} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={label('Trích yếu', 'trichYeu')}
        name="trichYeu"
        className={mark('trichYeu')}
        rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={FIELD_LIMITS.Subject.maxLength}
          showCount
          placeholder="V/v … (Enter để xuống dòng, Tab sang ô sau)"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item
            label={label('Người ký', 'nguoiKy')}
            name="nguoiKy"
            className={mark('nguoiKy')}
          >
            <Input maxLength={FIELD_LIMITS.FullName.maxLength} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item label="Chức vụ người ký" name="chucVuNguoiKy">
            <Input maxLength={FIELD_LIMITS.Position.maxLength} placeholder="KT. Chủ tịch…" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            label={label('Số trang', 'soTrang')}
            name="soTrang"
            className={mark('soTrang')}
          >
            <InputNumber min={0} max={FIELD_LIMITS.PageAmount.max} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={5}>
          <Form.Item label={label('Độ khẩn', 'doKhan')} name="doKhan" className={mark('doKhan')}>
            <Select options={DO_KHAN.map((d) => ({ value: d.code, label: d.label }))} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Độ mật" name="doMat">
            <Select options={DO_MAT.map((d) => ({ value: d.code, label: d.label }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            label="Hạn xử lý"
            name="hanXuLy"
            dependencies={['ngayDen']}
            rules={[notBeforeArrival]}
          >
            <DeadlineInput base={ngayDen} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Đơn vị nhận" name="donViNhanId">
            <UnitSelect options={p.units} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Người nhận" name="nguoiNhanId">
            <Select
              allowClear
              options={people}
              showSearch={{ filterOption: (input, o) => o?.search.includes(fold(input)) ?? false }}
              placeholder="Chọn người xử lý"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="Phương thức nhận" name="phuongThuc">
            <Radio.Group
              optionType="button"
              options={phuongThucNhanCodes.map((c) => ({
                value: c,
                label: phuongThucNhanLabels[c],
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item label="Ghi chú" name="ghiChu">
            <Input maxLength={FIELD_LIMITS.Description.maxLength} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
