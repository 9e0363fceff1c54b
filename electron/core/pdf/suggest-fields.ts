// The field readers of suggest.ts: each reads one field from the lines of a first page.

import type { DoKhan } from '../../../shared/domain'
import { documentTypeOfKyHieu, findDocumentTypeByName } from '../../../shared/domain'
import {
  cleanSpaces,
  findSoKyHieu,
  fold,
  mapLookAlikes,
  parseSoKyHieu,
  type SoKyHieu,
} from '../../../shared/text'
import {
  LEGAL_ABBREVIATIONS,
  agencyCase,
  isRule,
  isUpper,
  startsNewAgency,
  stopsTrichYeu,
  stripMotto,
  type TypeName,
} from './suggest-lexicon'

const MAX_TRICH_YEU_LINES = 6
// "Số: 15/QĐ-UBND", "Luật số: 39/2024/QH15", "Số:15 /2026/NĐ-CP"; "Số 15/…" only at the start.
const SO_LINE = /(?:^|\s)(?:(?:luật|pháp lệnh)\s+)?s[ốo]\s*(?:ký\s*hiệu\s*)?[:;]\s*(.*)$/iu
const SO_BARE = /^Số\s+(\d.*)$/u
const DATE = /ngay\s*(\d{1,2})\s*(?:thang|\/|-|\.)\s*(\d{1,2})\s*(?:nam|\/|-|\.)\s*(\d{4})/u
export const VV = /^(?:v\/v|về việc)\b/iu
const PLACE_DATE = /^[\p{L}\s.'-]{2,40},\s*ngày\b/iu
const BLANK_NUMBER = /^[\s./…_]*(?:(\d{4})\s*\/\s*)?(\p{L}[\p{L}\d]*(?:\s*-\s*[\p{L}\d]+)*)\s*$/u
const URGENCY: readonly (readonly [string, DoKhan])[] = [
  ['hoa toc hen gio', 'hoa_toc_hen_gio'],
  ['hoa toc', 'hoa_toc'],
  ['thuong khan', 'thuong_khan'],
  ['khan', 'khan'],
]
const SIGNING_TITLE =
  /^(?:(?:TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)\s*\.|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|BÍ THƯ|CHỦ NHIỆM|TỔNG GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|TỔNG THƯ KÝ|KIỂM TOÁN TRƯỞNG|CHÁNH THANH TRA))(?=$|[\s,.])/u
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$/u

export function isSoLine(line: string): boolean {
  return SO_LINE.test(line) || SO_BARE.test(line)
}

/** The number part of the first "Số:" line. */
export function soLineText(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = SO_LINE.exec(line) ?? SO_BARE.exec(line)
    if (m) {
      return m[1] ?? ''
    }
  }
  return null
}

export type NumberParts = {
  value: SoKyHieu | null
  /** The ký hiệu alone (`NĐ-CP`), for reading the type from it. */
  kyHieu: string | null
  /** As the documents table splits it: `so` + '/' + `notation` is the printed number. */
  so: string | null
  notation: string | null
}

/**
 * The number of a "Số:" line. The split follows documents/keys.ts: the year stays with the ký
 * hiệu (`49` + `2026/NĐ-CP`), and the Party form `16-NQ/TW` is all ký hiệu.
 */
export function parseNumber(text: string): NumberParts {
  const clean = text.replace(/^[:;\s]+/u, '')
  const value = parseSoKyHieu(clean) ?? findSoKyHieu(clean)
  if (value !== null) {
    const year = value.year !== null ? `${value.year}/` : ''
    return value.hyphenForm
      ? { value, kyHieu: value.kyHieu, so: null, notation: value.text }
      : { value, kyHieu: value.kyHieu, so: value.so, notation: `${year}${value.kyHieu}` }
  }
  // "Số:      /QĐ-UBND": the number is written by hand after signing; the ký hiệu is known.
  const blank = BLANK_NUMBER.exec(mapLookAlikes(clean).replace(/\s+(?=[\s/-])|(?<=[/-])\s+/gu, ''))
  const kyHieu = blank?.[2]?.includes('-') ? blank[2] : null
  const year = blank?.[1] !== undefined ? `${blank[1]}/` : ''
  return { value: null, kyHieu, so: null, notation: kyHieu === null ? null : `${year}${kyHieu}` }
}

export function parseDate(text: string): string | null {
  const m = DATE.exec(fold(text))
  if (!m) {
    return null
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1945 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The issuer: the last agency of the upper-left block, its wrapped lines joined. */
function issuerOf(block: readonly string[]): string | null {
  const units: string[] = []
  for (const line of block) {
    const last = units.length - 1
    if (last < 0 || (startsNewAgency(line) && !/(?:\bVÀ|[-,&])$/u.test(units[last] ?? ''))) {
      units.push(line)
    } else {
      units[last] = `${units[last]} ${line}`
    }
  }
  const issuer = units[units.length - 1]
  return issuer === undefined ? null : agencyCase(issuer)
}

function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

/** The trích yếu: `first` (text on the type line itself) and the lines from `start` on. */
export function trichYeuFrom(
  lines: readonly string[],
  start: number,
  first: string,
): string | null {
  const parts = first === '' ? [] : [first]
  const upper = first === '' ? isUpper(lines[start] ?? '') : isUpper(first)
  for (let i = start; i < lines.length && parts.length < MAX_TRICH_YEU_LINES; i++) {
    const line = lines[i] ?? ''
    // A title in capitals (Luật) ends at the first line that is not; a mixed-case trích yếu at
    // the first line in capitals (the authority line of a Quyết định) or a stop word.
    if (stopsTrichYeu(line) || isUpper(line) !== upper) {
      break
    }
    parts.push(line)
  }
  const text = cleanSpaces(parts.join(' ')).replace(/[\s_\-–—.;:]+$/u, '')
  // A title in capitals reads in sentence case; every trích yếu starts with a capital.
  return text === '' ? null : sentence(upper ? text.toLocaleLowerCase('vi') : text)
}

/** The most urgent stamp standing alone on a line in capitals: HỎA TỐC, THƯỢNG KHẨN, KHẨN. */
export function doKhanOf(lines: readonly string[]): DoKhan | null {
  let best: DoKhan | null = null
  let rank = -1
  for (const line of lines) {
    const key = fold(line)
      .replace(/[^a-z ]+/gu, ' ')
      .trim()
      .replace(/\s+/gu, ' ')
    const hit = URGENCY.findIndex(([stamp]) => key === stamp)
    if (hit >= 0 && isUpper(line) && URGENCY.length - hit > rank) {
      rank = URGENCY.length - hit
      best = URGENCY[hit]?.[1] ?? null
    }
  }
  return best
}

/** A name under the last signing title ("KT. CHỦ TỊCH", "BỘ TRƯỞNG") from line `from` on. */
export function signerOf(lines: readonly string[], from: number): string | null {
  for (let i = lines.length - 1; i >= from; i--) {
    if (!SIGNING_TITLE.test(lines[i] ?? '') || !isUpper(lines[i] ?? '')) {
      continue
    }
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const line = lines[j] ?? ''
      if (PERSON_NAME.test(line) && !isUpper(line)) {
        return line
      }
    }
  }
  return null
}

/** The type: the type line's; else the ký hiệu's; else a Công văn when there is a "V/v". */
export function typeOf(type: TypeName | null, kyHieu: string | null, vv: boolean): string | null {
  if (type !== null) {
    const t = type.legal ? null : findDocumentTypeByName(type.name)
    return t?.code ?? type.name
  }
  if (kyHieu !== null) {
    const first = kyHieu.split(/[-/]/u)[0] ?? ''
    const byAbbreviation = documentTypeOfKyHieu(kyHieu)?.code ?? LEGAL_ABBREVIATIONS.get(first)
    if (byAbbreviation !== undefined) {
      return byAbbreviation
    }
    // `12/UBND-VX`: a ký hiệu that starts with the agency is a Công văn's.
    return /^\p{Lu}/u.test(first) && !/\d/u.test(first) ? 'cong_van' : null
  }
  return vv ? 'cong_van' : null
}

/** The date of the header: its place-and-date line, else any date outside a "V/v" line. */
export function headerDate(header: readonly string[]): string | null {
  const first = (ls: readonly string[]): string | null =>
    ls.map(parseDate).find((d) => d !== null) ?? null
  return first(header.filter((l) => PLACE_DATE.test(l))) ?? first(header.filter((l) => !VV.test(l)))
}

/**
 * The issuer from the header of the NĐ 30 layout: the capitals above the first rule, number or
 * date line, read until the motto begins the right column.
 */
export function issuerFromHeader(header: readonly string[]): string | null {
  const block: string[] = []
  for (const line of header) {
    const motto = stripMotto(line)
    const rest = motto ?? line
    if (rest !== '' && (isRule(rest) || isSoLine(rest) || parseDate(rest) !== null)) {
      break
    }
    if (rest !== '' && isUpper(rest) && doKhanOf([rest]) === null) {
      block.push(rest)
    }
    if (motto === '') {
      // The motto alone: the right column has begun, the left one is read.
      break
    }
  }
  return issuerOf(block)
}

/** A Công văn's trích yếu: the "V/v" line and the lines that continue it. */
export function vvTrichYeu(lines: readonly string[], at: number): string {
  const parts = [lines[at] ?? '']
  for (let i = at + 1; i < lines.length && parts.length < 4; i++) {
    const line = lines[i] ?? ''
    if (stopsTrichYeu(line) || isUpper(line) || isSoLine(line) || parseDate(line) !== null) {
      break
    }
    parts.push(line)
  }
  return cleanSpaces(parts.join(' ')).replace(/[\s_.;:]+$/u, '')
}
