// A PDF whose one page's content stream is FlateDecode of gigabytes of zeros: a few kilobytes
// per gigabyte on disk. Built without ever holding the inflated bytes: after the first sync-
// flushed megabyte, every further megabyte of zeros compresses to the same bytes (the window
// holds nothing but zeros either way), so the stream is that block repeated.

import { constants, createDeflate } from 'node:zlib'

const MB = 1 << 20

function deflateBlocks(): Promise<{ head: Buffer; block: Buffer; tail: Buffer }> {
  return new Promise((resolve, reject) => {
    const d = createDeflate({ level: 9 })
    const out: Buffer[] = []
    d.on('data', (c: Buffer) => out.push(c))
    d.on('error', reject)
    const zero = Buffer.alloc(MB)
    const cut = async (): Promise<Buffer> => {
      await new Promise<void>((r) => d.flush(constants.Z_SYNC_FLUSH, () => r()))
      const b = Buffer.concat(out)
      out.length = 0
      return b
    }
    void (async () => {
      d.write(zero)
      const head = await cut()
      d.write(zero)
      const block = await cut()
      d.write(zero)
      const again = await cut()
      if (!again.equals(block)) {
        reject(new Error('deflate blocks differ'))
        return
      }
      d.end()
      d.on('end', () => resolve({ head, block, tail: Buffer.concat(out) }))
    })()
  })
}

/** A one-page PDF whose content stream inflates to `megabytes` MB of zeros. */
export async function flateBombPdf(megabytes: number): Promise<Uint8Array> {
  const { head, block, tail } = await deflateBlocks()
  const parts = [head]
  for (let i = 1; i < megabytes; i++) {
    parts.push(block)
  }
  parts.push(tail)
  const stream = Buffer.concat(parts)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ]
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  let at = chunks[0]?.length ?? 0
  const offsets: number[] = []
  const push = (b: Buffer): void => {
    chunks.push(b)
    at += b.length
  }
  objects.forEach((o, i) => {
    offsets.push(at)
    push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`))
  })
  offsets.push(at)
  push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`))
  push(stream)
  push(Buffer.from('\nendstream\nendobj\n'))
  const xref = at
  push(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  )
  return new Uint8Array(Buffer.concat(chunks))
}
