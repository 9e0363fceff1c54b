// Folding for search at volume. `fold` (shared/text/normalize) runs NFD over the whole string
// and a Unicode regex over the result; indexing 100,000 documents of a few thousand characters,
// or marking twenty bodies per answer, spends most of its time there. Folding is per character
// once the text is NFC (a character's decomposition never depends on its neighbours, and the
// marks it yields are dropped), so each UTF-16 unit's folded form is looked up in a table filled
// on first sight. The result is identical to `fold` (tests/unit/search/fold.test.ts holds them
// together on the whole corpus).

import { fold } from '../text/normalize'

const UNKNOWN = 0xffff
/** The unit folds to nothing (a combining mark, an invisible). */
const NOTHING = 0xfffe
/** The unit folds to more than one unit, or is half of a surrogate pair: fold it the slow way. */
const SLOW = 0xfffd

const table = new Uint16Array(0x10000).fill(UNKNOWN)
const utf16 = new TextDecoder('utf-16le')

function folded(unit: number): number {
  let v = table[unit] as number
  if (v === UNKNOWN) {
    if (unit >= 0xd800 && unit <= 0xdfff) {
      v = SLOW
    } else {
      const f = fold(String.fromCharCode(unit))
      v = f.length === 0 ? NOTHING : f.length === 1 ? f.charCodeAt(0) : SLOW
    }
    table[unit] = v
  }
  return v
}

type Folding = { text: string; identity: boolean } | null

// Reused between calls: allocating an output buffer per text costs more than folding it.
let buffer = new Uint16Array(4096)

/** Table-driven folding of NFC text; null when a unit needs the slow way. */
function byTable(nfcText: string): Folding {
  if (buffer.length < nfcText.length) {
    buffer = new Uint16Array(nfcText.length * 2)
  }
  const out = buffer
  let k = 0
  for (let i = 0; i < nfcText.length; i++) {
    const v = folded(nfcText.charCodeAt(i))
    if (v === SLOW) {
      return null
    }
    if (v !== NOTHING) {
      out[k++] = v
    }
  }
  return { text: utf16.decode(out.subarray(0, k)), identity: k === nfcText.length }
}

function slowFold(nfcText: string): string {
  let text = ''
  for (const ch of nfcText) {
    text += fold(ch)
  }
  return text
}

/** fold(s), faster on long text. */
export function foldFast(s: string): string {
  const nfcText = s.normalize('NFC')
  return byTable(nfcText)?.text ?? slowFold(nfcText)
}

export type FoldedWithOffsets = Readonly<{
  /** The folded text. */
  text: string
  /** For a UTF-16 offset into `text` (up to its length), the offset in the source. */
  sourceOffset: (i: number) => number
}>

/**
 * Folds text keeping, for each folded character, where it came from, so a match found in the
 * folded form can be marked in the text as written.
 */
export function foldWithOffsets(source: string): FoldedWithOffsets {
  if (source.normalize('NFC') === source) {
    const f = byTable(source)
    if (f?.identity) {
      // The common case: character i of the folded text is character i of the source.
      return { text: f.text, sourceOffset: (i) => i }
    }
  }
  let text = ''
  const offsets: number[] = []
  let i = 0
  for (const ch of source) {
    const f = fold(ch)
    text += f
    for (let k = 0; k < f.length; k++) {
      offsets.push(i)
    }
    i += ch.length
  }
  offsets.push(i)
  return { text, sourceOffset: (k) => offsets[k] ?? i }
}
