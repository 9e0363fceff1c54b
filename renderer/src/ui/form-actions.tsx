import { Button, Flex } from 'antd'
import type { ReactElement } from 'react'

type Props = Readonly<{ onCancel: () => void; submitLabel?: string; loading?: boolean }>

/**
 * Buttons at the bottom of a form in a modal or drawer. They sit inside the <form>, so Enter in
 * any field submits, as people who type fast expect.
 */
export function FormActions({ onCancel, submitLabel = 'Lưu', loading }: Props): ReactElement {
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
      <Button onClick={onCancel} disabled={false}>
        Hủy
      </Button>
      <Button type="primary" htmlType="submit" loading={loading ?? false}>
        {submitLabel}
      </Button>
    </Flex>
  )
}

/**
 * For forms whose buttons live outside the <form> (a drawer's footer): browsers submit on Enter
 * only when the form holds a submit button, so it gets an invisible one.
 */
export function EnterSubmits(): ReactElement {
  return <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
}
