// File names with path traversal and worse (issue 7, item 6). A file is stored under files/ by
// its hash whatever it is called; the name people see is made safe at the door; nothing is
// written outside the data directory.

import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeFileName } from '../../../shared/api/schemas'
import { incoming } from '../documents/helpers'
import { callAs } from '../helpers/temp-core'
import { copyOf, makeTemplate, type Template } from './fixture'
import { fingerprint } from './store-state'
import { minimalPdf } from '../pdf/pdf-bytes'

const HOSTILE = [
  '../../etc/passwd',
  '..\\..\\x.pdf',
  '/abs/path.pdf',
  'C:\\Windows\\win.ini',
  'a\u0000b.pdf',
  'bao-cao\u202egpj.exe',
  '\u200bẩn\u200b.pdf',
  'con:aux?.pdf',
  '....//....//x',
  'Công văn số 12/UBND.pdf',
  `${'ắ'.repeat(196)}.pdf`,
]
const REFUSED = ['..', '/', '\u0000', '../', `${'x'.repeat(300)}.pdf`, '']

const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()

let template: Template
beforeAll(async () => {
  template = await makeTemplate()
})
afterAll(() => {
  template.cleanup()
})

describe('hostile file names', () => {
  it('are stored by hash, shown made safe, and never reach outside the data directory', async () => {
    const core = copyOf(template, 'file-names')
    const outside = join(core.paths.root, '..')
    try {
      const before = tree(outside)
      const refs: { sha256: string; name: string }[] = []
      for (const [i, name] of HOSTILE.entries()) {
        const r = await callAs(core, template.tokens.clerk, 'files.upload', {
          name,
          // A real PDF: a name ending .pdf is read as one.
          bytes: new Uint8Array(minimalPdf([`Tep ${i}`])),
        })
        expect(r, name).toMatchObject({ ok: true })
        const stored = (r as { value: { name: string; sha256: string } }).value
        expect(stored.name, name).toBe(safeFileName(name))
        expect(stored.name).not.toMatch(/[\\/\u202e\u200b]|^\.\.?$/u)
        expect(stored.name.includes(String.fromCharCode(0))).toBe(false)
        refs.push({ sha256: stored.sha256, name })
      }
      // Attached to a document under their hostile names: the names kept are the safe ones.
      const doc = await callAs(core, template.tokens.clerk, 'documents.registerIncoming', {
        ...incoming({ so: '777' }),
        files: refs,
      })
      expect(doc).toMatchObject({ ok: true })
      const kept = core.db
        .prepare<[], { name: string }>('SELECT name FROM document_files ORDER BY position')
        .all()
        .map((r) => r.name)
      for (const ref of refs) {
        expect(kept).toContain(safeFileName(ref.name))
      }
      const middle = fingerprint(core)
      for (const name of REFUSED) {
        const r = await callAs(core, template.tokens.clerk, 'files.upload', {
          name,
          bytes: new TextEncoder().encode('x'),
        })
        expect(r, JSON.stringify(name)).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', fields: { name: expect.stringMatching(/tên tệp/i) } },
        })
      }
      expect(fingerprint(core)).toBe(middle)
      // Every new file is inside this data directory, under files/<ab>/<cd>/<sha256>.
      const added = tree(outside).filter((p) => !before.includes(p))
      const dataDir = relative(outside, core.paths.root)
      for (const path of added) {
        expect(path.startsWith(`${dataDir}/`), path).toBe(true)
      }
      const files = tree(core.paths.files)
      for (const ref of refs) {
        const sha = ref.sha256
        expect(files).toContain(join(sha.slice(0, 2), sha.slice(2, 4), sha))
      }
      expect(files.every((f) => /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f))).toBe(true)
      expect(existsSync('/abs/path.pdf')).toBe(false)
      expect(existsSync(join(core.paths.root, '..', '..', 'x.pdf'))).toBe(false)
    } finally {
      await core.remove()
    }
  })
})
