import { Col, Form, Input, Radio, Row } from 'antd'
import type { Dayjs } from 'dayjs'
import type { ReactElement } from 'react'
import { taskPriorities, taskPriorityLabels } from '../../../../../shared/api/task-types'
import { DeadlineField } from './deadline-field'
import { PartySelect } from './party-select'
import { PersonSelect } from './person-select'
import { SupportInput } from './support-input'
import type { Directory, PartyKey } from './use-directory'
import '../tasks.css'

type Props = Readonly<{
  directory: Directory
  /** The direction form asks "để biết" once, for the task or without one. */
  withInform?: boolean
}>

/** Chủ trì, phối hợp, để biết, hạn xử lý and ưu tiên: who does a task, by when. */
export function AssignmentFields({ directory, withInform = true }: Props): ReactElement {
  const form = Form.useFormInstance()
  const lead = Form.useWatch<PartyKey | null | undefined>('lead', form)
  const deadline = Form.useWatch<Dayjs | null | undefined>('deadline', form)
  const leadOnly = new Set(lead ? [lead] : [])
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="Chủ trì"
            name="lead"
            rules={[{ required: true, message: 'Chọn đơn vị hoặc người chủ trì' }]}
            tooltip="Một đơn vị (lãnh đạo đơn vị sẽ phân công người xử lý) hoặc một người."
          >
            <PartySelect tree={directory.tree} placeholder="Gõ tên đơn vị hoặc người" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="Hạn xử lý"
            name="deadline"
            rules={[{ required: true, message: 'Chọn hạn xử lý' }]}
            extra={<DeadlineRule />}
          >
            <DeadlineField onRule={(rule) => form.setFieldValue('deadlineRule', rule)} />
          </Form.Item>
          <Form.Item name="deadlineRule" hidden>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Phối hợp" name="support">
            <SupportInput
              tree={directory.tree}
              nameOf={directory.nameOf}
              exclude={leadOnly}
              max={deadline ?? null}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Mức ưu tiên" name="priority">
            <Radio.Group
              optionType="button"
              options={taskPriorities.map((p) => ({ value: p, label: taskPriorityLabels[p] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {withInform ? (
        <Form.Item label="Nhận để biết" name="inform">
          <PersonSelect multiple people={directory.people} placeholder="Người nhận để biết" />
        </Form.Item>
      ) : null}
    </>
  )
}

/** How the date was chosen, when a preset chose it: "5 ngày làm việc". */
function DeadlineRule(): ReactElement | null {
  const rule = Form.useWatch<string | null | undefined>('deadlineRule', Form.useFormInstance())
  return rule ? <span>Tính theo {rule}, không kể hôm nay, trừ ngày nghỉ.</span> : null
}
