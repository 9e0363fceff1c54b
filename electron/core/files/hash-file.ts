import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** SHA-256 and size of a file, streamed: attachments and database copies can be large. */
export async function sha256OfFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer
    size += buf.length
    hash.update(buf)
  }
  return { sha256: hash.digest('hex'), size }
}
