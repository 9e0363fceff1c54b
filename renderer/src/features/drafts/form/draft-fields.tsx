import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import type { FormInstance } from 'antd'
import type { ReactElement } from 'react'
import type { DocumentTypeEntry } from '../../../../../shared/api/document-types'
import { FIELD_LIMITS } from '../../../../../shared/domain/field-limits'
import { DO_KHAN, DO_MAT } from '../../../../../shared/domain/levels'
import { useDraftPeople } from '../../../api/drafts'
import { UnitTreeSelect } from '../../admin/units/unit-tree-select'
import type { UnitOption } from '../../admin/units/unit-tree'
import { TypeSelect } from '../../incoming/form/type-select'
import { PersonRefSelect } from '../person-ref-select'
import type { DraftValues } from './draft-values'
import { OutsideRecipientsSelect } from './outside-recipients-select'
import { RecipientUnitsSelect } from './recipient-units-select'
import { ReplySelect } from './reply-select'
import { TaskSelect } from './task-select'

type Props = Readonly<{
  form: FormInstance<DraftValues>
  types: readonly DocumentTypeEntry[]
  units: UnitOption[]
}>

/** The fields of a draft: what it is, who writes it, where it goes, what it answers. */
export function DraftFields({ form, types, units }: Props): ReactElement {
  const unitId = Form.useWatch<number | undefined>('draftingUnitId', form)
  const replyTo = Form.useWatch<number | null | undefined>('replyToDocumentId', form)
  const people = useDraftPeople(unitId ?? null)
  return (
    <>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item
            label="Loại văn bản"
            name="loaiVanBan"
            rules={[{ required: true, message: 'Chọn loại văn bản' }]}
          >
            <TypeSelect types={types} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            label="Đơn vị soạn thảo"
            name="draftingUnitId"
            rules={[{ required: true, message: 'Chọn đơn vị soạn thảo' }]}
          >
            <UnitTreeSelect options={units} />
          </Form.Item>
        </Col>
      </Row>
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
        <Col span={8}>
          <Form.Item label="Độ khẩn" name="doKhan">
            <Select
              options={DO_KHAN.filter((d) => d.inNd30).map((d) => ({
                value: d.code,
                label: d.label,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Độ mật (đề xuất)" name="doMat">
            <Select options={DO_MAT.map((d) => ({ value: d.code, label: d.label }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Số lượng bản" name="soLuongBan">
            <InputNumber min={1} max={FIELD_LIMITS.IssuedAmount.max} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Nơi nhận trong cơ quan" name="recipientUnits">
        <RecipientUnitsSelect options={units} />
      </Form.Item>
      <Form.Item label="Nơi nhận bên ngoài" name="recipientOutside">
        <OutsideRecipientsSelect />
      </Form.Item>
      <Form.Item label="Trả lời văn bản số" name="replyToDocumentId">
        <ReplySelect />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Hoàn thành nhiệm vụ" name="taskId">
            <TaskSelect documentId={replyTo ?? null} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Người ký (đề xuất)" name="signerId">
            <PersonRefSelect
              people={people.data?.signers ?? []}
              loading={people.isFetching && !people.data}
              placeholder="Lãnh đạo ký văn bản"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Ghi chú" name="ghiChu">
        <Input maxLength={FIELD_LIMITS.Description.maxLength} autoComplete="off" />
      </Form.Item>
    </>
  )
}
