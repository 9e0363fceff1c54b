// A "zip bomb" inside a PDF: a FlateDecode stream of a few kilobytes that inflates to gigabytes.
// pdf.js keeps a stream's whole decoded bytes in one growing buffer and lexes them one by one,
// so a 256 MB content stream already costs it a gigabyte of memory and half a minute. Before
// pdf.js sees a file, every stream in it is inflated here, counting bytes and keeping none, and
// the file is refused once a stream or the file as a whole inflates past the limits.

import { createInflate } from 'node:zlib'
import { PdfError } from './pdf-errors'

export type InflateLimits = Readonly<{
  /** One stream that is not an image: content, fonts, object streams. */
  perStream: number
  /** One image; pdf.js reads only the bytes its width and height call for. */
  perImage: number
  /** The whole file, past which it is refused unless it is also this many times its size. */
  total: number
  ratio: number
}>

const MB = 1024 * 1024
export const DEFAULT_INFLATE_LIMITS: InflateLimits = {
  perStream: 64 * MB,
  perImage: 256 * MB,
  total: 512 * MB,
  ratio: 100,
}

const STREAM = Buffer.from('stream')
const ENDSTREAM = Buffer.from('endstream')
const OBJ = Buffer.from(' obj')

/** Bytes `data` inflates to, stopping once past `cap`; 0 when it is not zlib data at all. */
function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: MB })
    let n = 0
    const done = (): void => {
      inflate.removeAllListeners()
      inflate.destroy()
      resolve(n)
    }
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length
      if (n > cap) {
        done()
      }
    })
    // Not deflate data, a bad checksum, a cut-off stream: pdf.js judges those; count what came out.
    inflate.on('error', done)
    inflate.on('end', done)
    inflate.end(data)
  })
}

/** Each stream's data and whether its dictionary says it is an image. */
function* streamsOf(buf: Buffer): Generator<{ data: Buffer; image: boolean }> {
  let at = 0
  for (;;) {
    const kw = buf.indexOf(STREAM, at)
    if (kw < 0) {
      return
    }
    at = kw + STREAM.length
    // "endstream" contains "stream"; a stream's data starts after an end of line.
    if (kw >= 3 && buf.toString('latin1', kw - 3, kw) === 'end') {
      continue
    }
    let start = at
    if (buf[start] === 0x0d) {
      start++
    }
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) {
      continue
    }
    if (buf[start] === 0x0a) {
      start++
    }
    const end = buf.indexOf(ENDSTREAM, start)
    const objAt = buf.lastIndexOf(OBJ, kw)
    const dict = buf.toString('latin1', Math.max(objAt, kw - 64 * 1024, 0), kw)
    yield {
      data: buf.subarray(start, end < 0 ? buf.length : end),
      image: /\/Subtype\s*\/Image/.test(dict),
    }
    at = end < 0 ? buf.length : end + ENDSTREAM.length
  }
}

/** Refuses (PDF_BOMB) a file whose streams inflate past the limits. */
export async function checkInflatedSizes(
  bytes: Uint8Array,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const totalCap = Math.max(limits.total, limits.ratio * bytes.byteLength)
  let total = 0
  for (const { data, image } of streamsOf(buf)) {
    const cap = image ? limits.perImage : limits.perStream
    const n = await inflatedSize(data, Math.min(cap, totalCap - total))
    total += n
    if (n > cap) {
      throw new PdfError('PDF_BOMB', `một luồng giải nén ra hơn ${Math.round(cap / MB)} MB`)
    }
    if (total > totalCap) {
      throw new PdfError('PDF_BOMB', `cả tệp giải nén ra hơn ${Math.round(totalCap / MB)} MB`)
    }
  }
}
