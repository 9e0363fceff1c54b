import { Alert, Form, Modal, type FormInstance } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { FormActions } from './form-actions'

type Props<V> = {
  title: string
  form: FormInstance<V>
  initialValues: Partial<V>
  /** The whole-form error (the core's message); field errors sit on the fields. */
  error: string | null
  pending: boolean
  onFinish: (values: V) => void
  onClose: () => void
  children: ReactNode
}

/** The admin screens' add/edit dialog: title, the core's error, the fields, Lưu/Hủy. */
export function FormModal<V>({
  title,
  form,
  initialValues,
  error,
  pending,
  onFinish,
  onClose,
  children,
}: Props<V>): ReactElement {
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={560}>
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        disabled={pending}
      >
        {children}
        <FormActions onCancel={onClose} loading={pending} />
      </Form>
    </Modal>
  )
}
