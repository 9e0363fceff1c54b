// Metadata suggestions from the first page of a document, read the way NĐ 30/2020 Phụ lục I
// lays it out: issuer in the upper left above its underline, "Số: …" under it, the national
// motto and "<Địa danh>, ngày … tháng … năm …" on the right, then the type in capitals and the
// trích yếu under it (Công văn: "V/v …" under the number), urgency stamps near the top, the
// signature block at the end. Pure: input is the lines extract.ts produces, left column first.
// Suggestions only: the clerk confirms every field.

import type { DoKhan } from '../../../shared/domain'
import { cleanSpaces, fold, mapLookAlikes, nfc, removeInvisibles } from '../../../shared/text'
import {
  VV,
  doKhanOf,
  headerDate,
  issuerFromHeader,
  parseDate,
  parseNumber,
  signerOf,
  soLineText,
  trichYeuFrom,
  typeOf,
  vvTrichYeu,
} from './suggest-fields'
import {
  TYPE_NAMES,
  agencyCase,
  isNoise,
  isUpper,
  opensBody,
  stripMotto,
  type TypeName,
} from './suggest-lexicon'

export type Suggestion = {
  /** Canonical `15/QĐ-UBND`, `49/2026/NĐ-CP`. */
  soKyHieu: string | null
  /** `49` of `49/2026/NĐ-CP`; null for a blank number and for the Party form `16-NQ/TW`. */
  so: string | null
  /**
   * The rest, split as the documents table does: `2026/NĐ-CP`, `QĐ-UBND`, `16-NQ/TW`. Given
   * even when the number is left blank for hand-writing ("Số:    /QĐ-UBND").
   */
  kyHieu: string | null
  /** YYYY-MM-DD */
  ngayBanHanh: string | null
  /** In sentence case for names printed in capitals: `Ủy ban nhân dân tỉnh Lai Châu`. */
  coQuanBanHanh: string | null
  /** A code of shared/domain (`quyet_dinh`), or the name of a legal type (`Nghị định`). */
  loaiVanBan: string | null
  trichYeu: string | null
  doKhan: DoKhan | null
  nguoiKy: string | null
}

// The header is short: a type line further down than this is body text.
const HEADER_LINES = 25
// Công báo prints consolidated texts under "VĂN BẢN HỢP NHẤT - <issuer>".
const CONSOLIDATED = /^VĂN BẢN HỢP NHẤT\s*-\s*(?=\S)/u

type TypeLine = { index: number; type: TypeName; rest: string; reference: boolean }

function prepare(lines: readonly string[]): string[] {
  return (
    lines
      // Footnote marks (superscript digits from the layout) are not part of the text.
      .map((l) => cleanSpaces(removeInvisibles(nfc(l)).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, ' ')))
      .filter((l) => l !== '' && !isNoise(l))
  )
}

/** A type line: the type alone in capitals, `LUẬT <title>` in capitals, or `<Type> số <number>`. */
function typeLineAt(line: string, index: number): TypeLine | null {
  const f = fold(mapLookAlikes(line))
  for (const type of TYPE_NAMES) {
    if (f === type.folded && isUpper(line)) {
      return { index, type, rest: '', reference: false }
    }
    if (!f.startsWith(`${type.folded} `)) {
      continue
    }
    const rest = line.slice(line.split(' ').slice(0, type.name.split(' ').length).join(' ').length)
    if (/^\s*s[ốo]\s+\d/iu.test(rest)) {
      return { index, type, rest: rest.trim(), reference: true }
    }
    if (type.legal && /luat|phap lenh/u.test(type.folded) && isUpper(line)) {
      return { index, type, rest: rest.trim(), reference: false }
    }
  }
  return null
}

/** Suggests the metadata of a document from the lines of its first page. */
export function suggestFromText(firstPageLines: readonly string[]): Suggestion {
  const lines = prepare(firstPageLines)
  const top = lines.slice(0, HEADER_LINES)
  let typeLine: TypeLine | null = null
  for (const [i, line] of top.entries()) {
    typeLine = typeLineAt(line, i)
    if (typeLine !== null) {
      break
    }
  }
  const vvIndex = top.findIndex((l) => VV.test(l))
  const bodyStart = top.findIndex((l, i) => i > 0 && opensBody(l))
  const headerEnd = typeLine?.index ?? (bodyStart >= 0 ? bodyStart : top.length)
  const header = lines.slice(0, headerEnd)

  // Số, ký hiệu and date: the "Số:" and "<Địa danh>, ngày" lines of the header; without them,
  // the `<Type> số <number> ngày <date>` line (Công báo, án lệ).
  const reference = typeLine?.reference === true ? typeLine.rest.replace(/^s[ốo]\s+/iu, '') : null
  const number = parseNumber(soLineText(header) ?? reference ?? '')
  const ngayBanHanh = headerDate(header) ?? (reference !== null ? parseDate(reference) : null)

  // Issuer: the upper-left block, only in the NĐ 30 layout (the motto is there).
  const consolidated = lines.slice(0, headerEnd + 1).find((l) => CONSOLIDATED.test(l))
  const coQuanBanHanh =
    consolidated !== undefined
      ? agencyCase(consolidated.replace(CONSOLIDATED, ''))
      : header.some((l) => stripMotto(l) !== null)
        ? issuerFromHeader(header)
        : null

  const loaiVanBan =
    consolidated !== undefined
      ? 'Văn bản hợp nhất'
      : typeOf(typeLine?.type ?? null, number.kyHieu, vvIndex >= 0)

  // Trích yếu: under the type line, or its own tail ("Án lệ số 29/2019/AL về …"); a Công
  // văn's "V/v" lines.
  let trichYeu: string | null = null
  if (typeLine !== null) {
    const tail = typeLine.reference
      ? (/\s(v[ềe]\s.*)$/iu.exec(typeLine.rest)?.[1] ?? '')
      : typeLine.rest
    trichYeu = trichYeuFrom(lines, typeLine.index + 1, tail)
  } else if (vvIndex >= 0) {
    trichYeu = vvTrichYeu(top, vvIndex)
  }

  return {
    soKyHieu: number.value?.text ?? null,
    so: number.so,
    kyHieu: number.notation,
    ngayBanHanh,
    coQuanBanHanh,
    loaiVanBan,
    trichYeu,
    doKhan: doKhanOf(top),
    nguoiKy: signerOf(lines, Math.max(headerEnd + 1, 1)),
  }
}
