// Every document type the registers accept. Incoming mail is not only the 29 administrative
// types of NĐ 30 Điều 7: offices also receive legal documents (Luật, Nghị định, Thông tư …),
// whose types come from the Law on legal documents, and the occasional type nobody listed.
// This catalogue seeds the database table an admin can extend.

import { cleanSpaces, fold } from '../text/normalize'
import { COPY_TYPES, DOCUMENT_TYPES, findDocumentTypeByName } from './document-types'

export type TypeKind = 'hanh_chinh' | 'ban_sao' | 'qppl' | 'khac'

export type CatalogType = Readonly<{
  code: string
  name: string
  abbreviation: string | null
  kind: TypeKind
}>

// Nghị quyết, Quyết định and Chỉ thị exist both as administrative and as legal documents: one
// code serves both, as the printed type name is the same.
const LEGAL: readonly CatalogType[] = [
  { code: 'hien_phap', name: 'Hiến pháp', abbreviation: null, kind: 'qppl' },
  { code: 'bo_luat', name: 'Bộ luật', abbreviation: null, kind: 'qppl' },
  { code: 'luat', name: 'Luật', abbreviation: null, kind: 'qppl' },
  { code: 'phap_lenh', name: 'Pháp lệnh', abbreviation: null, kind: 'qppl' },
  { code: 'lenh', name: 'Lệnh', abbreviation: null, kind: 'qppl' },
  { code: 'nghi_dinh', name: 'Nghị định', abbreviation: 'NĐ', kind: 'qppl' },
  { code: 'thong_tu', name: 'Thông tư', abbreviation: 'TT', kind: 'qppl' },
  { code: 'thong_tu_lien_tich', name: 'Thông tư liên tịch', abbreviation: 'TTLT', kind: 'qppl' },
  { code: 'van_ban_hop_nhat', name: 'Văn bản hợp nhất', abbreviation: 'VBHN', kind: 'qppl' },
]

// Court precedents reach provincial offices too; they are not legal documents in the 2025 law.
const COURT: readonly CatalogType[] = [
  { code: 'an_le', name: 'Án lệ', abbreviation: 'AL', kind: 'khac' },
]

export const OTHER_TYPE: CatalogType = {
  code: 'khac',
  name: 'Khác',
  abbreviation: null,
  kind: 'khac',
}

export const TYPE_CATALOG: readonly CatalogType[] = [
  ...DOCUMENT_TYPES.map((t): CatalogType => ({ ...t, kind: 'hanh_chinh' })),
  ...COPY_TYPES.map((t): CatalogType => ({ ...t, kind: 'ban_sao' })),
  ...LEGAL,
  ...COURT,
  OTHER_TYPE,
].map(({ code, name, abbreviation, kind }) => ({ code, name, abbreviation, kind }))

const LEGAL_BY_NAME: ReadonlyMap<string, CatalogType> = new Map(
  [...LEGAL, ...COURT].map((t) => [cleanSpaces(fold(t.name)), t]),
)

/** Any catalogue type by its printed name, folded (`THÔNG TƯ`, `nghi dinh`); null if unknown. */
export function findCatalogTypeByName(name: string): CatalogType | null {
  const legal = LEGAL_BY_NAME.get(cleanSpaces(fold(name)))
  if (legal) {
    return legal
  }
  const admin = findDocumentTypeByName(name)
  return admin ? (TYPE_CATALOG.find((t) => t.code === admin.code) ?? null) : null
}
