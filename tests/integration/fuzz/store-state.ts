// "Changes nothing already stored", made checkable: a fingerprint of the store taken before a
// call and compared after a refused one, and the audit chain verified.

import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import type { Core } from '../../../electron/core/core'
import { readAnchor } from '../../../electron/core/audit/anchor'
import { verifyAudit } from '../../../electron/core/audit/verify'

// Tables a refused call may legitimately touch: sessions (last seen), the login throttle, and
// the audit trail itself (checked as a chain instead).
const VOLATILE = /^(sessions|login_failures|audit_log)$|_(data|idx|docsize|config|content)$/
// Whole rows hashed: the records people would miss.
const HASHED = ['documents', 'tasks', 'users', 'drafts', 'intake', 'files', 'document_files']

const tablesOf = (core: Core): string[] =>
  core.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((r) => r.name)

/** Row counts of every table, a hash of the important ones, and the files on disk. */
export function fingerprint(core: Core): string {
  const tables = tablesOf(core)
  const counts: Record<string, number> = {}
  for (const t of tables) {
    if (VOLATILE.test(t)) {
      continue
    }
    counts[t] = Number(
      core.db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM "${t}"`).get()?.n ?? -1,
    )
  }
  const hash = createHash('sha256')
  for (const t of HASHED.filter((h) => tables.includes(h))) {
    // Sorted in JS: some tables are WITHOUT ROWID, and order is not what is compared.
    const rows = core.db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((row) =>
        JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      )
      .sort()
    hash.update(`${t}\n${rows.join('\n')}`)
  }
  const files = readdirSync(core.paths.files, { recursive: true, withFileTypes: true }).filter(
    (e) => !e.isDirectory(),
  ).length
  return JSON.stringify({ counts, hash: hash.digest('hex'), files })
}

/** The audit chain's problems, empty when it verifies. */
export function auditProblems(core: Core): string[] {
  const r = verifyAudit(core.db, readAnchor(core.paths))
  return r.ok ? [] : r.problems.map((p) => p.message)
}
