import { Alert, Form, Modal, type FormInstance } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { FormActions } from '../../../ui/form-actions'

type Props<V> = Readonly<{
  title: ReactNode
  form: FormInstance<V>
  initialValues: Partial<V>
  /** The core's overall message; field messages sit on the fields. */
  error: string | null
  pending: boolean
  submitLabel: string
  width?: number
  onFinish: (values: V) => void
  onValuesChange?: (changed: Partial<V>, all: V) => void
  onClose: () => void
  children: ReactNode
}>

/**
 * The shell of every direction and task dialog: the core's error on top, the fields, then the
 * buttons inside the <form> so Enter in a field sends it.
 */
export function ActionModal<V>({
  title,
  form,
  initialValues,
  error,
  pending,
  submitLabel,
  width = 560,
  onFinish,
  onValuesChange,
  onClose,
  children,
}: Props<V>): ReactElement {
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={width} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<V>, all: V) => {
          // The core's message on a field goes once the person changes that field; fields
          // without rules would otherwise keep it until the next send.
          const touched = Object.keys(changed).filter(
            (name) => form.getFieldError(name as never).length > 0,
          )
          form.setFields(touched.map((name) => ({ name: name as never, errors: [] })))
          onValuesChange?.(changed, all)
        }}
        disabled={pending}
        scrollToFirstError
      >
        {children}
        <FormActions onCancel={onClose} loading={pending} submitLabel={submitLabel} />
      </Form>
    </Modal>
  )
}
