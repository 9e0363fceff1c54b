import { Form, Input } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { ActionModal } from '../form/action-modal'
import { ENTER_HINT, enterSubmits } from '../form/enter-submit'
import { useActionForm } from './use-action-form'

type Values = Record<string, string>

type Props = Readonly<{
  title: string
  label: string
  submitLabel: string
  done: string
  /** The contract's field name, so the core's message lands on the box. */
  field: string
  maxLength: number
  /** Shown above the box: the question being answered, for instance. */
  context?: ReactNode
  send: (text: string) => Promise<unknown>
  onClose: () => void
}>

/** The dialogs that are one text box: yêu cầu giải trình, giải trình. */
export function TextActionModal(props: Props): ReactElement {
  const a = useActionForm<Values>(
    (v) => props.send(v[props.field] ?? ''),
    props.done,
    props.onClose,
  )
  return (
    <ActionModal<Values>
      {...a}
      title={props.title}
      submitLabel={props.submitLabel}
      initialValues={{ [props.field]: '' }}
      onClose={props.onClose}
    >
      {props.context}
      <Form.Item
        label={props.label}
        name={props.field}
        rules={[{ required: true, whitespace: true, message: `Nhập ${props.label.toLowerCase()}` }]}
        extra={ENTER_HINT}
      >
        <Input.TextArea
          autoFocus
          aria-label={props.label}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={props.maxLength}
          onKeyDown={enterSubmits(a.form)}
        />
      </Form.Item>
    </ActionModal>
  )
}
