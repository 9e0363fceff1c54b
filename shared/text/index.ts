export { cleanSpaces, fold, mapLookAlikes, nfc, removeInvisibles, sameText } from './normalize'
export { collationKey, compareVi, sortVi } from './collate'
export { foldedTokens, tokenize } from './tokenize'
export type { Token, TokenKind } from './tokenize'
export {
  findSoKyHieu,
  formatSo,
  formatSoKyHieu,
  normalizeSoKyHieu,
  parseSoKyHieu,
  scanSoKyHieu,
} from './doc-number'
export type { SoKyHieu, SoKyHieuMatch } from './doc-number'
