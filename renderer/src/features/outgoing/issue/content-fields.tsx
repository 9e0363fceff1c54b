import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import type { ReactElement } from 'react'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import { DO_KHAN, DO_MAT } from '../../../../../shared/domain/levels'

/** Trích yếu and what is stamped and counted: độ khẩn, độ mật, số trang, số lượng bản. */
export function ContentFields(): ReactElement {
  return (
    <>
      <Form.Item
        label="Trích yếu"
        name="trichYeu"
        rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={FIELD_LIMITS.Subject.maxLength}
          showCount
          placeholder="V/v …"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item label="Độ khẩn" name="doKhan">
            <Select
              options={DO_KHAN.filter((d) => d.inNd30).map((d) => ({
                value: d.code,
                label: d.label,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Độ mật" name="doMat">
            <Select options={DO_MAT.map((d) => ({ value: d.code, label: d.label }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Số trang" name="soTrang">
            <InputNumber min={1} max={999} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Số lượng bản" name="soLuongBan">
            <InputNumber min={1} max={999} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Ghi chú" name="ghiChu">
        <Input maxLength={500} />
      </Form.Item>
    </>
  )
}
