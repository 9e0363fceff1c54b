import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { create, extract, Header } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup } from '../../../electron/core/backup/create'
import { restoreBackup } from '../../../electron/core/backup/restore'
import { tempCore, tempDir, type TempCore } from '../helpers/temp-core'
import { corpusPdfs, populate, untouched } from './helpers'

// A damaged or doctored archive is refused before anything is written, and the target stays
// empty. Each case changes one thing in a good archive.

let t: TempCore
let work: string
let good: string
let attachment: string
beforeAll(async () => {
  t = tempCore()
  await populate(t, { lines: 20, attachedPdfs: 1 })
  work = tempDir('vanthu-tamper-')
  const r = await createBackup(t.core.deps, join(work, 'good.tar.gz'))
  good = r.file
  attachment = r.manifest.entries.find((e) => e.path.startsWith('files/'))?.path ?? ''
}, 120_000)
afterAll(async () => {
  await t.cleanup()
  rmSync(work, { recursive: true, force: true })
})

let n = 0
const target = (): string => join(work, `target-${++n}`)

/** The archive's tar bytes and the offset of each entry's data. */
function entriesOf(tarBytes: Buffer): Map<string, { header: number; data: number; size: number }> {
  const out = new Map<string, { header: number; data: number; size: number }>()
  for (let at = 0; at + 512 <= tarBytes.length;) {
    const h = new Header(tarBytes.subarray(at, at + 512))
    if (h.nullBlock || !h.path) {
      break
    }
    const size = h.size ?? 0
    out.set(h.path, { header: at, data: at + 512, size })
    at += 512 + Math.ceil(size / 512) * 512
  }
  return out
}

function writeVariant(name: string, change: (tar: Buffer) => Buffer): string {
  const file = join(work, name)
  writeFileSync(file, gzipSync(change(gunzipSync(readFileSync(good)))))
  return file
}

/** Unpacks the good archive, lets the test change the folder, packs it again (manifest first). */
async function rebuilt(name: string, change: (dir: string) => string[]): Promise<string> {
  const dir = join(work, `${name}-dir`)
  mkdirSync(dir)
  await extract({ file: good, cwd: dir })
  const listed = (
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { entries: { path: string }[] }
  ).entries.map((e) => e.path)
  const extra = change(dir)
  const file = join(work, name)
  // Files only, as the app writes them: a directory entry would be refused for its own reason.
  await create({ file, cwd: dir, gzip: true, portable: true, noDirRecurse: true }, [
    'manifest.json',
    ...listed,
    ...extra,
  ])
  return file
}

async function refused(file: string, code: string, message: RegExp): Promise<void> {
  const to = target()
  await expect(restoreBackup(file, to)).rejects.toMatchObject({
    code,
    message: expect.stringMatching(message),
  })
  expect(untouched(to)).toBe(true)
}

describe('restore refuses a doctored archive and writes nothing', () => {
  it('restores the untouched archive (the cases below are not failing for some other reason)', async () => {
    const to = target()
    const r = await restoreBackup(good, to)
    expect(r.counts.files).toBe(1)
  }, 60_000)

  it('one byte of an attachment changed', async () => {
    const file = writeVariant('byte.tar.gz', (tar) => {
      const e = entriesOf(tar).get(attachment)
      if (!e) {
        throw new Error('no attachment entry')
      }
      const at = e.data + Math.floor(e.size / 2)
      tar.writeUInt8(tar.readUInt8(at) ^ 0x01, at)
      return tar
    })
    await refused(file, 'VALIDATION', new RegExp(`SHA-256\\) của ${attachment} không khớp`))
  })

  it('one byte of the database changed', async () => {
    const file = writeVariant('db-byte.tar.gz', (tar) => {
      const e = entriesOf(tar).get('vanthu.db')
      const at = (e?.data ?? 0) + 5000
      tar.writeUInt8(tar.readUInt8(at) ^ 0x20, at)
      return tar
    })
    await refused(file, 'VALIDATION', /vanthu\.db không khớp/)
  })

  it('a checksum in the manifest edited', async () => {
    const file = writeVariant('manifest.tar.gz', (tar) => {
      const e = entriesOf(tar).get('manifest.json')
      const text = tar.subarray(e?.data, (e?.data ?? 0) + (e?.size ?? 0)).toString('utf8')
      const m = JSON.parse(text) as { entries: { sha256: string }[] }
      const old = m.entries[0]?.sha256 ?? ''
      const swapped = `${old[0] === 'a' ? 'b' : 'a'}${old.slice(1)}`
      tar.write(text.replace(old, swapped), e?.data ?? 0, 'utf8')
      return tar
    })
    await refused(file, 'VALIDATION', /không khớp với manifest/)
  })

  it('the manifest counts edited (checksums still right)', async () => {
    const file = await rebuilt('counts.tar.gz', (dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        counts: { documents: number }
      }
      m.counts.documents += 1
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m))
      return []
    })
    await refused(file, 'VALIDATION', /không khớp với manifest.*manifest đã bị sửa/)
  }, 60_000)

  it('an extra entry the manifest does not list', async () => {
    const file = await rebuilt('extra.tar.gz', (dir) => {
      const sha = 'ab'.repeat(32)
      mkdirSync(join(dir, 'files', 'ab', 'ab'), { recursive: true })
      writeFileSync(join(dir, 'files', 'ab', 'ab', sha), 'thêm vào')
      return [`files/ab/ab/${sha}`]
    })
    await refused(file, 'VALIDATION', /tệp không có trong manifest: files\/ab\/ab\//)
  }, 60_000)

  it('a ../ entry', async () => {
    const file = writeVariant('traversal.tar.gz', (tar) => {
      const body = Buffer.from('chạy thử')
      const h = new Header({
        path: '../../evil.txt',
        type: 'File',
        size: body.length,
        mode: 0o644,
        mtime: new Date(),
      })
      const header = Buffer.alloc(512)
      h.encode(header)
      const end = [...entriesOf(tar).values()].reduce(
        (a, e) => Math.max(a, e.data + Math.ceil(e.size / 512) * 512),
        0,
      )
      const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512)
      body.copy(padded)
      return Buffer.concat([tar.subarray(0, end), header, padded, Buffer.alloc(1024)])
    })
    await refused(file, 'VALIDATION', /không có trong manifest: \.\.\/\.\.\/evil\.txt/)
    expect(() => readFileSync(join(work, '..', 'evil.txt'))).toThrow()
  })

  it('a symbolic link in place of an attachment', async () => {
    const file = writeVariant('symlink.tar.gz', (tar) => {
      const e = entriesOf(tar).get(attachment)
      const h = new Header({
        path: attachment,
        type: 'SymbolicLink',
        linkpath: '/etc/passwd',
        size: 0,
        mode: 0o644,
        mtime: new Date(),
      })
      const header = Buffer.alloc(512)
      h.encode(header)
      // Put the link first among the attachments, in place of the real file's header.
      const start = e?.header ?? 0
      return Buffer.concat([tar.subarray(0, start), header, tar.subarray(start)])
    })
    await refused(file, 'VALIDATION', /mục không được phép \(SymbolicLink\)/)
  })

  it('a file that is not an archive at all, and a PDF', async () => {
    const junk = join(work, 'junk.tar.gz')
    writeFileSync(junk, Buffer.from('đây không phải bản sao lưu'.repeat(100)))
    await refused(junk, 'VALIDATION', /không phải bản sao lưu Văn Thư/)
    await refused(corpusPdfs(1)[0] ?? '', 'VALIDATION', /không phải bản sao lưu Văn Thư/)
  })

  it('a backup from a newer app (schema ahead of this one)', async () => {
    const file = await rebuilt('newer.tar.gz', (dir) => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        schemaVersion: number
      }
      m.schemaVersion = 9990
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m))
      return []
    })
    await refused(file, 'DB_TOO_NEW', /mới hơn phiên bản này/)
  }, 60_000)
})
