// Mangled PDFs (issue 7, item 6), made at test time from the real corpus: truncated, bytes
// flipped, random bytes, a billion pages claimed, a password, and a FlateDecode bomb that
// inflates to gigabytes. Through the API and through `import-pdf`: each is read or refused with
// a clear Vietnamese message, never INTERNAL, and a refusal leaves the store as it was.

import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importPdfs } from '../../../electron/core/import/import-pdfs'
import { pdfErrorMessage } from '../../../electron/core/pdf/pdf-errors'
import { callAs } from '../helpers/temp-core'
import { minimalPdf } from '../pdf/pdf-bytes'
import { copyOf, makeTemplate, type Template } from './fixture'
import { flateBombPdf } from './pdf-bomb'
import { fingerprint } from './store-state'

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'pdf')
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf')
const real = (): Uint8Array =>
  new Uint8Array(readFileSync(join(CORPUS, '07_text_TB-480-TB-VPCP.pdf')))
const KNOWN_MESSAGES = ['NOT_PDF', 'PDF_EMPTY', 'PDF_ENCRYPTED', 'PDF_DAMAGED', 'PDF_BOMB'].map(
  (c) => pdfErrorMessage(c as Parameters<typeof pdfErrorMessage>[0]),
)

let template: Template
beforeAll(async () => {
  template = await makeTemplate()
})
afterAll(() => {
  template.cleanup()
})

type Outcome = { ok: true } | { ok: false; code: string; message: string }

describe('mangled PDFs', () => {
  it('are read or refused with a clear message, and a refusal changes nothing', async () => {
    const core = copyOf(template, 'mangled')
    let tried = 0
    const upload = async (name: string, bytes: Uint8Array): Promise<Outcome> => {
      tried++
      const before = fingerprint(core)
      const r = await callAs(core, template.tokens.clerk, 'files.upload', { name, bytes })
      if (r.ok) {
        return { ok: true }
      }
      expect(fingerprint(core), `${name}: refused but changed`).toBe(before)
      return { ok: false, code: r.error.code, message: r.error.message }
    }
    try {
      const whole = real()
      const named: [string, Uint8Array, string | null][] = [
        ['truncated-10.pdf', whole.subarray(0, Math.floor(whole.length * 0.1)), 'PDF_DAMAGED'],
        ['truncated-header.pdf', whole.subarray(0, 9), 'PDF_DAMAGED'],
        [
          'random.pdf',
          new Uint8Array(
            fc.sample(fc.integer({ min: 1, max: 255 }), { numRuns: 4096, seed: SEED }),
          ),
          'NOT_PDF',
        ],
        ['empty.pdf', new Uint8Array(0), null],
        ['billion-pages.pdf', minimalPdf(['Mot trang that'], 1_000_000_000), null],
        [
          'encrypted.pdf',
          new Uint8Array(readFileSync(join(FIXTURES, 'encrypted.pdf'))),
          'PDF_ENCRYPTED',
        ],
      ]
      for (const [name, bytes, code] of named) {
        const out = await upload(name, bytes)
        if (code === null) {
          expect(out.ok || out.code === 'VALIDATION', name).toBe(true)
        } else {
          expect(out, name).toEqual({
            ok: false,
            code: 'VALIDATION',
            message: pdfErrorMessage(code as never),
          })
        }
      }
      // Bytes flipped anywhere in a real file: read what can be read, refuse the rest clearly.
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), {
            minLength: 1,
            maxLength: 64,
          }),
          fc.nat(whole.length - 1),
          async (flips, cut) => {
            const bytes = whole.slice(0, Math.max(cut, 16))
            for (const [at, v] of flips) {
              if (at < bytes.length) {
                bytes[at] = v
              }
            }
            const out = await upload('flipped.pdf', bytes)
            if (!out.ok) {
              expect(out.code).toBe('VALIDATION')
              expect(KNOWN_MESSAGES).toContain(out.message)
            }
          },
        ),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 12), seed: SEED },
      )
      console.log(`mangled PDFs: ${tried} files tried (seed ${SEED})`)
    } finally {
      await core.remove()
    }
  }, 300_000)

  it('refuses a FlateDecode bomb (2 GB inflated) without running out of memory', async () => {
    const core = copyOf(template, 'bomb')
    try {
      const bomb = await flateBombPdf(2048)
      expect(bomb.length).toBeLessThan(4 * 1024 * 1024)
      const before = fingerprint(core)
      const rss = process.memoryUsage().rss
      let peak = rss
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss)
      }, 20)
      const started = Date.now()
      const r = await callAs(core, template.tokens.clerk, 'files.upload', {
        name: 'bomb.pdf',
        bytes: bomb,
      })
      clearInterval(sampler)
      console.log(
        `bomb: refused in ${Date.now() - started} ms, rss +${Math.round((peak - rss) / 2 ** 20)} MB`,
      )
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: pdfErrorMessage('PDF_BOMB') },
      })
      expect(peak - rss).toBeLessThan(512 * 2 ** 20)
      expect(fingerprint(core)).toBe(before)
      // The same through `vanthu import-pdf`: reported as failed, the rest of the run goes on.
      const path = join(core.paths.root, '..', 'bomb.pdf')
      writeFileSync(path, bomb)
      const good = join(core.paths.root, '..', 'good.pdf')
      writeFileSync(good, minimalPdf(['Van ban tot']))
      const summary = await importPdfs(core.deps, [path, good])
      rmSync(path)
      rmSync(good)
      expect(summary.added).toBe(1)
      expect(summary.failed).toEqual([{ file: path, error: pdfErrorMessage('PDF_BOMB') }])
    } finally {
      await core.remove()
    }
  }, 120_000)
})
