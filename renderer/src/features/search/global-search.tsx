import { SearchOutlined } from '@ant-design/icons'
import { Input, type InputRef } from 'antd'
import { useCallback, useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import { useNavigate } from 'react-router'
import { useSearchDocuments, useSearchTasks } from '../../api/search'
import { LIST_ID, optionId, optionPath, QuickResults, type QuickOption } from './quick-results'
import { shortcutLabel, useSearchShortcut } from './use-search-shortcut'
import './search.css'

/**
 * The header's search box: Ctrl+K from anywhere, results as the person types (numbers and
 * trích yếu, with or without diacritics), arrows and Enter to open one, Enter on nothing or
 * "Xem tất cả" for the full search screen, Esc to close.
 */
export function GlobalSearch(): ReactElement {
  const navigate = useNavigate()
  const input = useRef<InputRef>(null)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const q = text.trim()
  const asking = open && q !== ''
  const docs = useSearchDocuments({ q, asYouType: true, limit: 8 }, asking)
  const tasks = useSearchTasks({ q, asYouType: true, limit: 4 }, asking)

  useSearchShortcut(
    useCallback(() => {
      input.current?.focus({ cursor: 'all' })
      setOpen(true)
    }, []),
  )

  const options: QuickOption[] = [
    ...(docs.data?.hits ?? []).map((hit) => ({ kind: 'document' as const, hit })),
    ...(tasks.data?.hits ?? []).map((hit) => ({ kind: 'task' as const, hit })),
    { kind: 'all' },
  ]
  const current = active < options.length ? active : -1

  const pick = (option: QuickOption): void => {
    setOpen(false)
    setActive(-1)
    setText('')
    input.current?.blur()
    void navigate(optionPath(option, q))
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault()
      if (open) {
        setOpen(false)
      } else {
        setText('')
      }
      setActive(-1)
      return
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setOpen(true)
      const n = options.length
      setActive(e.key === 'ArrowDown' ? (current + 1) % n : current <= 0 ? n - 1 : current - 1)
      return
    }
    if (e.key === 'Enter' && q !== '') {
      e.preventDefault()
      pick(options[current] ?? { kind: 'all' })
    }
  }

  const error = docs.error ?? tasks.error
  const status = error
    ? error.message
    : docs.data && docs.data.hits.length === 0 && (tasks.data?.hits.length ?? 0) === 0
      ? `Không thấy văn bản hay nhiệm vụ nào khớp «${q}».`
      : !docs.data
        ? 'Đang tìm…'
        : null

  return (
    <div className="global-search">
      <Input
        ref={input}
        role="combobox"
        aria-label="Tìm văn bản, nhiệm vụ"
        aria-autocomplete="list"
        aria-expanded={asking}
        aria-controls={asking ? LIST_ID : undefined}
        aria-activedescendant={asking && current >= 0 ? optionId(current) : undefined}
        prefix={<SearchOutlined aria-hidden />}
        suffix={<kbd className="global-search__key">{shortcutLabel}</kbd>}
        placeholder="Tìm số ký hiệu, trích yếu, nhiệm vụ…"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {asking ? (
        <QuickResults
          q={q}
          options={options}
          active={current}
          status={status}
          onHover={setActive}
          onPick={pick}
        />
      ) : null}
    </div>
  )
}
