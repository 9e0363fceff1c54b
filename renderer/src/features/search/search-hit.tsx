import { Tag } from 'antd'
import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { SearchHit } from '../../../../shared/search/types'
import { formatDate } from '../../ui/format'
import { DoKhanTag } from '../incoming/labels'
import { Highlight } from './highlight'
import { directionTags, documentPath, searchStatusLabel } from './labels'

/** One found document: its number and trích yếu with the matched words marked, and where in the body it matched. */
export function SearchHitItem({ hit }: { hit: SearchHit }): ReactElement {
  const path = documentPath(hit)
  const tag = directionTags[hit.direction]
  const dateWord = hit.direction === 'in' ? 'Ngày đến' : 'Ban hành'
  return (
    <li className="search-hit">
      <div className="search-hit__head">
        <Tag color={tag.color}>{tag.label}</Tag>
        <Link to={path} className="search-hit__number">
          {hit.soKyHieu ? (
            <Highlight text={hit.soKyHieu} marks={hit.soKyHieuMarks} />
          ) : (
            'Chưa có số'
          )}
        </Link>
        <span className="search-hit__meta">
          {hit.loai}
          {hit.coQuan ? ` · ${hit.coQuan}` : ''}
          {hit.ngay ? ` · ${dateWord} ${formatDate(hit.ngay)}` : ''}
        </span>
        <span className="search-hit__tags">
          <DoKhanTag value={hit.doKhan} />
          <Tag>{searchStatusLabel(hit.status)}</Tag>
        </span>
      </div>
      {/* The number above is the keyboard's way in; the trích yếu is a second target for the mouse. */}
      <Link to={path} tabIndex={-1} className="search-hit__title">
        <Highlight text={hit.trichYeu} marks={hit.trichYeuMarks} />
      </Link>
      {hit.snippet ? (
        <p className="search-hit__snippet">
          <Highlight text={hit.snippet.text} marks={hit.snippet.marks} />
        </p>
      ) : null}
    </li>
  )
}
