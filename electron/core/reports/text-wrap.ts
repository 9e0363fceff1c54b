// Greedy line breaking for table cells. The PDF renderer lays out every cell itself, before it
// draws anything, so it knows each row's height (rows are never split across pages) and the
// page count (for "Trang x/y") in advance, and it can cut an oversized row at a line boundary.
// pdfkit's own wrapper would measure each cell twice and paginate on its own terms.

/** Width of a string in points, in one font at one size. */
export type Measure = (text: string) => number

/**
 * Memoises a measure: registers repeat the same words (agency names, dates) thousands of times.
 * Measuring a new word through the font's shaper costs about 0.2 ms, too slow for the ten
 * thousand distinct words of a large register, so a word is measured as the sum of its
 * characters' advances, each shaped once. Without kerning that sum is, if anything, slightly
 * wider than the drawn word, so text never runs past the width it was wrapped to.
 */
export function cachedMeasure(measure: Measure): Measure {
  const chars = new Map<string, number>()
  const words = new Map<string, number>()
  const charWidth = (ch: string): number => {
    let w = chars.get(ch)
    if (w === undefined) {
      w = measure(ch)
      chars.set(ch, w)
    }
    return w
  }
  return (text) => {
    let w = words.get(text)
    if (w === undefined) {
      w = 0
      for (const ch of text) {
        w += charWidth(ch)
      }
      words.set(text, w)
    }
    return w
  }
}

// Where a word too long for its column may be cut: after the separators of a số, ký hiệu
// ("123/QĐ-UBND") or of a list, so the pieces still read naturally.
const SOFT_BREAK_AFTER = new Set(['/', '-', '.', ',', ';', ':', ')', '_'])

function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = []
  const chars = Array.from(word)
  let start = 0
  while (start < chars.length) {
    let end = start
    let used = 0
    let lastSoft = -1
    while (end < chars.length) {
      const w = measure(chars[end] ?? '')
      if (used + w > width && end > start) {
        break
      }
      used += w
      if (SOFT_BREAK_AFTER.has(chars[end] ?? '')) {
        lastSoft = end + 1
      }
      end += 1
    }
    const cut = end < chars.length && lastSoft > start ? lastSoft : end
    pieces.push(chars.slice(start, cut).join(''))
    start = cut
  }
  return pieces
}

/**
 * Breaks text into lines no wider than `width`. Line breaks in the text are kept; runs of
 * spaces collapse; a word wider than the column is cut, preferably after a separator.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = []
  const space = measure(' ')
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0)
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      const w = measure(word)
      const parts = w > width ? breakLongWord(word, width, measure) : [word]
      for (const part of parts) {
        const pw = parts.length === 1 ? w : measure(part)
        if (line === '') {
          line = part
          lineWidth = pw
        } else if (lineWidth + space + pw <= width) {
          line += ` ${part}`
          lineWidth += space + pw
        } else {
          lines.push(line)
          line = part
          lineWidth = pw
        }
      }
    }
    lines.push(line)
  }
  // A trailing empty paragraph would only make the row taller.
  while (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop()
  }
  return lines.length === 1 && lines[0] === '' ? [] : lines
}
