const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** An instant (ISO-8601 UTC) as its dd/MM/yyyy in Vietnam (UTC+7, no daylight saving). */
export function formatDate(iso: string): string {
  const d = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS)
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}
