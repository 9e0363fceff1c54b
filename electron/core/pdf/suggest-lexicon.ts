// Words and shapes of the first page of a Vietnamese administrative document (NĐ 30/2020,
// Phụ lục I), used by suggest.ts. Pure: no Node, no pdf.js.

import { DOCUMENT_TYPES } from '../../../shared/domain'
import { cleanSpaces, fold, nfc } from '../../../shared/text'

/** Legal document types outside NĐ 30's 29, returned by name. Longest first where one is a prefix. */
export const LEGAL_TYPE_NAMES: readonly string[] = [
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Lệnh',
  'Nghị định',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Thông tư',
  'Văn bản hợp nhất',
  // Precedents of the Supreme People's Court reach agencies too; a quarter of the corpus.
  'Án lệ',
]

/** Legal ký hiệu groups whose type is not one of the 29: `15/2020/NĐ-CP` is a Nghị định. */
export const LEGAL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['NQLT', 'Nghị quyết liên tịch'],
  ['VBHN', 'Văn bản hợp nhất'],
  ['AL', 'Án lệ'],
])

export type TypeName = Readonly<{ name: string; folded: string; legal: boolean }>

/** Every type name a type line may carry, longest first so `Thông tư liên tịch` wins. */
export const TYPE_NAMES: readonly TypeName[] = [
  ...LEGAL_TYPE_NAMES.map((name) => ({ name, folded: fold(name), legal: true })),
  ...DOCUMENT_TYPES.map((t) => ({ name: t.name, folded: fold(t.name), legal: false })),
].sort((a, b) => b.folded.length - a.folded.length)

// Lines of a digital signature appearance and of a Công báo page frame: not the document's.
const NOISE_RES: readonly RegExp[] = [
  /^(?:ký bởi|người ký|signed by|email|e-mail|cơ quan|tổ chức|thời gian ký|ngày ký|ký ngày|lý do)\s*:/iu,
  /^sao y\s*;/iu,
  /^công báo\s*\//iu,
  /^\d{1,4}$/u,
  /^(?:phần )?văn bản (?:quy phạm )?pháp luật(?: khác)?$/iu,
  // Secrecy and circulation marks (Phụ lục I III.2): not part of the issuer's name.
  /^(?:TUYỆT MẬT|TỐI MẬT|MẬT|XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ|DỰ THẢO)$/u,
]

export function isNoise(line: string): boolean {
  return NOISE_RES.some((re) => re.test(line))
}

/** A rule drawn with characters: `______`, `-----`, `---o0o---`, `***`. */
export function isRule(line: string): boolean {
  return /^[\s_\-=.*–—…~o0]{3,}$/u.test(line) && /[_\-=*–—…~]{3,}/u.test(line)
}

export function isUpper(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? []
  if (letters.length < 2) {
    return false
  }
  const upper = letters.filter((c) => c !== c.toLowerCase()).length
  return upper / letters.length >= 0.9
}

const MOTTO_RES: readonly RegExp[] = [
  /C[ỘO]NG\s*H(?:ÒA|OÀ|OA)\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM/iu,
  /Đ[ỘO]C\s*L[ẬA]P\s*[-–—]\s*T[ỰU]\s*DO\s*[-–—]\s*H[ẠA]NH\s*PH[ÚU]C/iu,
]

/**
 * The line without the national motto when the motto is printed in it (an empty string when
 * that was all of it); null when there is none. The first line of the motto counts only in
 * capitals: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam" in a title is not the motto.
 */
export function stripMotto(line: string): string | null {
  for (const [i, re] of MOTTO_RES.entries()) {
    const m = re.exec(line)
    if (m && (i === 1 || isUpper(m[0]))) {
      return cleanSpaces(line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length))
    }
  }
  return null
}

/** Lower case with the tone marks placed the new way (uỷ -> ủy, hoà -> hòa), for lookups. */
export function wordKey(s: string): string {
  return nfc(s)
    .toLocaleLowerCase('vi')
    .replace(/(?<!q)([ou])([àáảãạ])/gu, (_, v: string, a: string) => `${toned(v, a)}a`)
    .replace(/o([èéẻẽẹ])/gu, (_, e: string) => `${toned('o', e)}e`)
    .replace(/(?<!q)u([ỳýỷỹỵ])/gu, (_, y: string) => `${toned('u', y)}y`)
}

// Moves the tone of the second vowel of oa, oe, uy onto the first: à -> ò.
function toned(vowel: string, marked: string): string {
  const mark = marked.normalize('NFD').slice(1)
  return (vowel + mark).normalize('NFC')
}

// Words that open the name of an agency: a header line starting with one of these is a new
// agency (the issuer under its parent), any other line continues the one above.
const ORGAN_WORDS: readonly string[] = (
  'ủy ban|ubnd|hđnd|hội đồng|chính phủ|quốc hội|chủ tịch nước|thủ tướng|bộ|sở|cục|chi cục|' +
  'tổng cục|vụ|viện|ban|phòng|văn phòng|trường|đại học|học viện|bệnh viện|trung tâm|công ty|' +
  'tổng công ty|đảng ủy|đảng bộ|công an|bộ chỉ huy|tòa án|viện kiểm sát|kho bạc|thanh tra|' +
  'chi nhánh|ngân hàng|đoàn|hội|liên đoàn|quỹ|kiểm toán|bảo hiểm|mặt trận|cảng vụ|' +
  'bộ tư lệnh|quân khu|tỉnh ủy|thành ủy|huyện ủy|ban chấp hành'
).split('|')
const PLACE_WORDS: readonly string[] =
  'tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu'.split('|')

function leadingWord(key: string, words: readonly string[]): string | undefined {
  return words
    .filter((w) => key === w || key.startsWith(`${w} `))
    .sort((a, b) => b.length - a.length)[0]
}

function leadingPlace(key: string): string | undefined {
  // "xã hội" is society, not a commune.
  return key.startsWith('xã hội') ? undefined : leadingWord(key, PLACE_WORDS)
}

export function startsNewAgency(line: string): boolean {
  const key = wordKey(line)
  return leadingWord(key, ORGAN_WORDS) !== undefined && leadingPlace(key) === undefined
}

const FIXED_NAMES: ReadonlyMap<string, string> = new Map([
  ['chính phủ', 'Chính phủ'],
  ['quốc hội', 'Quốc hội'],
  ['việt nam', 'Việt Nam'],
  ['nhà nước', 'Nhà nước'],
  ['trung ương', 'Trung ương'],
  ['thủ tướng', 'Thủ tướng'],
])
const EXPANSIONS: readonly (readonly [RegExp, string])[] = [
  [/^UBND\b/u, 'ỦY BAN NHÂN DÂN'],
  [/^HĐND\b/u, 'HỘI ĐỒNG NHÂN DÂN'],
]
// "Ủy ban nhân dân", "Tòa án nhân dân tối cao": the words after these stay lower case.
const GENERIC_HEADS = [
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'tòa án nhân dân',
  'viện kiểm sát nhân dân',
]

const capitalize = (w: string): string => (w === '' ? w : w.charAt(0).toUpperCase() + w.slice(1))

/**
 * An agency name printed in capitals, written the way NĐ 30 Phụ lục II writes names: the first
 * word capitalised; after the kind of body (Bộ, Sở, Văn phòng…) the first word of the
 * specific name, and each word after "và", "," or "-" in it; place names after tỉnh, huyện,
 * xã… in full; Chính phủ, Quốc hội, Việt Nam always. `ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH` ->
 * `Ủy ban nhân dân tỉnh Quảng Ninh`, `BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` -> `Bộ Nông nghiệp và Môi
 * trường`. Lines not in capitals are returned as printed.
 */
export function agencyCase(name: string): string {
  let text = cleanSpaces(name)
  if (!isUpper(text)) {
    return text
  }
  for (const [re, full] of EXPANSIONS) {
    text = text.replace(re, full)
  }
  const words = text.toLocaleLowerCase('vi').split(' ')
  const out: string[] = []
  let place = false
  let capNext = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? ''
    const marker = place ? undefined : leadingPlace(words.slice(i, i + 3).join(' '))
    if (marker !== undefined) {
      // `tỉnh`, `thành phố`: the place name starts after them and is capitalised in full.
      const n = marker.split(' ').length
      out.push(...words.slice(i, i + n))
      i += n - 1
      place = true
      continue
    }
    if (i === 0 || place || capNext) {
      out.push(capitalize(w))
      capNext = false
      continue
    }
    out.push(w)
    capNext = /^[-–]$|,$/u.test(w) || w === 'và'
  }
  let result = out.join(' ')
  for (const [lower, fixed] of FIXED_NAMES) {
    result = result.replace(new RegExp(`(?<=^|\\s)${lower}(?=$|\\s|,)`, 'giu'), fixed)
  }
  // The name after the kind of body: `Bộ Tài chính`, `Văn phòng Chính phủ`, `Sở Nội vụ`.
  const key = wordKey(result)
  if (!GENERIC_HEADS.some((h) => key.startsWith(h))) {
    const kind = leadingWord(key, ORGAN_WORDS)
    const parts = result.split(' ')
    const n = kind?.split(' ').length ?? parts.length
    if (n < parts.length) {
      parts[n] = capitalize(parts[n] ?? '')
      result = parts.join(' ')
    }
  }
  return result
}

// Where the trích yếu ends: the legal bases, the addressee, the body, an annex note.
const TRICH_YEU_STOP =
  /^(?:căn cứ|theo đề nghị|xét đề nghị|xét|kính gửi|thực hiện|chương\s|phần thứ|mục\s+\d|điều\s+\d|lời nói đầu|nơi nhận|được\s|hôm nay|nguồn án lệ|\(|\d+[.)]\s|[ivx]+\.\s|[a-zđ]\)\s)/iu
// "Ngày 12 tháng 9 năm 2025, tại …" opens a paragraph; a lower-case "ngày 11 tháng 12 …"
// continues a trích yếu.
const DATED_PARAGRAPH = /^Ngày\s+\d/u
// The body of a Giấy mời: "Sở Tư pháp trân trọng kính mời: …".
const INVITATION = /trân trọng kính mời|^kính mời/iu

/** A line that opens the body: legal bases, the addressee, a chapter, an article. */
export function opensBody(line: string): boolean {
  return TRICH_YEU_STOP.test(line) || DATED_PARAGRAPH.test(line) || INVITATION.test(line)
}

export function stopsTrichYeu(line: string): boolean {
  return opensBody(line) || isRule(line) || stripMotto(line) !== null
}
