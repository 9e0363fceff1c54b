import { Col, Form, Row } from 'antd'
import type { ReactElement } from 'react'
import type { UnitOption } from '../../admin/units/unit-tree'
import { OutsideRecipientsSelect } from '../../drafts/form/outside-recipients-select'
import { RecipientUnitsSelect } from '../../drafts/form/recipient-units-select'

/**
 * Nơi nhận: units of the agency (once sent, the document waits in their incoming queue) and
 * bodies outside it, from the directory or typed in full.
 */
export function RecipientFields({ units }: { units: UnitOption[] }): ReactElement {
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Form.Item label="Đơn vị trong cơ quan" name="recipientUnits">
          <RecipientUnitsSelect options={units} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="Cơ quan bên ngoài" name="recipientOutside">
          <OutsideRecipientsSelect />
        </Form.Item>
      </Col>
    </Row>
  )
}
