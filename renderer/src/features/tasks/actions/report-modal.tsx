import { Col, Form, Input, InputNumber, Row, Slider } from 'antd'
import type { ReactElement } from 'react'
import type { TaskDetail } from '../../../../../shared/api/task-types'
import { useReportTask } from '../../../api/tasks'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { FilesField, filesReady, uploadedFiles, type FileEntry } from './files-field'
import { useActionForm } from './use-action-form'

type Values = { percent: number | null; text: string; files: FileEntry[] }

type Props = Readonly<{ task: TaskDetail; onClose: () => void }>

/** Báo cáo tiến độ: how far (0–99 %: 100 % is "Hoàn thành"), what was done, files. */
export function ReportModal({ task, onClose }: Props): ReactElement {
  const report = useReportTask()
  // A supporter reports what they did; the percentage is the lead side's to give.
  const leadSide = task.actions.complete
  const a = useActionForm<Values>(
    (v) =>
      report.mutateAsync({
        id: task.id,
        percent: leadSide ? v.percent : null,
        text: v.text,
        files: uploadedFiles(v.files),
      }),
    'Đã gửi báo cáo tiến độ',
    onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title="Báo cáo tiến độ"
      submitLabel="Gửi báo cáo"
      initialValues={{ percent: task.percent, text: '', files: [] }}
      onClose={onClose}
    >
      {leadSide ? (
        <Form.Item label="Tiến độ (%)" required>
          <Row gutter={12} align="middle">
            <Col flex="auto">
              <Form.Item name="percent" noStyle>
                <Slider min={0} max={99} aria-label="Tiến độ" />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item
                name="percent"
                noStyle
                rules={[{ required: true, message: 'Nhập tiến độ' }]}
              >
                <InputNumber
                  min={0}
                  max={99}
                  suffix="%"
                  aria-label="Tiến độ (%)"
                  style={{ width: 90 }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
      ) : null}
      <Form.Item
        label="Nội dung báo cáo"
        name="text"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung báo cáo' }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={4000}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
      <Form.Item label="Tệp đính kèm" name="files" rules={[filesReady]}>
        <FilesField />
      </Form.Item>
    </ActionModal>
  )
}
