import { findCatalogTypeByName, OTHER_TYPE } from '../../../shared/domain/type-catalog'
import { documentTypeOfKyHieu } from '../../../shared/domain/document-types'
import { parseSoKyHieu, scanSoKyHieu } from '../../../shared/text/doc-number'
import { cleanSpaces, nfc } from '../../../shared/text/normalize'
import { suggestFromText } from '../pdf/suggest'
import type { DocumentFields } from '../documents/repo'

// One line of the corpus format (docs.jsonl: so_ky_hieu, ngay_ban_hanh, co_quan_ban_hanh,
// loai_van_ban, trich_yeu, noi_dung …) turned into the fields of an incoming document. Real
// lines are incomplete and untidy; each gap is filled from the next best source, and what
// cannot be filled honestly is an error for that line alone.

export type CorpusLine = {
  id?: unknown
  so_ky_hieu?: unknown
  ngay_ban_hanh?: unknown
  co_quan_ban_hanh?: unknown
  co_quan_header?: unknown
  loai_van_ban?: unknown
  trich_yeu?: unknown
  tieu_de?: unknown
  noi_dung?: unknown
  nguoi_ky?: unknown
}

export type MappedLine = {
  externalId: string | null
  fields: Omit<DocumentFields, 'ngayDen'>
  body: string | null
  truncated: boolean
}

const SUBJECT_MAX = 500
const str = (v: unknown): string | null =>
  typeof v === 'string' && cleanSpaces(nfc(v)) !== '' ? cleanSpaces(nfc(v)) : null
const isoDate = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null

/** A subject longer than the register's 500 characters is cut at a word, marked with "…". */
function fitSubject(s: string): { text: string; truncated: boolean } {
  if (s.length <= SUBJECT_MAX) {
    return { text: s, truncated: false }
  }
  const cut = s.slice(0, SUBJECT_MAX - 1)
  const space = cut.lastIndexOf(' ')
  return { text: `${(space > 300 ? cut.slice(0, space) : cut).trimEnd()}…`, truncated: true }
}

/**
 * A subject from a title line: "Thông tư số 81 /2025/TT- NHNN Quy định về …" and
 * "275/2026/NĐ-CP - Quy định xử phạt …" give what follows the number; "Viễn thông" is kept as
 * it is; a title that is only a type name or a number ("LUẬT", "Nghị định 289/2026/NĐ-CP")
 * gives nothing.
 */
export function subjectFromTitle(title: string): string | null {
  let rest = title
  const numbers = scanSoKyHieu(title)
  const last = numbers[numbers.length - 1]
  if (last) {
    rest = title.slice(last.end)
  }
  rest = cleanSpaces(rest.replace(/^[\s\-–—:.,]+/u, ''))
  if (rest.length < 4 || findCatalogTypeByName(rest) || /^\d/.test(rest)) {
    return null
  }
  return rest
}

/** Exported pages carry a "Tiêu đề: …" line in a metadata list above the document itself. */
function metadataTitle(lines: readonly string[]): string | null {
  for (const l of lines) {
    const m = /^-?\s*Tiêu đề:\s*(.{4,})$/u.exec(l)
    if (m?.[1]) {
      return cleanSpaces(m[1])
    }
  }
  return null
}

function splitNumber(raw: string | null): { so: string | null; kyHieu: string | null } {
  if (!raw) {
    return { so: null, kyHieu: null }
  }
  const parsed = parseSoKyHieu(raw)
  if (!parsed) {
    return { so: null, kyHieu: raw.slice(0, 30) }
  }
  if (parsed.hyphenForm) {
    // Party-style 16-NQ/TW: its printed form does not split as số/ký hiệu.
    return { so: null, kyHieu: parsed.text.slice(0, 30) }
  }
  const kyHieu = parsed.year !== null ? `${parsed.year}/${parsed.kyHieu}` : parsed.kyHieu
  return { so: parsed.so.slice(0, 11), kyHieu: kyHieu.slice(0, 30) }
}

export function mapCorpusLine(line: CorpusLine): MappedLine {
  const body = typeof line.noi_dung === 'string' ? nfc(line.noi_dung) : null
  // Some sources are Markdown: headings and emphasis marks would hide the header's lines.
  const firstLines = body
    ? body
        .split('\n')
        .map((l) =>
          l
            .replace(/^#+\s*/, '')
            .replace(/\*\*|__|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '')
            .trim(),
        )
        .filter((l) => l !== '' && !/^-{3,}$/.test(l))
        .slice(0, 40)
    : []
  const fromText = firstLines.length > 0 ? suggestFromText(firstLines) : null
  const { so, kyHieu } = splitNumber(str(line.so_ky_hieu))
  const typeName = str(line.loai_van_ban)
  const type =
    (typeName ? findCatalogTypeByName(typeName) : null) ??
    (kyHieu ? (documentTypeOfKyHieu(kyHieu.replace(/^\d{4}\//, '')) ?? null) : null)
  const title = str(line.tieu_de)
  const subject =
    str(line.trich_yeu) ??
    subjectFromTitle(title ?? '') ??
    str(fromText?.trichYeu) ??
    metadataTitle(firstLines) ??
    (title && title.length >= 4 && !findCatalogTypeByName(title) ? title : null)
  if (!subject) {
    throw new Error('Thiếu trích yếu (không có trich_yeu, tieu_de hay nội dung để lấy ra)')
  }
  const fitted = fitSubject(subject)
  const notes: string[] = []
  if (typeName && !type) {
    notes.push(`Loại văn bản gốc: ${typeName}`)
  }
  if (fitted.truncated) {
    notes.push('Trích yếu gốc dài hơn 500 ký tự, đã rút gọn; bản đầy đủ trong nội dung')
  }
  const signer = str(line.nguoi_ky)
  return {
    externalId:
      typeof line.id === 'string' || typeof line.id === 'number'
        ? `jsonl:${String(line.id)}`
        : null,
    fields: {
      so,
      kyHieu,
      ngayBanHanh: isoDate(line.ngay_ban_hanh),
      coQuanBanHanh: (
        str(line.co_quan_ban_hanh) ??
        str(line.co_quan_header) ??
        str(fromText?.coQuanBanHanh) ??
        'Không xác định'
      ).slice(0, 200),
      loaiVanBan: type?.code ?? OTHER_TYPE.code,
      trichYeu: fitted.text,
      nguoiKy: signer && signer.length <= 50 ? signer : null,
      chucVuNguoiKy: null,
      soTrang: null,
      doKhan: 'thuong',
      doMat: 'thuong',
      hanXuLy: null,
      donViNhanId: null,
      nguoiNhanId: null,
      noiNhan: null,
      phuongThuc: 'dien_tu',
      ghiChu: notes.length ? notes.join('. ').slice(0, 500) : null,
    },
    body: fitted.truncated && body === null ? subject : body,
    truncated: fitted.truncated,
  }
}
