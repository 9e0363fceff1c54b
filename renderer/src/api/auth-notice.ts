import { useSyncExternalStore } from 'react'

// Why the person was sent back to the login screen ("Phiên đăng nhập đã hết hạn…"). It lives
// outside React so the query cache's global error handler can set it.
let notice: string | null = null
const listeners = new Set<() => void>()

export function setAuthNotice(message: string | null): void {
  notice = message
  for (const listener of listeners) {
    listener()
  }
}

export function useAuthNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => notice,
  )
}
