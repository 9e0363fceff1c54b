import { SearchOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
import type { ReactElement, ReactNode } from 'react'
import type { SearchHit, TaskHit } from '../../../../shared/search/types'
import { formatDate } from '../../ui/format'
import { Highlight } from './highlight'
import { directionTags, documentPath, taskPath } from './labels'
import { searchPath } from './search-params'

export type QuickOption =
  | Readonly<{ kind: 'document'; hit: SearchHit }>
  | Readonly<{ kind: 'task'; hit: TaskHit }>
  | Readonly<{ kind: 'all' }>

export const LIST_ID = 'global-search-list'
export const optionId = (i: number): string => `global-search-option-${i}`

export function optionPath(option: QuickOption, q: string): string {
  switch (option.kind) {
    case 'document':
      return documentPath(option.hit)
    case 'task':
      return taskPath(option.hit.id)
    case 'all':
      return searchPath({ q })
  }
}

function DocumentLine({ hit }: { hit: SearchHit }): ReactElement {
  const tag = directionTags[hit.direction]
  const meta = [hit.loai, hit.coQuan, hit.ngay ? formatDate(hit.ngay) : null].filter(Boolean)
  return (
    <>
      <div className="quick-hit__line">
        <Tag color={tag.color}>{tag.label}</Tag>
        <span className="quick-hit__number">
          {hit.soKyHieu ? (
            <Highlight text={hit.soKyHieu} marks={hit.soKyHieuMarks} />
          ) : (
            'Chưa có số'
          )}
        </span>
        <span className="quick-hit__meta">{meta.join(' · ')}</span>
      </div>
      <div className="quick-hit__title">
        <Highlight text={hit.trichYeu} marks={hit.trichYeuMarks} />
      </div>
    </>
  )
}

function TaskLine({ hit }: { hit: TaskHit }): ReactElement {
  const state = hit.completedAt ? 'đã hoàn thành' : `${hit.percent}%`
  return (
    <div className="quick-hit__line">
      <Tag color="purple">Nhiệm vụ</Tag>
      <span className="quick-hit__task">
        <Highlight text={hit.title} marks={hit.titleMarks} />
      </span>
      <span className="quick-hit__meta">
        Hạn {formatDate(hit.deadline)} · {state}
      </span>
    </div>
  )
}

type Props = Readonly<{
  q: string
  options: readonly QuickOption[]
  active: number
  /** A line above the lists: searching, nothing found, an error. */
  status: ReactNode
  onHover: (index: number) => void
  onPick: (option: QuickOption) => void
}>

/** The header box's dropdown: documents, then tasks, then the way to the full search screen. */
export function QuickResults({ q, options, active, status, onHover, onPick }: Props): ReactElement {
  const item = (option: QuickOption, i: number, body: ReactNode): ReactElement => (
    <div
      key={option.kind === 'all' ? 'all' : `${option.kind}-${option.hit.id}`}
      id={optionId(i)}
      role="option"
      aria-selected={i === active}
      className={`quick-hit${i === active ? ' quick-hit--active' : ''}`}
      onMouseMove={() => onHover(i)}
      onClick={() => onPick(option)}
    >
      {body}
    </div>
  )
  const docs = options.flatMap((o, i) =>
    o.kind === 'document' ? [item(o, i, <DocumentLine hit={o.hit} />)] : [],
  )
  const tasks = options.flatMap((o, i) =>
    o.kind === 'task' ? [item(o, i, <TaskLine hit={o.hit} />)] : [],
  )
  const allIndex = options.findIndex((o) => o.kind === 'all')
  return (
    // Clicking inside must not blur the box first, or the list would close under the pointer.
    <div className="global-search__panel" onMouseDown={(e) => e.preventDefault()}>
      {status ? <div className="global-search__status">{status}</div> : null}
      <div id={LIST_ID} role="listbox" aria-label="Kết quả tìm nhanh">
        {docs.length > 0 ? (
          <div role="group" aria-label="Văn bản">
            <div className="global-search__group" aria-hidden>
              Văn bản
            </div>
            {docs}
          </div>
        ) : null}
        {tasks.length > 0 ? (
          <div role="group" aria-label="Nhiệm vụ">
            <div className="global-search__group" aria-hidden>
              Nhiệm vụ
            </div>
            {tasks}
          </div>
        ) : null}
        {allIndex >= 0
          ? item(
              { kind: 'all' },
              allIndex,
              <div className="quick-hit__all">
                <SearchOutlined aria-hidden /> Xem tất cả kết quả cho «{q}»
              </div>,
            )
          : null}
      </div>
    </div>
  )
}
