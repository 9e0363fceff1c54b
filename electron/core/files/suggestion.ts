import type { Suggestion } from '../../../shared/api/document-types'
import { findCatalogTypeByName, TYPE_CATALOG } from '../../../shared/domain/type-catalog'
import { suggestFromText } from '../pdf/suggest'

/**
 * What a first page suggests, in the API's terms: the document type as a catalogue code (the
 * reader gives the 29 administrative types as codes and legal ones by name).
 */
export function suggestionFor(firstPageLines: readonly string[]): Suggestion | null {
  if (firstPageLines.length === 0) {
    return null
  }
  const s = suggestFromText(firstPageLines)
  const type = s.loaiVanBan
  const code =
    type === null
      ? null
      : TYPE_CATALOG.some((t) => t.code === type)
        ? type
        : (findCatalogTypeByName(type)?.code ?? null)
  return {
    so: s.so,
    kyHieu: s.kyHieu,
    ngayBanHanh: s.ngayBanHanh,
    coQuanBanHanh: s.coQuanBanHanh,
    loaiVanBan: code,
    trichYeu: s.trichYeu,
    doKhan: s.doKhan,
    nguoiKy: s.nguoiKy,
  }
}
