import type { ReactElement } from 'react'
import { useSession } from '../api/auth'
import { useSystemInfo } from '../api/system'
import { ForcedPasswordChange } from '../features/auth/forced-password-change'
import { LoginScreen } from '../features/auth/login-screen'
import { SetupScreen } from '../features/setup/setup-screen'
import { FullPageSpin, LoadError } from '../ui/status'
import { CurrentUserContext } from './current-user'
import { AppRouter } from './router'

/** First run → setup; nobody signed in → login; a temporary password → change it; else the app. */
export function AuthGate(): ReactElement {
  const info = useSystemInfo()
  if (info.isPending) {
    return <FullPageSpin />
  }
  if (info.isError) {
    return (
      <main className="full-page-center">
        <LoadError
          title="Không kết nối được Văn Thư"
          error={info.error}
          onRetry={() => void info.refetch()}
        />
      </main>
    )
  }
  if (!info.data.setupDone) {
    return <SetupScreen />
  }
  return <SessionGate agencyName={info.data.agency?.name ?? null} />
}

function SessionGate({ agencyName }: { agencyName: string | null }): ReactElement {
  const session = useSession()
  if (session.isPending) {
    return <FullPageSpin />
  }
  if (session.isError) {
    return (
      <main className="full-page-center">
        <LoadError error={session.error} onRetry={() => void session.refetch()} />
      </main>
    )
  }
  if (!session.data) {
    return <LoginScreen agencyName={agencyName} />
  }
  const { user } = session.data
  return (
    <CurrentUserContext value={user}>
      {user.mustChangePassword ? <ForcedPasswordChange /> : <AppRouter />}
    </CurrentUserContext>
  )
}
