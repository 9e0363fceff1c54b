// Turns a stored audit detail into lines people can read: what changed (before → after)
// and the other facts the row carries. Pure, so it is tested without a browser.

export type DiffLine = Readonly<{ field: string; before: unknown; after: unknown }>
export type AuditView = Readonly<{
  hidden: string | null
  /** null when the row carries no before/after. */
  diff: DiffLine[] | null
  facts: [string, unknown][]
}>

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const empty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

const factLabels: Readonly<Record<string, string>> = {
  'opened:xem_chi_tiet': 'Xem chi tiết văn bản mật',
  'opened:tai_tep': 'Tải tệp của văn bản mật',
  'door:http': 'Trình duyệt',
  'door:ipc': 'Ứng dụng máy tính',
  'door:cli': 'Dòng lệnh',
}

export function auditView(detail: unknown): AuditView {
  if (!isObject(detail)) {
    return { hidden: null, diff: null, facts: detail === null ? [] : [['value', detail]] }
  }
  if (typeof detail.hidden === 'string') {
    return { hidden: detail.hidden, diff: null, facts: [] }
  }
  const { before, after, changes, ...rest } = detail
  let diff: DiffLine[] | null = null
  if ('before' in detail || 'after' in detail) {
    const b = isObject(before) ? before : {}
    const a = isObject(after) ? after : {}
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    diff = fields
      .filter((f) => !same(b[f], a[f]))
      // A new record: only the fields it was given; a deleted one: what it was.
      .filter((f) => !(empty(b[f]) && empty(a[f])))
      .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }))
  } else if (isObject(changes)) {
    diff = Object.entries(changes)
      .filter(([, v]) => Array.isArray(v) && !same(v[0], v[1]))
      .map(([field, v]) => ({ field, before: (v as unknown[])[0], after: (v as unknown[])[1] }))
  }
  // The input a generic row keeps is read as its fields, not as one JSON blob.
  const { input, ...own } = rest
  const facts = [...Object.entries(isObject(input) ? input : {}), ...Object.entries(own)]
    .filter(([, v]) => !empty(v))
    .map(([k, v]): [string, unknown] => [k, factLabels[`${k}:${String(v)}`] ?? v])
  return { hidden: null, diff, facts }
}

/** A value on one line: dates as dd/MM/yyyy, lists joined, objects as short JSON. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') {
    return '(trống)'
  }
  if (typeof v === 'boolean') {
    return v ? 'Có' : 'Không'
  }
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
    return m ? `${m[3]}/${m[2]}/${m[1]}` : v
  }
  if (typeof v === 'number') {
    return String(v)
  }
  if (Array.isArray(v)) {
    return v
      .map((x) => (isObject(x) && typeof x.name === 'string' ? x.name : showValue(x)))
      .join(', ')
  }
  return JSON.stringify(v)
}
