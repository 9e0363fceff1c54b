import { createHash, randomBytes } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createJobPool } from '../../../electron/core/jobs/pool'
import { tempDir } from '../helpers/temp-core'

const dir = tempDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('worker-thread job pool', () => {
  it('runs jobs off the main thread, in parallel, with the same result as inline code', async () => {
    const pool = createJobPool(2)
    try {
      const files = [0, 1, 2, 3].map((i) => {
        const bytes = randomBytes(256 * 1024 + i)
        const path = join(dir, `f${i}.bin`)
        writeFileSync(path, bytes)
        return {
          path,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.length,
        }
      })
      const results = await Promise.all(files.map((f) => pool.run('sha256File', { path: f.path })))
      expect(results).toEqual(files.map((f) => ({ sha256: f.sha256, size: f.size })))
    } finally {
      await pool.close()
    }
  })

  it('turns a failing job into a rejected promise with the error kept, and goes on working', async () => {
    const pool = createJobPool(1)
    try {
      await expect(
        pool.run('sha256File', { path: join(dir, 'missing.bin') }),
      ).rejects.toMatchObject({ code: 'ENOENT' })
      const path = join(dir, 'ok.bin')
      writeFileSync(path, 'xin chào')
      await expect(pool.run('sha256File', { path })).resolves.toMatchObject({
        size: Buffer.byteLength('xin chào'),
      })
    } finally {
      await pool.close()
    }
  })

  it('runs a long job on a worker of its own, so a one-slot pool still answers short jobs', async () => {
    const pool = createJobPool(1)
    const big = join(dir, 'big.bin')
    writeFileSync(big, Buffer.alloc(256 * 1024 * 1024, 7))
    const small = join(dir, 'small.bin')
    writeFileSync(small, 'văn bản')
    try {
      const order: string[] = []
      const long = pool.runAlone('sha256File', { path: big }).then(() => order.push('long'))
      const short = pool.run('sha256File', { path: small }).then(() => order.push('short'))
      await Promise.all([long, short])
      // In the shared slot the short job would wait for the 256 MB hash to finish.
      expect(order).toEqual(['short', 'long'])
      await expect(pool.runAlone('sha256File', { path: small })).resolves.toMatchObject({
        size: Buffer.byteLength('văn bản'),
      })
    } finally {
      await pool.close()
      rmSync(big, { force: true })
    }
  })

  it('refuses work after closing', async () => {
    const pool = createJobPool(1)
    await pool.close()
    await expect(pool.run('sha256File', { path: '/x' })).rejects.toThrow(/closed/)
    await expect(pool.runAlone('sha256File', { path: '/x' })).rejects.toThrow(/closed/)
  })
})
