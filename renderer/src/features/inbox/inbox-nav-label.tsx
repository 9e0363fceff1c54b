import { Badge } from 'antd'
import type { ReactElement } from 'react'
import { useInboxSummary } from '../../api/inbox'
import { useCurrentUser } from '../../app/current-user'
import { ownBoxes } from './box-roles'

/** "Xử lý" in the menu with the number of rows waiting in the person's own boxes. */
export function InboxNavLabel(): ReactElement {
  const summary = useInboxSummary()
  const roles = useCurrentUser().roles
  const counts = summary.data
  const total = counts ? ownBoxes(roles).reduce((n, b) => n + counts[b], 0) : 0
  if (total === 0) {
    return <>Xử lý</>
  }
  return (
    <span className="nav-count">
      Xử lý
      <Badge count={total} size="small" color="#d4380d" title={`${total} mục chờ xử lý`} />
    </span>
  )
}
