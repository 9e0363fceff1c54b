import type { FormInstance } from 'antd'
import type { KeyboardEvent } from 'react'

/**
 * For the text areas of the small dialogs: Enter sends, Shift+Enter starts a new line, and
 * nothing fires while an input method (Telex, VNI) is still composing a letter.
 */
export function enterSubmits(form: FormInstance): (e: KeyboardEvent<HTMLTextAreaElement>) => void {
  return (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      form.submit()
    }
  }
}

export const ENTER_HINT = 'Enter để gửi · Shift+Enter để xuống dòng'
