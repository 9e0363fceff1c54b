export {
  ALL_DOCUMENT_TYPES,
  COPY_TYPES,
  DOCUMENT_TYPES,
  documentTypeOfKyHieu,
  findDocumentTypeByAbbreviation,
  findDocumentTypeByCode,
  findDocumentTypeByName,
} from './document-types'
export type { DocumentType } from './document-types'
export {
  DO_KHAN,
  DO_MAT,
  THAM_QUYEN_KY,
  doKhanCodes,
  doKhanFromPriority,
  doKhanInfo,
  doKhanLabels,
  doKhanSchema,
  doMatCodes,
  doMatInfo,
  doMatLabels,
  doMatSchema,
  parseSigningTitle,
  phuongThucNhanCodes,
  phuongThucNhanLabels,
  phuongThucNhanSchema,
  thamQuyenKyCodes,
  thamQuyenKySchema,
} from './levels'
export type {
  DoKhan,
  DoKhanInfo,
  DoMat,
  DoMatInfo,
  PhuongThucNhan,
  SigningTitle,
  ThamQuyenKy,
  ThamQuyenKyInfo,
} from './levels'
export { FIELD_LIMITS, fitsLimit, limitedNumber, limitedText, textLength } from './field-limits'
export type {
  FieldLimit,
  LimitedField,
  LimitedNumberField,
  LimitedTextField,
  NumberLimit,
  TextLimit,
} from './field-limits'
export { isOrganId, normalizeOrganId, organIdSchema, parentOrganId, parseOrganId } from './organ-id'
export type { OrganIdParts } from './organ-id'
export { findCatalogTypeByName, OTHER_TYPE, TYPE_CATALOG } from './type-catalog'
export type { CatalogType, TypeKind } from './type-catalog'
