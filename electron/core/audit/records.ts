import type { MethodName } from '../../../shared/api/method-names'
import type { Db } from '../db/open'

/** A record's key: its id, or the date for a holiday override. */
export type RecordKey = number | string

type Snapshot = (db: Db, key: RecordKey) => Record<string, unknown> | null

// Columns an audit row does not need: derived search/sort keys, whole texts kept elsewhere,
// secrets, and the timestamps the audit row's own `at` already tells.
const skipped = new Set([
  'body',
  'co_quan_fold',
  'co_quan_sort',
  'trich_yeu_sort',
  'dup_key',
  'password_hash',
  'last_login_at',
  'updated_at',
])

function row(
  db: Db,
  table: string,
  column: string,
  key: RecordKey,
): Record<string, unknown> | null {
  const found = db
    .prepare<[RecordKey], Record<string, unknown>>(`SELECT * FROM ${table} WHERE ${column} = ?`)
    .get(key)
  if (!found) {
    return null
  }
  return Object.fromEntries(Object.entries(found).filter(([k]) => !skipped.has(k)))
}

const table =
  (name: string, column = 'id', extra?: (db: Db, key: RecordKey) => Record<string, unknown>) =>
  (db: Db, key: RecordKey): Record<string, unknown> | null => {
    const found = row(db, name, column, key)
    return found && extra ? { ...found, ...extra(db, key) } : found
  }

const list = (db: Db, sql: string, key: RecordKey): unknown[] =>
  db.prepare<[RecordKey], unknown>(sql).all(key)

/**
 * The state of one record as the audit trail keeps it, by record type: one generic row read
 * per table (so a new column is audited without anyone remembering to), plus the few child
 * lists that are part of what a person would call "the record".
 */
export const snapshots: Readonly<Record<string, Snapshot>> = {
  document: table('documents', 'id', (db, id) => ({
    files: list(
      db,
      'SELECT name, sha256 FROM document_files WHERE document_id = ? ORDER BY position',
      id,
    ),
  })),
  task: table('tasks', 'id', (db, id) => ({
    members: list(
      db,
      'SELECT role, unit_id, user_id, deadline FROM task_members WHERE task_id = ? ORDER BY role, unit_id, user_id',
      id,
    ),
  })),
  draft: table('drafts'),
  user: table('users', 'id', (db, id) => ({
    roles: list(db, 'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role', id).map(
      (r) => (r as { role: string }).role,
    ),
  })),
  unit: table('units'),
  register: table('registers'),
  intake: table('intake'),
  reservation: table('number_reservations'),
  saved_search: table('saved_searches'),
  holiday: table('holiday_overrides', 'date'),
}

type Input = Readonly<Record<string, unknown>>

/** Which record a write method changes, and how to find its key from the input. */
export type Target = Readonly<{
  recordType: string
  /** Absent: the method creates the record, whose id is in its output. */
  key?: (input: Input, db: Db) => RecordKey | null
}>

const byId = (recordType: string): Target => ({ recordType, key: (i) => num(i.id) })
const created = (recordType: string): Target => ({ recordType })
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null)
const taskOf =
  (table: string, field: string) =>
  (i: Input, db: Db): number | null =>
    db
      .prepare<[unknown], { task_id: number }>(`SELECT task_id FROM ${table} WHERE id = ?`)
      .get(i[field])?.task_id ?? null

/**
 * Write methods by the record they change. A method missing here still gets its audit row
 * (the input, and the id its output names); this map adds the record and its before/after.
 */
export const targets: Readonly<Partial<Record<MethodName, Target>>> = {
  'agency.update': {
    recordType: 'unit',
    key: (_, db) =>
      db.prepare<[], { id: number }>('SELECT id FROM units WHERE parent_id IS NULL').get()?.id ??
      null,
  },
  'units.create': created('unit'),
  'units.update': byId('unit'),
  'units.setDisabled': byId('unit'),
  'users.update': byId('user'),
  'users.setDisabled': byId('user'),
  'users.resetPassword': byId('user'),
  'users.delete': byId('user'),
  'registers.create': created('register'),
  'registers.update': byId('register'),
  'registers.setDisabled': byId('register'),
  'intake.add': created('intake'),
  'intake.dismiss': byId('intake'),
  'documents.registerIncoming': created('document'),
  'documents.updateIncoming': byId('document'),
  'documents.present': { recordType: 'document', key: (i) => num(i.documentId) },
  'documents.direct': { recordType: 'document', key: (i) => num(i.documentId) },
  'calendar.setDay': { recordType: 'holiday', key: (i) => String(i.date) },
  'calendar.resetDay': { recordType: 'holiday', key: (i) => String(i.date) },
  'tasks.create': created('task'),
  'tasks.assign': byId('task'),
  'tasks.report': byId('task'),
  'tasks.requestExtension': byId('task'),
  'tasks.decideExtension': { recordType: 'task', key: taskOf('task_extensions', 'extensionId') },
  'tasks.requestExplanation': byId('task'),
  'tasks.explain': { recordType: 'task', key: taskOf('task_explanations', 'explanationId') },
  'tasks.complete': byId('task'),
  'tasks.reopen': byId('task'),
  'drafts.create': created('draft'),
  'drafts.update': byId('draft'),
  'drafts.submit': byId('draft'),
  'drafts.review': byId('draft'),
  'drafts.checkFormat': byId('draft'),
  'drafts.sign': byId('draft'),
  'drafts.comment': byId('draft'),
  'drafts.cancel': byId('draft'),
  'outgoing.issue': created('document'),
  'outgoing.reserve': created('reservation'),
  'outgoing.release': byId('reservation'),
  'outgoing.send': byId('document'),
  'outgoing.addRecipients': byId('document'),
  'outgoing.receive': byId('document'),
  'outgoing.recall': byId('document'),
  'search.save': created('saved_search'),
  'search.deleteSaved': byId('saved_search'),
}

export function snapshot(
  db: Db,
  recordType: string,
  key: RecordKey | null,
): Record<string, unknown> | null {
  const take = snapshots[recordType]
  return take && key !== null ? take(db, key) : null
}
