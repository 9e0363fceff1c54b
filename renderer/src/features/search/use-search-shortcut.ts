import { useEffect } from 'react'

/** Mac keyboards say ⌘K, others Ctrl+K; the shortcut accepts both everywhere. */
export const shortcutLabel = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘K' : 'Ctrl+K'

/**
 * Ctrl+K (or ⌘K) from anywhere in the app: a command-palette habit (UX goal 1). Listened for on
 * the window in the capture phase, so a focused table or editor cannot swallow it, and the
 * browser's own use of the keys (its address bar search) is prevented.
 */
export function useSearchShortcut(onPress: () => void): void {
  useEffect(() => {
    const listener = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        onPress()
      }
    }
    window.addEventListener('keydown', listener, true)
    return () => window.removeEventListener('keydown', listener, true)
  }, [onPress])
}
