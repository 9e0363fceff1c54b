// What a page's operator list tells that its text content does not:
// - whether a page without text paints anything (a scan, or text turned into outlines), as
//   opposed to a blank page;
// - the text inside signature appearances. Vietnamese signing tools (VGCA and others) stamp
//   the number and the date of a digitally signed document as signature widgets after signing:
//   the text layer then reads "Số: /2026/NĐ-CP" and "ngày tháng năm" while the page shows
//   "Số: 50/2026/NĐ-CP, ngày 31 tháng 01 năm 2026". pdf.js leaves widget appearances out of
//   getTextContent, so we follow the text operators of each annotation ourselves.
// The operator list decodes the page's images, so callers ask for it only when needed.

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextRun } from './layout'

type PdfJs = typeof PdfJsModule
type Matrix = readonly number[]

export type PageOps = Readonly<{ paints: boolean; stampRuns: TextRun[] }>

// Text converted to outlines draws a thousand paths or more; a blank page's rules and clip
// boxes a few dozen.
const MIN_OUTLINE_PATHS = 200
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** Util.transform of pdf.js: the matrix that applies `n`, then `m`. */
export function multiply(m: Matrix, n: Matrix): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n
  return [
    a * p + c * q,
    b * p + d * q,
    a * r + c * s,
    b * r + d * s,
    a * t + c * u + e,
    b * t + d * u + f,
  ]
}

function asMatrix(v: unknown): Matrix | null {
  // pdf.js passes matrices as arrays or Float32Arrays.
  if ((Array.isArray(v) || ArrayBuffer.isView(v)) && (v as ArrayLike<unknown>).length === 6) {
    const m = Array.from(v as ArrayLike<unknown>, Number)
    return m.every(Number.isFinite) ? m : null
  }
  return null
}

function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback
}

/** The characters and advance (in thousandths of the font size) of a showText glyph list. */
function glyphText(glyphs: unknown): { str: string; advance: number } {
  let str = ''
  let advance = 0
  if (!Array.isArray(glyphs)) {
    return { str, advance }
  }
  for (const g of glyphs as unknown[]) {
    if (typeof g === 'number') {
      // TJ adjustments: a large negative one is a word space drawn as a gap.
      if (g < -200 && !str.endsWith(' ')) {
        str += ' '
      }
      advance -= g
    } else if (typeof g === 'object' && g !== null) {
      const glyph = g as { unicode?: unknown; width?: unknown }
      str += typeof glyph.unicode === 'string' ? glyph.unicode : ''
      advance += num(glyph.width)
    }
  }
  return { str, advance }
}

type TextState = { tm: Matrix; x: number; y: number; lineX: number; lineY: number }

/**
 * Reads a page's operator list: whether the page content (outside annotations) paints an image
 * or many paths, and the text runs drawn by annotation appearances, in viewport space.
 */
export async function inspectPageOps(
  pdfjs: PdfJs,
  page: PDFPageProxy,
  viewportTransform: Matrix,
): Promise<PageOps> {
  const { OPS } = pdfjs
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
  ])
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE })
  const args = list.argsArray as unknown[]
  let paints = false
  let paths = 0
  const stampRuns: TextRun[] = []
  // Inside an annotation: the graphics state we follow to place its text.
  let inAnnotation = false
  let ctm: Matrix = IDENTITY
  const stack: Matrix[] = []
  let fontSize = 1
  let leading = 0
  let text: TextState = { tm: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 }
  const moveText = (tx: number, ty: number): void => {
    text.lineX += tx
    text.lineY += ty
    text.x = text.lineX
    text.y = text.lineY
  }

  list.fnArray.forEach((fn, i) => {
    const a = (args[i] ?? []) as unknown[]
    if (!inAnnotation) {
      if (images.has(fn)) {
        paints = true
      } else if (fn === OPS.constructPath) {
        paths++
      } else if (fn === OPS.beginAnnotation) {
        inAnnotation = true
        ctm = multiply(asMatrix(a[2]) ?? IDENTITY, asMatrix(a[3]) ?? IDENTITY)
        stack.length = 0
      }
      return
    }
    switch (fn) {
      case OPS.endAnnotation:
        inAnnotation = false
        break
      case OPS.save:
        stack.push(ctm)
        break
      case OPS.restore:
        ctm = stack.pop() ?? ctm
        break
      case OPS.paintFormXObjectBegin:
        stack.push(ctm)
        ctm = multiply(ctm, asMatrix(a[0]) ?? IDENTITY)
        break
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm
        break
      case OPS.transform:
        ctm = multiply(ctm, asMatrix(a.length === 1 ? a[0] : a) ?? IDENTITY)
        break
      case OPS.beginText:
        text = { tm: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0 }
        break
      case OPS.setFont:
        fontSize = num(a[1], 1)
        break
      case OPS.setLeading:
        leading = -num(a[0])
        break
      case OPS.setTextMatrix:
        text = {
          tm: asMatrix(a.length === 1 ? a[0] : a) ?? IDENTITY,
          x: 0,
          y: 0,
          lineX: 0,
          lineY: 0,
        }
        break
      case OPS.moveText:
        moveText(num(a[0]), num(a[1]))
        break
      case OPS.setLeadingMoveText:
        leading = num(a[1])
        moveText(num(a[0]), num(a[1]))
        break
      case OPS.nextLine:
        moveText(0, leading)
        break
      case OPS.showText: {
        const { str, advance } = glyphText(a[0])
        const trm = multiply(viewportTransform, multiply(ctm, text.tm))
        const origin = multiply(trm, [fontSize, 0, 0, fontSize, text.x, text.y])
        const width = (advance / 1000) * fontSize * Math.hypot(trm[0] ?? 0, trm[1] ?? 0)
        if (str.trim() !== '') {
          stampRuns.push({
            str,
            x: origin[4] ?? 0,
            y: origin[5] ?? 0,
            width,
            size: Math.hypot(origin[2] ?? 0, origin[3] ?? 0),
            stamp: true,
          })
        }
        text.x += (advance / 1000) * fontSize
        break
      }
      default:
        break
    }
  })
  return { paints: paints || paths >= MIN_OUTLINE_PATHS, stampRuns }
}
