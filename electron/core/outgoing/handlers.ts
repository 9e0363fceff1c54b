import type { Handlers } from '../api/handler'
import { vietnamDay } from '../../../shared/calendar/iso-date'
import { issueOutgoing } from './issue'
import { numberFor, outgoingRegister, peekOutgoingNumber } from './numbering'
import { listReservations, releaseNumber, reserveNumber } from './reservations'
import { addMoreRecipients, recallOutgoing, receiveOutgoing, sendOutgoing } from './sending'

export const outgoingHandlers = {
  'outgoing.preview': (ctx, input) => {
    const register = outgoingRegister(ctx.db, input.registerId)
    const year = Number((input.ngayBanHanh ?? vietnamDay(ctx.clock())).slice(0, 4))
    const number = peekOutgoingNumber(ctx.db, register.id, year)
    const n = numberFor(ctx.db, number, year, input.loaiVanBan, input.draftingUnitId, input.quyPham)
    return {
      registerId: register.id,
      registerName: register.name,
      year,
      number,
      soKyHieu: n.soKyHieu,
    }
  },
  'outgoing.issue': issueOutgoing,
  'outgoing.reserve': reserveNumber,
  'outgoing.release': releaseNumber,
  'outgoing.reservations': (ctx, q) => listReservations(ctx.db, q),
  'outgoing.send': sendOutgoing,
  'outgoing.addRecipients': addMoreRecipients,
  'outgoing.receive': receiveOutgoing,
  'outgoing.recall': recallOutgoing,
} satisfies Partial<Handlers>
