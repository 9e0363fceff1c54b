import { App, Form, type FormInstance } from 'antd'
import { useState } from 'react'
import { applyTaskErrors } from '../form/task-values'

export type ActionForm<V> = Readonly<{
  form: FormInstance<V>
  error: string | null
  pending: boolean
  onFinish: (values: V) => void
}>

/**
 * The life of one task dialog: send, say what happened, close; or put the core's messages on
 * the fields and keep the dialog open with what was typed.
 */
export function useActionForm<V>(
  run: (values: V) => Promise<unknown>,
  done: string,
  onClose: () => void,
): ActionForm<V> {
  const [form] = Form.useForm<V>()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const { message } = App.useApp()
  const onFinish = (values: V): void => {
    setError(null)
    setPending(true)
    run(values)
      .then(() => {
        void message.success(done)
        onClose()
      })
      .catch((err: unknown) => setError(applyTaskErrors(form, err, '', (key) => key)))
      .finally(() => setPending(false))
  }
  return { form, error, pending, onFinish }
}
