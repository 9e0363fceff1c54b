import dayjs from 'dayjs'
import type { DocumentTypeEntry, Register } from '../../../../../shared/api/document-types'
import type { EditorMode } from './editor-mode'
import { emptyValues, fromDetail, suggestedValuesOf, type IncomingValues } from './form-values'
import { fillBlanks, type SuggestionStart } from './use-suggestion'

/** What the form shows first: a document's values, or a blank one, maybe pre-filled from the queue. */
export type Start = Readonly<{ values: IncomingValues; suggestion: SuggestionStart }>

export function startOf(
  mode: EditorMode,
  registers: readonly Register[],
  types: readonly DocumentTypeEntry[],
): Start {
  if (mode.kind === 'edit') {
    return { values: fromDetail(mode.doc), suggestion: { pending: new Map(), source: null } }
  }
  const values = emptyValues({ registerId: registers[0]?.id })
  const intake = mode.intake
  if (!intake?.suggestion) {
    return { values, suggestion: { pending: new Map(), source: null } }
  }
  const pending = fillBlanks(values, suggestedValuesOf(intake.suggestion, intake.file.pages, types))
  return {
    values: { ...values, ...Object.fromEntries(pending) },
    suggestion: { pending, source: intake.file.name },
  }
}

/** Blank for the next document, keeping what a batch shares: the register, the day, the way in. */
export function nextValues(current: IncomingValues): IncomingValues {
  return {
    ...emptyValues({
      registerId: current.registerId,
      ngayDen: current.ngayDen ?? dayjs(),
      phuongThuc: current.phuongThuc,
    }),
    so: '',
    kyHieu: '',
    ngayBanHanh: null,
    coQuanBanHanh: '',
    loaiVanBan: undefined,
    trichYeu: '',
    nguoiKy: '',
    chucVuNguoiKy: '',
    soTrang: null,
    hanXuLy: null,
    donViNhanId: null,
    nguoiNhanId: null,
    ghiChu: '',
  }
}
