import type { StoredFile, TextStatus } from '../../../shared/api/document-types'
import type { Db } from '../db/open'

type FileRow = {
  sha256: string
  size: number
  mime: string
  pages: number | null
  text_status: TextStatus
}

export function getFile(db: Db, sha256: string, name: string): StoredFile | null {
  const r = db
    .prepare<[string], FileRow>(
      'SELECT sha256, size, mime, pages, text_status FROM files WHERE sha256 = ?',
    )
    .get(sha256)
  return r
    ? {
        sha256: r.sha256,
        name,
        size: r.size,
        mime: r.mime,
        pages: r.pages,
        textStatus: r.text_status,
      }
    : null
}

export type NewFile = Readonly<{
  sha256: string
  size: number
  mime: string
  pages: number | null
  textStatus: TextStatus
  body: string | null
  firstPageLines: readonly string[]
}>

/** Records a stored file once; the same content uploaded again keeps its first record. */
export function insertFile(db: Db, f: NewFile, userId: number | null, now: string): void {
  db.prepare(
    `INSERT INTO files (sha256, size, mime, pages, text_status, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
  ).run(f.sha256, f.size, f.mime, f.pages, f.textStatus, userId, now)
  if (f.body !== null) {
    db.prepare(
      `INSERT INTO file_texts (sha256, body, first_page_lines) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
    ).run(f.sha256, f.body, JSON.stringify(f.firstPageLines))
  }
}

export function firstPageLinesOf(db: Db, sha256: string): string[] | null {
  const r = db
    .prepare<[string], { first_page_lines: string }>(
      'SELECT first_page_lines FROM file_texts WHERE sha256 = ?',
    )
    .get(sha256)
  return r ? (JSON.parse(r.first_page_lines) as string[]) : null
}

export function uploadedBy(db: Db, sha256: string): number | null {
  return (
    db
      .prepare<[string], { created_by: number | null }>(
        'SELECT created_by FROM files WHERE sha256 = ?',
      )
      .get(sha256)?.created_by ?? null
  )
}
