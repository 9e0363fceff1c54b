import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'

// Keyboard-first registration (UX goal 1): Enter goes to the next field, Ctrl+S saves,
// Ctrl+Shift+S saves and starts the next document, Esc clears.

function navigable(el: HTMLElement): boolean {
  if (el.closest('[data-enter-skip]') || el.tabIndex < 0 || el.offsetParent === null) {
    return false
  }
  if (el instanceof HTMLInputElement) {
    if (el.disabled || ['hidden', 'file', 'checkbox'].includes(el.type)) {
      return false
    }
    // A radio group is one stop: its checked button.
    return el.type !== 'radio' || el.checked
  }
  if (el instanceof HTMLTextAreaElement) {
    return !el.disabled
  }
  return el instanceof HTMLButtonElement && el.dataset['enterStop'] !== undefined && !el.disabled
}

/** Moves focus to the next field of the form after `from`, in the order they appear. */
export function focusNext(container: HTMLElement, from: HTMLElement): void {
  const stops = Array.from(
    container.querySelectorAll<HTMLElement>('input, textarea, button'),
  ).filter((el) => el === from || navigable(el))
  const next = stops[stops.indexOf(from) + 1]
  if (next) {
    next.focus()
    if (next instanceof HTMLInputElement && next.type === 'text') {
      next.select()
    }
  }
}

function plainEnter(e: ReactKeyboardEvent): boolean {
  return (
    e.key === 'Enter' &&
    !e.shiftKey &&
    !e.ctrlKey &&
    !e.altKey &&
    !e.metaKey &&
    !e.nativeEvent.isComposing
  )
}

/**
 * Capture phase, before the field sees the key: Enter on a list that is closed (Sổ, Loại, Độ
 * khẩn …) moves on instead of opening the list. An open list keeps its Enter to pick.
 */
export function onEnterSkipClosedList(container: HTMLElement | null, e: ReactKeyboardEvent): void {
  const target = e.target as HTMLElement
  if (
    container &&
    plainEnter(e) &&
    target instanceof HTMLInputElement &&
    target.getAttribute('role') === 'combobox' &&
    target.getAttribute('aria-expanded') !== 'true' &&
    !target.closest('[data-enter-skip]')
  ) {
    e.preventDefault()
    e.stopPropagation()
    focusNext(container, target)
  }
}

/** Bubble phase: Enter in a one-line field, after the field (a picker, a list) has used it. */
export function onEnterNext(container: HTMLElement | null, e: ReactKeyboardEvent): void {
  const target = e.target as HTMLElement
  if (
    !container ||
    !plainEnter(e) ||
    !(target instanceof HTMLInputElement) ||
    target.closest('[data-enter-skip]')
  ) {
    return
  }
  e.preventDefault()
  // At once, not after a tick: a fast typist's next keys must land in the next field.
  focusNext(container, target)
}

function shown(selector: string): boolean {
  return Array.from(document.querySelectorAll(selector)).some(
    (el) => el.getClientRects().length > 0,
  )
}

/** A popup (list, calendar) is open: Esc belongs to it, not to the form. */
const popupOpen = (): boolean => shown('.ant-select-dropdown, .ant-picker-dropdown')
/** A dialog or drawer is open: the keys are its own. */
const dialogOpen = (): boolean => shown('.ant-modal-wrap, .ant-drawer-content-wrapper')

export type EditorKeys = Readonly<{
  onSave: () => void
  onSaveNext?: () => void
  onClear: () => void
}>

/** Ctrl+S, Ctrl+Shift+S and Esc while the editor is on screen and no dialog is open. */
export function useEditorKeys(keys: EditorKeys): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (dialogOpen()) {
        return
      }
      if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') {
        e.preventDefault()
        // A date typed but not yet confirmed is committed when its field loses focus.
        const active = document.activeElement
        if (active instanceof HTMLElement) {
          active.blur()
        }
        const { onSave, onSaveNext } = latest.current
        setTimeout(() => (e.shiftKey && onSaveNext ? onSaveNext() : onSave()), 0)
      } else if (
        e.key === 'Escape' &&
        !e.defaultPrevented &&
        !popupOpen() &&
        // Esc in the preview's find box clears the search, not the form.
        !(e.target instanceof Element && e.target.closest('[data-enter-skip]'))
      ) {
        latest.current.onClear()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
