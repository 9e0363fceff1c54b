import type { Reservation, ReservationStatus } from '../../../shared/api/outgoing-types'
import type { ParsedInput } from '../../../shared/api/contract'
import { vietnamDay } from '../../../shared/calendar/iso-date'
import { actorUserId, type HandlerContext } from '../context'
import type { Db } from '../db/open'
import { CoreError, notFound } from '../errors'
import { numberFor, outgoingRegister, takeOutgoingNumber } from './numbering'

// "Lấy số trước" (a number for a document to be signed on paper later) and "trả số" (a held
// number given back). The number comes from the same series as an issue, in the same kind of
// IMMEDIATE transaction.

type Row = {
  id: number
  register_id: number
  register_name: string
  year: number
  number: number
  so_ky_hieu: string
  loai_van_ban: string
  loai_name: string
  unit_id: number | null
  unit_name: string | null
  unit_short: string | null
  trich_yeu: string | null
  note: string | null
  status: ReservationStatus
  reserved_by: string | null
  reserved_at: string
  released_at: string | null
  release_reason: string | null
  document_id: number | null
}

const SELECT = `
  SELECT n.id, n.register_id, r.name AS register_name, n.year, n.number, n.so_ky_hieu,
         n.loai_van_ban, t.name AS loai_name, u.id AS unit_id, u.name AS unit_name,
         u.short_name AS unit_short, n.trich_yeu, n.note, n.status, p.full_name AS reserved_by,
         n.reserved_at, n.released_at, n.release_reason, n.document_id
  FROM number_reservations n
  JOIN registers r ON r.id = n.register_id
  JOIN document_types t ON t.code = n.loai_van_ban
  LEFT JOIN units u ON u.id = n.drafting_unit_id
  LEFT JOIN users p ON p.id = n.reserved_by`

const toReservation = (r: Row): Reservation => ({
  id: r.id,
  registerId: r.register_id,
  registerName: r.register_name,
  year: r.year,
  number: r.number,
  soKyHieu: r.so_ky_hieu,
  loaiVanBanCode: r.loai_van_ban,
  loaiVanBan: r.loai_name,
  draftingUnit:
    r.unit_id !== null
      ? { id: r.unit_id, name: r.unit_name ?? '', shortName: r.unit_short ?? '' }
      : null,
  trichYeu: r.trich_yeu,
  note: r.note,
  status: r.status,
  reservedBy: r.reserved_by,
  reservedAt: r.reserved_at,
  releasedAt: r.released_at,
  releaseReason: r.release_reason,
  documentId: r.document_id,
})

export function getReservation(db: Db, id: number): Reservation | null {
  const r = db.prepare<[number], Row>(`${SELECT} WHERE n.id = ?`).get(id)
  return r ? toReservation(r) : null
}

export function listReservations(db: Db, q: ParsedInput<'outgoing.reservations'>): Reservation[] {
  const where: string[] = []
  const params: unknown[] = []
  if (q.year !== undefined) {
    where.push('n.year = ?')
    params.push(q.year)
  }
  if (q.registerId !== undefined) {
    where.push('n.register_id = ?')
    params.push(q.registerId)
  }
  return db
    .prepare<unknown[], Row>(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY n.year DESC, n.number DESC`,
    )
    .all(...params)
    .map(toReservation)
}

export function reserveNumber(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.reserve'>,
): Reservation {
  const register = outgoingRegister(ctx.db, input.registerId)
  const today = vietnamDay(ctx.clock())
  const day = input.ngay ?? today
  if (day > today) {
    throw new CoreError('VALIDATION', 'Không lấy số cho ngày sau hôm nay', {
      fields: { ngay: 'Ngày không thể sau hôm nay' },
    })
  }
  const year = Number(day.slice(0, 4))
  const id = ctx.db
    .transaction((): number => {
      const taken = takeOutgoingNumber(ctx.db, register.id, year)
      const n = numberFor(
        ctx.db,
        taken.number,
        year,
        input.loaiVanBan,
        input.draftingUnitId,
        input.quyPham,
      )
      const now = ctx.clock().toISOString()
      if (taken.releasedReservationId !== null) {
        // The released number is held again: its row becomes the new reservation.
        ctx.db
          .prepare(
            `UPDATE number_reservations SET status = 'dang_giu', so_ky_hieu = ?, loai_van_ban = ?,
               drafting_unit_id = ?, quy_pham = ?, trich_yeu = ?, note = ?, reserved_by = ?, reserved_at = ?,
               released_at = NULL, released_by = NULL, release_reason = NULL WHERE id = ?`,
          )
          .run(
            n.soKyHieu,
            input.loaiVanBan,
            input.draftingUnitId ?? null,
            input.quyPham ? 1 : 0,
            input.trichYeu ?? null,
            input.note ?? null,
            actorUserId(ctx.actor),
            now,
            taken.releasedReservationId,
          )
        ctx.audit({
          recordType: 'reservation',
          recordId: taken.releasedReservationId,
          detail: { after: { number: taken.number, year, soKyHieu: n.soKyHieu } },
        })
        return taken.releasedReservationId
      }
      const newId = Number(
        ctx.db
          .prepare(
            `INSERT INTO number_reservations (register_id, year, number, so_ky_hieu, loai_van_ban,
               drafting_unit_id, quy_pham, trich_yeu, note, status, reserved_by, reserved_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'dang_giu', ?, ?)`,
          )
          .run(
            register.id,
            year,
            taken.number,
            n.soKyHieu,
            input.loaiVanBan,
            input.draftingUnitId ?? null,
            input.quyPham ? 1 : 0,
            input.trichYeu ?? null,
            input.note ?? null,
            actorUserId(ctx.actor),
            now,
          ).lastInsertRowid,
      )
      ctx.audit({
        recordType: 'reservation',
        recordId: newId,
        detail: { after: { number: taken.number, year, soKyHieu: n.soKyHieu } },
      })
      return newId
    })
    .immediate()
  return mustGet(ctx.db, id)
}

export function releaseNumber(
  ctx: HandlerContext,
  input: ParsedInput<'outgoing.release'>,
): Reservation {
  ctx.db
    .transaction(() => {
      const before = mustGet(ctx.db, input.id)
      if (before.status !== 'dang_giu') {
        throw new CoreError('CONFLICT', `Số ${before.soKyHieu} không còn được giữ, không thể trả`)
      }
      ctx.db
        .prepare(
          `UPDATE number_reservations SET status = 'da_tra', released_at = ?, released_by = ?,
             release_reason = ? WHERE id = ?`,
        )
        .run(ctx.clock().toISOString(), actorUserId(ctx.actor), input.reason, input.id)
      ctx.audit({
        recordType: 'reservation',
        recordId: input.id,
        detail: {
          before: { status: before.status },
          after: { status: 'da_tra', reason: input.reason },
        },
      })
    })
    .immediate()
  return mustGet(ctx.db, input.id)
}

export function mustGet(db: Db, id: number): Reservation {
  const r = getReservation(db, id)
  if (!r) {
    throw notFound('số đã lấy trước')
  }
  return r
}
