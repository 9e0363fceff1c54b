import { formatSo, formatSoKyHieu } from '../text/doc-number'

// Số, ký hiệu of a document the agency issues (NĐ 30/2020 Phụ lục I Phần I.II.3, DOMAIN §1.3):
// `<type abbreviation>-<agency abbreviation>` (15/QĐ-UBND); a công văn, which has no type
// abbreviation, takes `<agency>-<drafting unit or field>` (12/UBND-VX); a legal document
// (quy phạm pháp luật) adds the year after the number (07/2026/QĐ-UBND).

export type KyHieuParts = Readonly<{
  /** The type's abbreviation from the catalogue; null for công văn and thư công. */
  typeAbbreviation: string | null
  /** The agency's short name (the root unit's), e.g. UBND. */
  agency: string
  /** The drafting unit's short name, e.g. VX; used by công văn only. */
  draftingUnit: string | null
}>

export function outgoingKyHieu(p: KyHieuParts): string {
  if (p.typeAbbreviation) {
    return `${p.typeAbbreviation}-${p.agency}`
  }
  return p.draftingUnit ? `${p.agency}-${p.draftingUnit}` : p.agency
}

export type OutgoingNumber = Readonly<{ so: string; kyHieu: string; soKyHieu: string }>

/** The number as printed: zero-padded below 10, with the year for legal documents (so stays the number alone). */
export function outgoingNumber(
  number: number,
  year: number,
  parts: KyHieuParts,
  quyPham: boolean,
): OutgoingNumber {
  const kyHieu = outgoingKyHieu(parts)
  return {
    so: formatSo(number),
    kyHieu,
    soKyHieu: formatSoKyHieu(number, kyHieu, quyPham ? year : null),
  }
}
