import type { Recipient } from '../../../../shared/api/outgoing-types'

/** The states of an issued document (the core's codes), as the register and detail show them. */
export const outgoingStatusLabels: Readonly<Record<string, string>> = {
  da_ban_hanh: 'Đã ban hành',
  thu_hoi: 'Đã thu hồi',
  bi_thay_the: 'Đã bị thay thế',
}

export function outgoingStatusLabel(status: string): string {
  return outgoingStatusLabels[status] ?? status
}

/** Tag colours: a recalled or replaced document must not pass for a valid one. */
export const outgoingStatusColors: Readonly<Record<string, string>> = {
  da_ban_hanh: 'green',
  thu_hoi: 'red',
  bi_thay_the: 'orange',
}

export const recipientKindLabels: Readonly<Record<Recipient['kind'], string>> = {
  unit: 'Đơn vị trong cơ quan',
  outside: 'Cơ quan bên ngoài',
}
