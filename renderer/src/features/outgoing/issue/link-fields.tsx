import { Col, Form, Row, Select } from 'antd'
import type { FormInstance } from 'antd'
import type { ReactElement } from 'react'
import { ReplySelect } from '../../drafts/form/reply-select'
import { TaskSelect } from '../../drafts/form/task-select'
import type { IssueValues, Relation } from './issue-values'
import { OutgoingDocSelect } from './outgoing-doc-select'

const relations: { value: Relation; label: string }[] = [
  { value: 'none', label: 'Không' },
  { value: 'replaces', label: 'Thay thế văn bản' },
  { value: 'corrects', label: 'Đính chính văn bản' },
]

/**
 * What the document answers (the incoming document is then handled, its task completed with
 * this number), and the issued document it replaces or corrects (NĐ 30 Điều 19).
 */
export function LinkFields({ form }: { form: FormInstance<IssueValues> }): ReactElement {
  const replyTo = Form.useWatch('replyToDocumentId', form) ?? null
  const relation = Form.useWatch('relation', form) ?? 'none'
  return (
    <>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item label="Trả lời văn bản đến" name="replyToDocumentId">
            <ReplySelect />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="Hoàn thành nhiệm vụ" name="taskId">
            <TaskSelect documentId={replyTo} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="Thay thế / đính chính" name="relation">
            <Select
              options={relations}
              onChange={(v: Relation) =>
                v === 'none' ? form.setFieldValue('relatedId', null) : undefined
              }
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            label="Văn bản đi được thay thế / đính chính"
            name="relatedId"
            rules={[{ required: relation !== 'none', message: 'Chọn văn bản đi' }]}
          >
            <OutgoingDocSelect disabled={relation === 'none'} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
