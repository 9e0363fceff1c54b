import dayjs from 'dayjs'

// Dates are shown as Vietnamese offices write them, in Vietnam's time whatever the PC's zone.
const ZONE = 'Asia/Ho_Chi_Minh'

/** An ISO instant as dd/MM/yyyy HH:mm, or a dash when there is none. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE).format('DD/MM/YYYY HH:mm') : '—'
}

/** A calendar date (YYYY-MM-DD) or an instant as dd/MM/yyyy. */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '—'
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? dayjs(value).format('DD/MM/YYYY')
    : dayjs(value).tz(ZONE).format('DD/MM/YYYY')
}
