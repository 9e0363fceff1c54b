import { outgoingNumber, type OutgoingNumber } from '../../../shared/outgoing/ky-hieu'
import type { Register } from '../../../shared/api/document-types'
import { CoreError } from '../errors'
import type { Db } from '../db/open'
import { defaultRegister, getRegister, peekNumber, takeNumber } from '../registers/repo'
import { getAgency } from '../units/repo'

// The outgoing number series: one per register and year (NĐ 30: from 01 on 01/01), taken in
// the IMMEDIATE transaction that writes the document, so two clerks (or two processes) never
// get the same number and a refused issue gives its number back. A number held in advance and
// then released is handed to the next issue first, so the series keeps no gap.

/** The outgoing register asked for, or the default one; refused when it cannot issue. */
export function outgoingRegister(db: Db, registerId: number | null | undefined): Register {
  const register =
    registerId !== null && registerId !== undefined
      ? getRegister(db, registerId)
      : defaultRegister(db, 'out')
  if (!register || register.direction !== 'out') {
    throw new CoreError('VALIDATION', 'Chọn một sổ văn bản đi', {
      fields: { registerId: 'Chọn một sổ văn bản đi' },
    })
  }
  if (register.disabled) {
    throw new CoreError('VALIDATION', `Sổ "${register.name}" đã ngừng sử dụng`, {
      fields: { registerId: 'Sổ đã ngừng sử dụng' },
    })
  }
  return register
}

const releasedSql = `SELECT id, number FROM number_reservations
  WHERE status = 'da_tra' AND register_id = ? AND year = ? ORDER BY number LIMIT 1`

/** The number the next issue would get; re-taken at issue time. */
export function peekOutgoingNumber(db: Db, registerId: number, year: number): number {
  const released = db
    .prepare<[number, number], { id: number; number: number }>(releasedSql)
    .get(registerId, year)
  return released?.number ?? peekNumber(db, registerId, year)
}

export type TakenNumber = Readonly<{ number: number; releasedReservationId: number | null }>

/** Takes the next number: a released one first. Call inside the IMMEDIATE transaction. */
export function takeOutgoingNumber(db: Db, registerId: number, year: number): TakenNumber {
  const released = db
    .prepare<[number, number], { id: number; number: number }>(releasedSql)
    .get(registerId, year)
  if (released) {
    return { number: released.number, releasedReservationId: released.id }
  }
  return { number: takeNumber(db, registerId, year), releasedReservationId: null }
}

type TypeRow = { code: string; name: string; abbreviation: string | null }

/** An enabled document type, or a field error. */
export function documentType(db: Db, code: string): TypeRow {
  const t = db
    .prepare<[string], TypeRow>(
      'SELECT code, name, abbreviation FROM document_types WHERE code = ? AND disabled_at IS NULL',
    )
    .get(code)
  if (!t) {
    throw new CoreError('VALIDATION', 'Loại văn bản không có trong danh mục', {
      fields: { loaiVanBan: 'Loại văn bản không có trong danh mục' },
    })
  }
  return t
}

/** An enabled unit of the agency, by id, or a field error. */
export function draftingUnit(
  db: Db,
  unitId: number | null | undefined,
): { id: number; name: string; shortName: string } | null {
  if (unitId === null || unitId === undefined) {
    return null
  }
  const u = db
    .prepare<[number], { id: number; name: string; short_name: string }>(
      'SELECT id, name, short_name FROM units WHERE id = ? AND disabled_at IS NULL',
    )
    .get(unitId)
  if (!u) {
    throw new CoreError('VALIDATION', 'Đơn vị soạn thảo không tồn tại hoặc đã ngừng hoạt động', {
      fields: { draftingUnitId: 'Đơn vị soạn thảo không hợp lệ' },
    })
  }
  return { id: u.id, name: u.name, shortName: u.short_name }
}

/** Số, ký hiệu for a number of the series, from the type, the agency and the drafting unit. */
export function numberFor(
  db: Db,
  number: number,
  year: number,
  typeCode: string,
  unitId: number | null | undefined,
  quyPham: boolean,
): OutgoingNumber {
  const type = documentType(db, typeCode)
  const agency = getAgency(db)
  if (!agency) {
    throw new CoreError('CONFLICT', 'Cơ quan chưa được thiết lập')
  }
  const unit = draftingUnit(db, unitId)
  return outgoingNumber(
    number,
    year,
    {
      typeAbbreviation: type.abbreviation,
      agency: agency.shortName,
      draftingUnit: unit && unit.id !== agency.id ? unit.shortName : null,
    },
    quyPham,
  )
}
