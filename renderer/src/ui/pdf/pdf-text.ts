import type { PDFPageProxy, PageViewport } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { fold } from '../../../../shared/text/normalize'

// Find in a PDF, forgiving diacritics as the rest of the app does ("quyet dinh" finds
// "Quyết định"). The page's text is folded character by character, remembering where each
// folded character came from, so a match can be drawn back onto the page.

type Item = Readonly<{ str: string; transform: number[]; width: number; height: number }>

export type PageText = Readonly<{
  items: readonly Item[]
  /** Folded text of the page, runs of white space collapsed to one space. */
  folded: string
  /** For each folded character: the item it came from and its offset in that item. */
  itemOf: Int32Array
  offsetOf: Int32Array
  /** False for a scanned page: no text layer at all. */
  hasText: boolean
}>

export type Match = Readonly<{ page: number; start: number; end: number }>
export type Rect = Readonly<{ left: number; top: number; width: number; height: number }>

const foldCache = new Map<string, string>()

function foldChar(ch: string): string {
  let folded = foldCache.get(ch)
  if (folded === undefined) {
    folded = /\s/u.test(ch) ? ' ' : fold(ch)
    foldCache.set(ch, folded)
  }
  return folded
}

export function foldQuery(query: string): string {
  return [...query].map(foldChar).join('').replace(/ +/gu, ' ').trim()
}

export async function readPageText(page: PDFPageProxy): Promise<PageText> {
  const content = await page.getTextContent()
  const items: Item[] = []
  let folded = ''
  const itemOf: number[] = []
  const offsetOf: number[] = []
  const push = (text: string, item: number, offset: number): void => {
    for (const ch of text) {
      // One space stands for any run of white space, as in the folded query.
      if (ch === ' ' && (folded === '' || folded.endsWith(' '))) {
        continue
      }
      folded += ch
      itemOf.push(item)
      offsetOf.push(offset)
    }
  }
  for (const raw of content.items) {
    if (!('str' in raw)) {
      continue
    }
    const it: TextItem = raw
    const index = items.length
    items.push({
      str: it.str,
      transform: it.transform as number[],
      width: it.width,
      height: it.height,
    })
    let offset = 0
    for (const ch of it.str) {
      push(foldChar(ch), index, offset)
      offset += ch.length
    }
    if (it.hasEOL) {
      push(' ', index, offset)
    }
  }
  return {
    items,
    folded,
    itemOf: Int32Array.from(itemOf),
    offsetOf: Int32Array.from(offsetOf),
    hasText: folded.trim().length > 0,
  }
}

/** Every occurrence of a folded query in a page's folded text. */
export function findInPage(text: PageText, page: number, query: string): Match[] {
  const found: Match[] = []
  if (query === '') {
    return found
  }
  let at = text.folded.indexOf(query)
  while (at !== -1) {
    found.push({ page, start: at, end: at + query.length })
    at = text.folded.indexOf(query, at + query.length)
  }
  return found
}

/**
 * Where a match sits on the rendered page, one rectangle per text item it spans. Characters
 * are placed in proportion to their offset in the item: close enough to point the eye.
 */
export function matchRects(text: PageText, match: Match, viewport: PageViewport): Rect[] {
  const spans = new Map<number, { from: number; to: number }>()
  for (let i = match.start; i < match.end; i += 1) {
    const item = text.itemOf[i] ?? -1
    const offset = text.offsetOf[i] ?? 0
    const span = spans.get(item)
    spans.set(item, {
      from: Math.min(span?.from ?? offset, offset),
      to: Math.max(span?.to ?? offset + 1, offset + 1),
    })
  }
  const rects: Rect[] = []
  for (const [index, { from, to }] of spans) {
    const item = text.items[index]
    if (!item || item.str.length === 0) {
      continue
    }
    const [, , , d = 0, e = 0, f = 0] = item.transform
    const height = item.height || Math.abs(d)
    const x1 = e + (item.width * from) / item.str.length
    const x2 = e + (item.width * to) / item.str.length
    const corners = viewport.convertToViewportRectangle([
      x1,
      f - height * 0.25,
      x2,
      f + height * 0.95,
    ]) as number[]
    const [ax = 0, ay = 0, bx = 0, by = 0] = corners
    rects.push({
      left: Math.min(ax, bx),
      top: Math.min(ay, by),
      width: Math.abs(bx - ax),
      height: Math.abs(by - ay),
    })
  }
  return mergeLine(rects)
}

/** Words of one line are separate text items: show them as one mark, not a box per word. */
function mergeLine(rects: Rect[]): Rect[] {
  const sorted = [...rects].sort((a, b) => a.top - b.top || a.left - b.left)
  const merged: Rect[] = []
  for (const r of sorted) {
    const last = merged[merged.length - 1]
    if (
      last &&
      Math.abs(last.top - r.top) < 2 &&
      r.left - (last.left + last.width) < last.height * 0.6
    ) {
      const right = Math.max(last.left + last.width, r.left + r.width)
      const bottom = Math.max(last.top + last.height, r.top + r.height)
      merged[merged.length - 1] = {
        left: last.left,
        top: Math.min(last.top, r.top),
        width: right - last.left,
        height: bottom - Math.min(last.top, r.top),
      }
    } else {
      merged.push(r)
    }
  }
  return merged
}
