import { Fragment, type ReactElement } from 'react'
import type { Mark } from '../../../../shared/search/types'

type Props = Readonly<{ text: string; marks: readonly Mark[] | undefined }>

/**
 * The parts of `text` to show, marked or not. Marks come from the core as [start, end) UTF-16
 * offsets; any that are out of range, empty or overlapping are clamped or merged rather than
 * trusted, so a stale or odd answer can never drop or repeat a letter.
 */
export function segments(text: string, marks: readonly Mark[] = []): [string, boolean][] {
  const clean = marks
    .map(([s, e]): Mark => [Math.max(0, Math.min(s, text.length)), Math.min(e, text.length)])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
    .sort((a, b) => a[0] - b[0])
  const out: [string, boolean][] = []
  let at = 0
  for (const [start, end] of clean) {
    if (end <= at) {
      continue
    }
    const from = Math.max(start, at)
    if (from > at) {
      out.push([text.slice(at, from), false])
    }
    out.push([text.slice(from, end), true])
    at = end
  }
  if (at < text.length) {
    out.push([text.slice(at), false])
  }
  return out
}

/**
 * Text with the matched words in <mark>. Built from React text nodes only (never HTML), so a
 * trích yếu containing `<script>` or `&amp;` shows exactly as written.
 */
export function Highlight({ text, marks }: Props): ReactElement {
  return (
    <>
      {segments(text, marks).map(([part, marked], i) =>
        marked ? (
          <mark key={i} className="search-mark">
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  )
}
