// How often the suggestions from page 1 match what a person reads on page 1, over every text
// PDF of the corpus (ground truth: tests/fixtures/pdf/expected-metadata.json, written from
// pdftotext and the rendered pages, not from our output). Prints the table; asserts floors.
//
// Caveat: the rules in suggest.ts were written while looking at these same pages, so these
// are training-set figures. suggest.test.ts holds synthetic first pages the rules never saw.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { extractPdf } from '../../../electron/core/pdf/extract'
import { suggestFromText, type Suggestion } from '../../../electron/core/pdf/suggest'
import { cleanSpaces, nfc } from '../../../shared/text'

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'pdf')
const EXPECTED = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf', 'expected-metadata.json')

const FIELDS = [
  'soKyHieu',
  'ngayBanHanh',
  'coQuanBanHanh',
  'loaiVanBan',
  'trichYeu',
  'doKhan',
  'nguoiKy',
] as const
type Field = (typeof FIELDS)[number]

// A string: what page 1 carries. null: page 1 does not carry it. Missing: not scored.
const value = z.string().nullable().optional()
const truthSchema = z.object({
  files: z.record(
    z.string(),
    z.object({
      soKyHieu: value,
      ngayBanHanh: value,
      coQuanBanHanh: value,
      loaiVanBan: value,
      trichYeu: value,
      doKhan: value,
      nguoiKy: value,
      note: z.string().optional(),
    }),
  ),
})

const CASE_INSENSITIVE: ReadonlySet<Field> = new Set(['coQuanBanHanh', 'trichYeu', 'nguoiKy'])

function normalise(field: Field, v: string): string {
  let s = cleanSpaces(nfc(v))
  if (CASE_INSENSITIVE.has(field)) {
    s = s.toLocaleLowerCase('vi')
  }
  // A trích yếu printed with or without its closing full stop is the same trích yếu.
  return field === 'trichYeu' ? s.replace(/[\s.;:,…]+$/u, '') : s
}

type Score = { hits: number; present: number; falsePositives: number; absent: number }

describe.skipIf(!existsSync(CORPUS))('metadata suggestions on the corpus', () => {
  it('meets the accuracy floors per field', async () => {
    const truth = truthSchema.parse(JSON.parse(readFileSync(EXPECTED, 'utf8')))
    const scores = new Map<Field, Score>(
      FIELDS.map((f) => [f, { hits: 0, present: 0, falsePositives: 0, absent: 0 }]),
    )
    const misses: string[] = []
    for (const [file, expected] of Object.entries(truth.files)) {
      const extract = await extractPdf(readFileSync(join(CORPUS, file)), { maxPages: 1 })
      const got: Suggestion = suggestFromText(extract.firstPageLines)
      for (const field of FIELDS) {
        const want = expected[field]
        const score = scores.get(field)
        if (want === undefined || score === undefined) {
          continue
        }
        const have = got[field]
        if (want === null) {
          score.absent++
          if (have !== null) {
            score.falsePositives++
            misses.push(`${file} ${field}: expected nothing, got ${JSON.stringify(have)}`)
          }
          continue
        }
        score.present++
        if (have !== null && normalise(field, have) === normalise(field, want)) {
          score.hits++
        } else {
          misses.push(
            `${file} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`,
          )
        }
      }
    }

    const pct = (n: number, d: number): string =>
      d === 0 ? '   -' : `${Math.round((100 * n) / d)}%`.padStart(4)
    console.log(
      [
        `Suggestions on page 1 of ${Object.keys(truth.files).length} corpus PDFs`,
        'field          accuracy (right/present)   false positives (wrong/absent)',
        ...FIELDS.map((f) => {
          const s = scores.get(f) ?? { hits: 0, present: 0, falsePositives: 0, absent: 0 }
          return (
            `${f.padEnd(14)} ${pct(s.hits, s.present)} (${s.hits}/${s.present})`.padEnd(41) +
            `${pct(s.falsePositives, s.absent)} (${s.falsePositives}/${s.absent})`
          )
        }),
        ...(misses.length > 0 ? ['misses:', ...misses] : []),
      ].join('\n'),
    )

    const floors: Readonly<Record<Field, number>> = {
      soKyHieu: 0.9,
      ngayBanHanh: 0.8,
      coQuanBanHanh: 0.8,
      loaiVanBan: 0.8,
      trichYeu: 0.8,
      doKhan: 0.8,
      nguoiKy: 0.8,
    }
    for (const field of FIELDS) {
      const s = scores.get(field)
      if (!s) {
        continue
      }
      if (s.present > 0) {
        expect(s.hits / s.present, `${field} accuracy`).toBeGreaterThanOrEqual(floors[field])
      }
      // Suggesting a value the page does not carry is worse than suggesting nothing.
      expect(s.falsePositives, `${field} false positives`).toBeLessThanOrEqual(
        Math.floor(0.1 * s.absent),
      )
    }
  }, 60_000)
})
