import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../electron/core/demo/seed'
import { importJsonl } from '../../../electron/core/import/import-jsonl'
import { syncIndex } from '../../../electron/core/search/sync'
import type { SearchQuery } from '../../../shared/search/types'
import { normalizeSoKyHieu } from '../../../shared/text/doc-number'
import { tempCore, type TempCore } from '../helpers/temp-core'
import { search, SYSTEM } from './helpers'

// Relevance over the real corpus (../shared/corpus/docs.jsonl, 1,134 documents): queries a
// clerk would type, each with the document it should find, asserting recall@10 by kind. A
// target is its số/ký hiệu (the corpus holds some documents twice, from two sources: either
// copy counts).

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs.jsonl')

type Case = Readonly<{ q: string; want: string | string[]; filters?: Partial<SearchQuery> }>

const CASES: Readonly<Record<string, readonly Case[]>> = {
  withoutDiacritics: [
    { q: 'thu hut chuyen gia khoa hoc cong nghe', want: '249/2025/NĐ-CP' },
    { q: 'chung nhan thuy san xuat khau hoa ky', want: '74/2025/TT-BNNMT' },
    { q: 'trung tam trong tai quoc te', want: '328/2025/NĐ-CP' },
    { q: 'quan ly tai nguyen internet', want: '48/2025/TT-BKHCN' },
    { q: 'bai chon lap chat thai ran', want: '76/2025/TT-BNNMT' },
    { q: 'xac thuc thong tin thue bao di dong', want: '08/2026/TT-BKHCN' },
    { q: 'che do lam viec giao vien giao duc thuong xuyen', want: '04/2026/TT-BGDĐT' },
    { q: 'mau the thanh tra', want: '07/2025/TT-TTCP' },
    { q: 'mang buu chinh phuc vu co quan dang', want: '32/2025/QĐ-TTg' },
    { q: 'bao hiem that nghiep', want: '374/2025/NĐ-CP' },
    { q: 'quy che phoi hop hop tac asean', want: '47/2025/QĐ-TTg' },
    { q: 'phi tham dinh giay phep kinh doanh karaoke', want: '110/2025/TT-BTC' },
    { q: 'tro cap hang thang thanh nien xung phong', want: '344/2025/NĐ-CP' },
    { q: 'nha may dien hat nhan', want: '316/2025/NĐ-CP' },
  ],
  byNumber: [
    { q: '249/2025/NĐ-CP', want: '249/2025/NĐ-CP' },
    { q: '249/2025/nd-cp', want: '249/2025/NĐ-CP' },
    { q: '8376 /VBHN-BTP', want: '8376/VBHN-BTP' },
    { q: '7078/VBHN-BVHTTDL', want: '7078/VBHN-BVHTTDL' },
    { q: '46/CĐ-TTg', want: '46/CĐ-TTg' },
    { q: '20/2023/QH15', want: '20/2023/QH15' },
    { q: '100/2025/qh15', want: '100/2025/QH15' },
    { q: '87/2025/UBTVQH15', want: '87/2025/UBTVQH15' },
    { q: 'Số: 212/2026/NĐ-CP', want: '212/2026/NĐ-CP' },
    { q: '53/2026/TT-BGDDT', want: '53/2026/TT-BGDĐT' },
    { q: '1246/QĐ', want: '1246/QĐ-TTg' },
    // The corpus writes this one with a Cyrillic С.
    { q: '06/2026/TT-BTC', want: '06/2026/TT-BTC' },
  ],
  byPhrase: [
    { q: '"trung tâm tài chính quốc tế"', want: ['328/2025/NĐ-CP', '330/2025/NĐ-CP'] },
    { q: '"quy chế làm việc của Chính phủ"', want: '191/2026/NĐ-CP' },
    { q: '"tài nguyên giáo dục mở"', want: '61/2026/TT-BGDĐT' },
    { q: '"đăng ký xe"', want: '37/2026/TT-BCA' },
    { q: '"chức danh nghề nghiệp" mỹ thuật', want: '6979/VBHN-BVHTTDL' },
    { q: '"thẻ thanh tra"', want: '07/2025/TT-TTCP' },
    { q: 'Tổng công trình sư', want: '231/2025/NĐ-CP' },
    { q: 'Thẻ thanh tra'.normalize('NFD'), want: '07/2025/TT-TTCP' },
  ],
  withTypos: [
    { q: 'chuyeen gia khoa hocj', want: '249/2025/NĐ-CP' },
    { q: 'thuy san xuat khau hoa kyy', want: '74/2025/TT-BNNMT' },
    { q: 'trong taii quoc te', want: '328/2025/NĐ-CP' },
    { q: 'bao hiem thatnghiep', want: '374/2025/NĐ-CP' },
    { q: 'nha may dien hatj nhan', want: '316/2025/NĐ-CP' },
    { q: 'tai nguyen internett', want: '48/2025/TT-BKHCN' },
  ],
  filtered: [
    { q: 'thi dua khen thuong', want: '20/2025/TT-BVHTTDL', filters: { loaiVanBan: 'thong_tu' } },
    { q: 'lua chon nha dau tu', want: '115/2024/NĐ-CP', filters: { loaiVanBan: 'nghi_dinh' } },
    { q: 'chuong trinh lap phap', want: '87/2025/UBTVQH15', filters: { loaiVanBan: 'nghi_quyet' } },
    { q: 'giao dich dien tu', want: '20/2023/QH15', filters: { loaiVanBan: 'luat' } },
    { q: 'to tung dan su', want: '11/VBHN-VPQH', filters: { loaiVanBan: 'van_ban_hop_nhat' } },
    { q: 'quyet toan', want: '91/2025/TT-BTC', filters: { coQuanBanHanh: 'Bộ Tài chính' } },
    {
      q: 'quy che lam viec mau hoi dong nhan dan',
      want: '103/2025/UBTVQH15',
      filters: { direction: 'in' },
    },
  ],
}

let t: TempCore
beforeAll(async () => {
  t = tempCore()
  await seedDemo(t.core.deps)
  t.clock.set('2026-11-22T02:00:00.000Z')
  const summary = await importJsonl(t.core.deps, CORPUS)
  expect(summary.added).toBeGreaterThan(1100)
  while (syncIndex(t.core.db, 2000).pending > 0) {
    // Catch up with the whole import before measuring.
  }
}, 180_000)
afterAll(async () => {
  await t.cleanup()
})

function recallAt10(cases: readonly Case[]): { recall: number; misses: string[] } {
  const misses: string[] = []
  for (const c of cases) {
    const want = (Array.isArray(c.want) ? c.want : [c.want]).map(normalizeSoKyHieu)
    const hits = search(t.core, SYSTEM, c.q, { limit: 10, ...c.filters }).hits
    if (!hits.some((h) => want.includes(normalizeSoKyHieu(h.soKyHieu)))) {
      misses.push(
        `${c.q} -> ${hits
          .slice(0, 3)
          .map((h) => h.soKyHieu)
          .join(', ')}`,
      )
    }
  }
  return { recall: (cases.length - misses.length) / cases.length, misses }
}

describe('relevance over the real corpus', () => {
  it('has at least 40 queries', () => {
    expect(Object.values(CASES).flat().length).toBeGreaterThanOrEqual(40)
  })

  it.each([
    ['withoutDiacritics', 0.9],
    ['byNumber', 1],
    ['byPhrase', 0.9],
    ['withTypos', 0.8],
    ['filtered', 0.85],
  ] as const)('%s: recall@10 ≥ %s', (kind, floor) => {
    const { recall, misses } = recallAt10(CASES[kind] ?? [])
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(floor)
  })

  it('finds the number itself first', () => {
    for (const c of CASES.byNumber ?? []) {
      const first = search(t.core, SYSTEM, c.q).hits[0]?.soKyHieu ?? ''
      expect(normalizeSoKyHieu(first), c.q).toBe(normalizeSoKyHieu(c.want as string))
    }
  })
})
