import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RegisterKind, RegisterPrint } from '../../../electron/core/reports'

// Registers built from the shared corpus of real Vietnamese legal documents, for the print tests.

export const corpusFile = join(
  new URL('../../../', import.meta.url).pathname,
  '..',
  'shared',
  'corpus',
  'docs.jsonl',
)

// DOMAIN §1.8, copied by hand on purpose: a change to the layout must show up here.
export const expectedHeaders: Record<RegisterKind, string[]> = {
  den: [
    'Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu văn bản',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung văn bản',
    'Đơn vị hoặc người nhận',
    'Ngày chuyển',
    'Ký nhận',
    'Ghi chú',
  ],
  di: [
    'Số, ký hiệu văn bản',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung văn bản',
    'Người ký',
    'Nơi nhận văn bản',
    'Đơn vị, người nhận bản lưu',
    'Số lượng bản',
    'Ngày chuyển',
    'Ký nhận',
    'Ghi chú',
  ],
  theo_doi: [
    'Số đến',
    'Tên loại, số, ký hiệu, ngày tháng, cơ quan ban hành',
    'Đơn vị hoặc người nhận',
    'Thời hạn giải quyết',
    'Tiến độ giải quyết',
    'Số, ký hiệu văn bản trả lời',
    'Ghi chú',
  ],
}

export type CorpusDoc = {
  id: string
  so_ky_hieu: string
  ngay_ban_hanh: string
  co_quan_ban_hanh: string
  loai_van_ban: string
  trich_yeu: string
  /** Some metadata arrives decomposed (NFD); the renderer is handed NFC, as the core stores. */
  wasNfd: boolean
}

const fields = [
  'so_ky_hieu',
  'ngay_ban_hanh',
  'co_quan_ban_hanh',
  'loai_van_ban',
  'trich_yeu',
] as const

export function readCorpus(): CorpusDoc[] {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '')
  return readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map((d) => {
      const doc = { id: str(d.id), wasNfd: false } as CorpusDoc
      for (const f of fields) {
        doc[f] = str(d[f]).normalize('NFC')
        doc.wasNfd ||= doc[f] !== str(d[f])
      }
      return doc
    })
    .filter((d) => d.trich_yeu !== '' && d.so_ky_hieu !== '')
}

/** The longest trích yếu, the NFD ones, the longest số ký hiệu, then the first until n. */
export function pickDocs(all: CorpusDoc[], n: number): CorpusDoc[] {
  const byLen = (f: (d: CorpusDoc) => string): CorpusDoc[] =>
    [...all].sort((a, b) => f(b).length - f(a).length)
  const picked = new Map<string, CorpusDoc>()
  for (const d of [
    ...byLen((d) => d.trich_yeu).slice(0, 2),
    ...all.filter((d) => d.wasNfd),
    ...byLen((d) => d.so_ky_hieu).slice(0, 1),
    ...all,
  ]) {
    if (picked.size < n) {
      picked.set(d.id, d)
    }
  }
  return [...picked.values()]
}

const pad2 = (i: number): string => String(i).padStart(2, '0')
const dayOf2026 = (i: number): string =>
  new Date(Date.UTC(2026, 0, 2 + i)).toISOString().slice(0, 10)
const units = ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Phòng Khoa giáo - Văn xã', 'Ban Tiếp công dân']
const agency = {
  agencyName: 'Văn phòng UBND tỉnh Quảng Nam',
  parentAgencyName: 'UBND tỉnh Quảng Nam',
}

export function denRegister(docs: CorpusDoc[]): RegisterPrint {
  const rows = docs.map((d, i) => ({
    ngayDen: dayOf2026(Math.floor(i / 2)),
    soDen: pad2(i + 1),
    tacGia: d.co_quan_ban_hanh,
    soKyHieu: d.so_ky_hieu,
    ngayVanBan: d.ngay_ban_hanh,
    trichYeu: `${d.loai_van_ban} ${d.trich_yeu}`,
    donViNhan: units[i % units.length],
    ngayChuyen: dayOf2026(Math.floor(i / 2) + 1),
    ghiChu: i % 7 === 0 ? 'Bản chính; đã chuyển bản điện tử' : '',
  }))
  const to = rows[rows.length - 1]?.ngayChuyen ?? '2026-12-31'
  return {
    kind: 'den',
    ...agency,
    registerName: 'Sổ văn bản đến 2026',
    year: 2026,
    from: '2026-01-01',
    to,
    rows,
  }
}

export function diRegister(docs: CorpusDoc[]): RegisterPrint {
  const rows = docs.map((d, i) => ({
    soKyHieu: `${pad2(i + 1)}/UBND-TH`,
    ngayVanBan: dayOf2026(i),
    trichYeu: `Công văn V/v triển khai ${d.trich_yeu}`,
    nguoiKy: 'Lê Văn Dũng',
    noiNhan: '- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, TH.',
    donViLuu: 'Phòng Tổng hợp',
    soLuongBan: '05',
    ngayChuyen: dayOf2026(i),
  }))
  return {
    kind: 'di',
    ...agency,
    registerName: 'Sổ công văn đi',
    year: 2026,
    from: '2026-01-01',
    to: '2026-03-31',
    rows,
  }
}

export function theoDoiRegister(docs: CorpusDoc[]): RegisterPrint {
  const rows = docs.map((d, i) => ({
    soDen: pad2(i + 1),
    vanBan: `${d.loai_van_ban} số ${d.so_ky_hieu} của ${d.co_quan_ban_hanh}`,
    donViNhan: units[i % units.length],
    thoiHan: dayOf2026(i + 10),
    tienDo: i % 3 === 0 ? 'Đã giải quyết' : 'Đang giải quyết',
  }))
  return {
    kind: 'theo_doi',
    ...agency,
    registerName: 'Sổ theo dõi 2026',
    year: 2026,
    from: '2026-01-01',
    to: '2026-06-30',
    rows,
  }
}
