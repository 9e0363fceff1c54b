import { Form, Input, type FormInstance } from 'antd'
import type { ReactElement } from 'react'
import { ENTER_HINT, enterSubmits } from '../../tasks/form/enter-submit'

type Props = Readonly<{
  form: FormInstance
  label: string
  /** A return must say why: the drafter gets the draft back with these words. */
  required: boolean
  autoFocus?: boolean
}>

/** The comment of a step (ý kiến), named `comment` as in the contract. */
export function CommentField({ form, label, required, autoFocus }: Props): ReactElement {
  return (
    <Form.Item
      label={label}
      name="comment"
      rules={
        required
          ? [{ required: true, whitespace: true, message: `Nhập ${label.toLowerCase()}` }]
          : []
      }
      extra={ENTER_HINT}
    >
      <Input.TextArea
        autoFocus={autoFocus ?? false}
        aria-label={label}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        onKeyDown={enterSubmits(form)}
      />
    </Form.Item>
  )
}
