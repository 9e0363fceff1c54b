import type { Direction } from '../../../shared/api/document-types'
import type { Clause } from '../access/scope'
import type { HandlerContext } from '../context'
import type { Db } from '../db/open'
import { visibility } from '../documents/access'
import { CoreError, notFound } from '../errors'
import { getRegister } from '../registers/repo'
import { getAgency } from '../units/repo'
import { renderRegisterPdf, renderRegisterXlsx } from './index'
import type { RegisterRow } from './register-types'

type Rows<K extends 'den' | 'di'> = (
  db: Db,
  v: Clause,
  registerId: number,
  from: string,
  to: string,
) => RegisterRow<K>[]

/**
 * A paper register (Sổ đăng ký văn bản đến / đi) for a date range, as PDF or XLSX: the register
 * must be of the right direction and the range in order; rows are what the caller may see.
 */
export async function registerReport<K extends 'den' | 'di'>(
  ctx: HandlerContext,
  p: Readonly<{ kind: K; direction: Direction; missing: string; rows: Rows<K> }>,
  q: Readonly<{ registerId: number; from: string; to: string; format: 'pdf' | 'xlsx' }>,
): Promise<Uint8Array> {
  const register = getRegister(ctx.db, q.registerId)
  if (!register || register.direction !== p.direction) {
    throw notFound(p.missing)
  }
  if (q.from > q.to) {
    throw new CoreError('VALIDATION', 'Ngày bắt đầu phải trước ngày kết thúc', {
      fields: { from: 'Khoảng ngày không hợp lệ' },
    })
  }
  const rows = p.rows(ctx.db, visibility(ctx.db, ctx.actor), q.registerId, q.from, q.to)
  const common = {
    agencyName: getAgency(ctx.db)?.name ?? '',
    registerName: register.name,
    year: Number(q.from.slice(0, 4)),
    from: q.from,
    to: q.to,
  }
  const print =
    p.kind === 'den'
      ? { ...common, kind: 'den' as const, rows }
      : { ...common, kind: 'di' as const, rows }
  const bytes = await (q.format === 'pdf' ? renderRegisterPdf : renderRegisterXlsx)(print)
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
