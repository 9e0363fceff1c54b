// Page text by position. pdf.js returns text runs in content-stream order, which for Word and
// Foxit output interleaves the two header columns line by line (agency on the left, national
// motto on the right) and splits words mid-syllable. We rebuild lines from coordinates instead:
// group runs by baseline, order them left to right, join fragments, and where consecutive lines
// share a wide vertical gutter, read the left column's lines before the right column's.

/** One text run in page space: origin at the top left, y grows downwards, y is the baseline. */
export type TextRun = Readonly<{
  str: string
  x: number
  y: number
  width: number
  size: number
  /** Text from an annotation appearance (a stamped number or date): its width is estimated. */
  stamp?: boolean
}>

type Line = { y: number; size: number; runs: TextRun[] }
type Interval = readonly [number, number]

// A gap wider than this many font sizes may separate two columns.
const COLUMN_GAP_EM = 1.0
// A line standing alone is split only at a much wider gap: a blank left for a hand-written
// number or day ("Số:      /QĐ-UBND", "ngày      tháng") is 1–2 em wide and is not a column.
const LONE_COLUMN_GAP_EM = 3.5
// Lines further apart than this (in font sizes) do not belong to the same column block.
const BLOCK_LINE_GAP_EM = 3.2
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Groups runs into lines by baseline; a line's baseline is that of its largest run. */
function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = runs
    .filter((r) => r.str !== '' && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Line[] = []
  for (const run of sorted) {
    // Runs arrive by baseline, so only the last few lines can take this one (a superscript
    // sorts before its line's baseline but within half a font size of it).
    let target: Line | undefined
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
      const line = lines[i]
      if (line && Math.abs(line.y - run.y) <= 0.5 * Math.max(line.size, run.size)) {
        target = line
        break
      }
    }
    if (target === undefined) {
      lines.push({ y: run.y, size: run.size, runs: [run] })
      continue
    }
    target.runs.push(run)
    if (run.size > target.size && run.str.trim() !== '') {
      target.size = run.size
      target.y = run.y
    }
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x)
  }
  return lines.sort((a, b) => a.y - b.y)
}

/** A footnote mark: digits in a smaller font raised above the baseline. */
function isSuperscript(run: TextRun, line: Line): boolean {
  return /^\d+$/.test(run.str) && run.size < 0.8 * line.size && run.y < line.y - 0.15 * line.size
}

function superscript(digits: string): string {
  return digits.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d)
}

/** Joins runs left to right, adding a space where the gap between them is a word space. */
function joinRuns(runs: readonly TextRun[], line: Line): string {
  let text = ''
  let end = Number.NEGATIVE_INFINITY
  let prevStamp = false
  for (const run of runs) {
    const mark = isSuperscript(run, line)
    const str = mark ? superscript(run.str) : run.str
    const gap = run.x - end
    // Fragments of one word touch (|gap| < 1 pt); word spaces are ~0.25 em. Fonts without a
    // space glyph leave only the gap, so a space is inferred from geometry. A stamp fills a
    // blank left in the line ("ngày 31 tháng"), so it is a word of its own unless it meets a
    // separator ("50/2026").
    const stampEdge =
      (run.stamp === true || prevStamp) && !/[/-]$/u.test(text) && !/^[/-]/u.test(str)
    // A footnote mark is kept, as ¹, but as a word of its own: "luật¹" would not be found
    // by a search for "luật".
    if (
      text !== '' &&
      (gap > 0.12 * run.size || stampEdge || mark) &&
      !/\s$/u.test(text) &&
      !/^\s/u.test(str)
    ) {
      text += ' '
    }
    text += str
    end = Math.max(end, run.x + run.width)
    prevStamp = run.stamp === true
  }
  return text.replace(/\s+/gu, ' ').trim()
}

function inkIntervals(line: Line): Interval[] {
  const out: [number, number][] = []
  for (const run of line.runs) {
    if (run.str.trim() === '') {
      continue
    }
    const last = out[out.length - 1]
    const x1 = run.x + Math.max(run.width, 0)
    if (last && run.x <= last[1]) {
      last[1] = Math.max(last[1], x1)
    } else {
      out.push([run.x, x1])
    }
  }
  return out
}

/** The gaps between inked intervals of a line at least `minWidth` wide. */
function wideGaps(line: Line, minWidth: number): Interval[] {
  const ink = inkIntervals(line)
  const gaps: Interval[] = []
  for (let i = 1; i < ink.length; i++) {
    const left = ink[i - 1]
    const right = ink[i]
    if (left && right && right[0] - left[1] >= minWidth) {
      gaps.push([left[1], right[0]])
    }
  }
  return gaps
}

/** Narrows candidate gutters to the parts where this line has no ink. */
function narrow(gutters: readonly Interval[], line: Line, minWidth: number): Interval[] {
  let free: Interval[] = gutters.slice()
  for (const [a, b] of inkIntervals(line)) {
    free = free.flatMap(([x0, x1]): Interval[] => {
      if (b <= x0 || a >= x1) {
        return [[x0, x1]]
      }
      const parts: Interval[] = []
      if (a - x0 >= minWidth) {
        parts.push([x0, a])
      }
      if (x1 - b >= minWidth) {
        parts.push([b, x1])
      }
      return parts
    })
  }
  return free
}

function crosses(line: Line, gutter: Interval): boolean {
  const ink = inkIntervals(line)
  return ink.some(([, b]) => b <= gutter[0]) && ink.some(([a]) => a >= gutter[1])
}

type Block = { end: number; gutter: Interval }

/**
 * From line `start`, the longest run of lines that a single vertical gutter splits in two:
 * it starts and ends with a line that has ink on both sides, and every line in between keeps
 * clear of the gutter. Null when no such run starts here, and for tables (several gutters
 * crossed on several lines), which read better row by row.
 */
function columnBlock(lines: readonly Line[], start: number): Block | null {
  const first = lines[start]
  if (!first) {
    return null
  }
  let gutters = wideGaps(first, COLUMN_GAP_EM * first.size)
  let best: { end: number; gutters: Interval[] } | null = null
  for (let i = start + 1; i < lines.length && gutters.length > 0; i++) {
    const prev = lines[i - 1]
    const line = lines[i]
    if (!prev || !line || line.y - prev.y > BLOCK_LINE_GAP_EM * Math.max(prev.size, line.size)) {
      break
    }
    const next = narrow(gutters, line, 0.6 * line.size)
    if (next.length === 0) {
      break
    }
    gutters = next
    if (gutters.some((g) => crosses(line, g))) {
      best = { end: i, gutters }
    }
  }
  if (best !== null) {
    const block = lines.slice(start, best.end + 1)
    const used = best.gutters.filter((g) => block.filter((l) => crosses(l, g)).length >= 2)
    const gutter = used[0]
    if (used.length > 1) {
      return null
    }
    if (gutter) {
      return { end: best.end, gutter }
    }
  }
  // A lone line: split it only at a gutter-sized gap, and only in two (more is a table row).
  const lone = wideGaps(first, LONE_COLUMN_GAP_EM * first.size)
  return lone.length === 1 && lone[0] ? { end: start, gutter: lone[0] } : null
}

function splitAt(line: Line, x: number): [Line, Line] {
  const left = line.runs.filter((r) => r.x + r.width / 2 < x)
  const right = line.runs.filter((r) => r.x + r.width / 2 >= x)
  return [
    { ...line, runs: left },
    { ...line, runs: right },
  ]
}

/**
 * The lines of a page in reading order: top to bottom, left to right, with two-column blocks
 * (the header, the signature block) read column by column. Lines are trimmed, spaces folded,
 * empty ones dropped. Not normalised: the caller applies NFC.
 */
export function layoutLines(runs: readonly TextRun[]): string[] {
  const lines = groupLines(runs)
  const out: string[] = []
  const emit = (line: Line): void => {
    const text = joinRuns(line.runs, line)
    if (text !== '') {
      out.push(text)
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) {
      continue
    }
    const block = columnBlock(lines, i)
    if (block === null) {
      emit(line)
      continue
    }
    const mid = (block.gutter[0] + block.gutter[1]) / 2
    const halves = lines.slice(i, block.end + 1).map((l) => splitAt(l, mid))
    for (const [left] of halves) {
      emit(left)
    }
    for (const [, right] of halves) {
      emit(right)
    }
    i = block.end
  }
  return out
}
