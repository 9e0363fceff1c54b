import { collationKey } from '../../../shared/text/collate'
import { normalizeSoKyHieu } from '../../../shared/text/doc-number'
import { cleanSpaces, fold, nfc } from '../../../shared/text/normalize'
import { issuerKey } from '../catalog/issuers'

// Derived columns kept beside what the clerk typed: display, duplicate and sort keys.

/** `123/QĐ-UBND` from its parts; whatever exists of it. */
export function displaySoKyHieu(so: string | null, kyHieu: string | null): string {
  if (so && kyHieu) {
    return `${so}/${kyHieu}`
  }
  return so ?? kyHieu ?? ''
}

/**
 * The same document, however it was typed: number/symbol (NFC, no spaces, case, look-alike
 * letters folded), issuer (folded) and date of issue. Null without a number: nothing to match.
 */
export function duplicateKey(
  so: string | null,
  kyHieu: string | null,
  issuer: string | null,
  ngayBanHanh: string | null,
): string | null {
  const number = displaySoKyHieu(so, kyHieu)
  if (number === '') {
    return null
  }
  return [normalizeSoKyHieu(number), issuer ? issuerKey(issuer) : '', ngayBanHanh ?? ''].join('|')
}

export const foldKey = (s: string | null): string | null =>
  s === null ? null : cleanSpaces(fold(s))
export const sortKey = (s: string | null): string | null =>
  s === null ? null : collationKey(cleanSpaces(nfc(s)))
