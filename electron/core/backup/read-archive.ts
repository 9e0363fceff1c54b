import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { Parser, type ReadEntry } from 'tar'
import { CoreError } from '../errors'
import { latestVersion } from '../db/migrate'
import { migrations } from '../db/migrations'
import { ENTRY_PATH, MANIFEST, manifestSchema, type Manifest } from './manifest'

// Reads a backup archive end to end without writing anything: the manifest must come first and
// be valid, and every later entry must be a plain file it names, with the size and SHA-256 it
// gives. The first problem stops the read with a Vietnamese message naming the entry.

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

const invalid = (message: string, entry?: string): CoreError =>
  new CoreError('VALIDATION', message, entry ? { details: { entry } } : {})

export const notAnArchive = (file: string): CoreError =>
  invalid(
    `Tệp ${file} không phải bản sao lưu Văn Thư (không đọc được như tệp .tar.gz có manifest.json).`,
  )

function parseManifest(text: string): Manifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw invalid('manifest.json trong bản sao lưu không phải JSON hợp lệ.', MANIFEST)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    throw invalid('manifest.json trong bản sao lưu sai định dạng hoặc đã bị sửa.', MANIFEST)
  }
  const manifest = parsed.data
  const latest = latestVersion(migrations)
  if (manifest.schemaVersion > latest) {
    throw new CoreError(
      'DB_TOO_NEW',
      `Bản sao lưu được tạo bởi Văn Thư ${manifest.appVersion} với lược đồ ${manifest.schemaVersion}, ` +
        `mới hơn phiên bản này (hiểu đến lược đồ ${latest}). Hãy cập nhật ứng dụng rồi khôi phục lại.`,
    )
  }
  const paths = new Set(manifest.entries.map((e) => e.path))
  if (paths.size !== manifest.entries.length || !paths.has('vanthu.db')) {
    throw invalid('manifest.json trong bản sao lưu sai định dạng hoặc đã bị sửa.', MANIFEST)
  }
  return manifest
}

/**
 * Verifies the whole archive and returns its manifest. Reads the file once, hashing as it goes;
 * nothing is written anywhere.
 */
export async function verifyArchive(file: string): Promise<Manifest> {
  try {
    if (!statSync(file).isFile()) {
      throw notAnArchive(file)
    }
  } catch (err) {
    throw err instanceof CoreError ? err : invalid(`Không đọc được tệp ${file}.`)
  }
  return await new Promise<Manifest>((resolve, reject) => {
    let manifest: Manifest | null = null
    const expected = new Map<string, { sha256: string; size: number }>()
    const seen = new Set<string>()
    let failed = false
    const source = createReadStream(file)
    const parser = new Parser({ strict: true })

    const fail = (err: unknown): void => {
      if (failed) {
        return
      }
      failed = true
      source.destroy()
      parser.abort(err instanceof Error ? err : new Error(String(err)))
      reject(err instanceof CoreError ? err : notAnArchive(file))
    }

    const onEntry = (entry: ReadEntry): void => {
      const path = entry.path
      if (manifest === null) {
        if (path !== MANIFEST || entry.type !== 'File' || entry.size > MAX_MANIFEST_BYTES) {
          fail(notAnArchive(file))
          return
        }
        const chunks: Buffer[] = []
        entry.on('data', (c: Buffer) => chunks.push(c))
        entry.on('end', () => {
          try {
            manifest = parseManifest(Buffer.concat(chunks).toString('utf8'))
            for (const e of manifest.entries) {
              expected.set(e.path, { sha256: e.sha256, size: e.size })
            }
          } catch (err) {
            fail(err)
          }
        })
        return
      }
      if (entry.type !== 'File') {
        fail(invalid(`Bản sao lưu chứa mục không được phép (${entry.type}): ${path}.`, path))
        return
      }
      const want = expected.get(path)
      if (!ENTRY_PATH.test(path) || want === undefined) {
        fail(invalid(`Bản sao lưu chứa tệp không có trong manifest: ${path}.`, path))
        return
      }
      if (seen.has(path)) {
        fail(invalid(`Bản sao lưu chứa tệp ${path} hai lần.`, path))
        return
      }
      seen.add(path)
      const hash = createHash('sha256')
      let size = 0
      entry.on('data', (c: Buffer) => {
        size += c.length
        hash.update(c)
      })
      entry.on('end', () => {
        if (size !== want.size || hash.digest('hex') !== want.sha256) {
          fail(
            invalid(
              `Tổng kiểm (SHA-256) của ${path} không khớp với manifest: tệp đã bị hỏng hoặc bị sửa.`,
              path,
            ),
          )
        }
      })
    }

    parser.on('entry', onEntry)
    parser.on('ignoredEntry', (entry: ReadEntry) => {
      fail(invalid(`Bản sao lưu chứa mục không được phép: ${entry.path}.`, entry.path))
    })
    parser.on('error', fail)
    source.on('error', fail)
    parser.on('end', () => {
      if (failed) {
        return
      }
      if (manifest === null) {
        fail(notAnArchive(file))
        return
      }
      const absent = manifest.entries.find((e) => !seen.has(e.path))
      if (absent) {
        fail(invalid(`Bản sao lưu thiếu tệp ${absent.path} mà manifest ghi.`, absent.path))
        return
      }
      resolve(manifest)
    })
    feed(source, parser)
  })
}

/** Streams the file into the parser, pausing while the entry being read catches up. */
function feed(source: ReturnType<typeof createReadStream>, parser: Parser): void {
  source.on('data', (chunk) => {
    if (!parser.write(chunk as Buffer)) {
      source.pause()
      parser.once('drain', () => source.resume())
    }
  })
  source.on('end', () => {
    parser.end()
  })
}

/** Reads only the manifest (the first entry): enough to list a folder of backups cheaply. */
export function readManifest(file: string): Promise<Manifest> {
  return new Promise<Manifest>((resolve, reject) => {
    let done = false
    const source = createReadStream(file)
    const parser = new Parser({ strict: true })
    const finish = (err: unknown, value?: Manifest): void => {
      if (done) {
        return
      }
      done = true
      source.destroy()
      parser.abort(new Error('done'))
      if (value) {
        resolve(value)
      } else {
        reject(err instanceof CoreError ? err : notAnArchive(file))
      }
    }
    parser.on('entry', (entry: ReadEntry) => {
      if (entry.path !== MANIFEST || entry.size > MAX_MANIFEST_BYTES) {
        finish(notAnArchive(file))
        return
      }
      const chunks: Buffer[] = []
      entry.on('data', (c: Buffer) => chunks.push(c))
      entry.on('end', () => {
        try {
          finish(null, parseManifest(Buffer.concat(chunks).toString('utf8')))
        } catch (err) {
          finish(err)
        }
      })
    })
    parser.on('error', (err: unknown) => finish(err))
    parser.on('end', () => finish(notAnArchive(file)))
    source.on('error', (err) => finish(err))
    feed(source, parser)
  })
}
