import { createContext, useContext } from 'react'
import type { CurrentUser } from '../../../shared/api/types'

export const CurrentUserContext = createContext<CurrentUser | null>(null)

/** The signed-in person. Only screens inside the main layout call it, so one always exists. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext)
  if (!user) {
    throw new Error('useCurrentUser outside the signed-in part of the app')
  }
  return user
}
