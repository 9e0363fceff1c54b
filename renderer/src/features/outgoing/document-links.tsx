import { LinkOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { DocumentLink } from '../../../../shared/api/outgoing-types'
import './outgoing.css'

/**
 * Replies, replacements, corrections and recalls seen from this document, each opening the
 * other one: "Đã được trả lời bằng văn bản số 12/UBND-TH ngày …".
 */
export function DocumentLinks({ links }: { links: readonly DocumentLink[] }): ReactElement | null {
  if (links.length === 0) {
    return null
  }
  return (
    <ul className="document-links" aria-label="Văn bản liên quan">
      {links.map((l) => (
        <li key={`${l.kind}-${l.outbound ? 'out' : 'in'}-${l.documentId}`}>
          <LinkOutlined aria-hidden />{' '}
          <Link to={`/${l.direction === 'in' ? 'van-ban-den' : 'van-ban-di'}/${l.documentId}`}>
            {l.label}
          </Link>
          <Typography.Text type="secondary" className="document-links__subject">
            {l.trichYeu}
          </Typography.Text>
        </li>
      ))}
    </ul>
  )
}
