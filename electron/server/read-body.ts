import type { IncomingMessage } from 'node:http'

export type BodyResult = Buffer | 'too-large' | 'too-slow'

/**
 * Reads a body up to `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; an undeclared one stops being read the moment it passes the limit. A timeout of
 * 0 means none (uploads on a slow LAN may take a while; Node's requestTimeout still applies).
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve('too-large')
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            stop()
            resolve('too-slow')
          }, timeoutMs)
        : null
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        stop()
        resolve('too-large')
        return
      }
      chunks.push(chunk)
    }
    const onEnd = (): void => {
      stop()
      resolve(Buffer.concat(chunks))
    }
    const onError = (err: Error): void => {
      stop()
      reject(err)
    }
    function stop(): void {
      if (timer) {
        clearTimeout(timer)
      }
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.pause()
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}
