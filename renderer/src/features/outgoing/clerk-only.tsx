import { Result } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import { useCurrentUser } from '../../app/current-user'

/** Numbering and issuing are the văn thư's; the core refuses anyone else's calls anyway. */
export function ClerkOnly({ children }: { children: ReactNode }): ReactElement {
  const user = useCurrentUser()
  if (!user.roles.includes('van_thu')) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Chỉ văn thư mới cấp số, ban hành văn bản đi."
      />
    )
  }
  return <>{children}</>
}
