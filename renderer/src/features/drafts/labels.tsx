import { Tag } from 'antd'
import type { ReactElement } from 'react'
import type { DraftRow, DraftStatus } from '../../../../shared/api/outgoing-types'
import { draftStatusLabels } from '../../../../shared/api/outgoing-types'

// Colours by whose hands the draft is in: the drafter (blue), a reviewer or signer (gold), the
// văn thư (purple), done (green); returned is red so the drafter sees it first.
const statusColours: Readonly<Record<DraftStatus, string>> = {
  du_thao: 'blue',
  cho_duyet: 'gold',
  cho_the_thuc: 'purple',
  cho_ky: 'gold',
  da_ky: 'cyan',
  tra_lai: 'red',
  da_ban_hanh: 'green',
  huy: 'default',
}

export function DraftStatusTag({ status }: { status: DraftStatus }): ReactElement {
  return (
    <Tag color={statusColours[status]} data-testid="draft-status">
      {draftStatusLabels[status]}
    </Tag>
  )
}

/**
 * Who must act next, in plain words. The core leaves the assignee empty while any văn thư may
 * take the draft (thể thức, issuing) and once the draft is closed.
 */
export function waitingOn(row: Pick<DraftRow, 'status' | 'assignee'>): string {
  if (row.assignee) {
    return row.assignee.name
  }
  switch (row.status) {
    case 'cho_the_thuc':
      return 'Văn thư (kiểm tra thể thức)'
    case 'da_ky':
      return 'Văn thư (cấp số, ban hành)'
    default:
      return '—'
  }
}
