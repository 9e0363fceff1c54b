import type { SavedQuery, SavedSearch } from '../../../shared/api/search-types'
import type { HandlerContext } from '../context'
import { CoreError, forbidden, notFound } from '../errors'

// Tìm kiếm đã lưu: a person's own, never shared; the query is re-run (and re-checked against
// what the person may see) each time it is opened.

type Row = { id: number; name: string; query_json: string; created_at: string }

const toSaved = (r: Row): SavedSearch => ({
  id: r.id,
  name: r.name,
  query: JSON.parse(r.query_json) as SavedQuery,
  createdAt: r.created_at,
})

function me(ctx: HandlerContext): number {
  if (ctx.actor.kind !== 'user') {
    throw forbidden('Chỉ người dùng đã đăng nhập mới có tìm kiếm đã lưu')
  }
  return ctx.actor.user.id
}

export function listSaved(ctx: HandlerContext): SavedSearch[] {
  return ctx.db
    .prepare<[number], Row>(
      'SELECT id, name, query_json, created_at FROM saved_searches WHERE user_id = ? ORDER BY name COLLATE NOCASE, id',
    )
    .all(me(ctx))
    .map(toSaved)
}

/** Saves under a name; the same name again replaces that search (the person's own list). */
export function saveSearch(
  ctx: HandlerContext,
  input: Readonly<{ name: string; query: SavedQuery }>,
): SavedSearch {
  const userId = me(ctx)
  const count =
    ctx.db
      .prepare<[number], { n: number }>(
        'SELECT COUNT(*) AS n FROM saved_searches WHERE user_id = ?',
      )
      .get(userId)?.n ?? 0
  const existing = ctx.db
    .prepare<[number, string], { id: number }>(
      'SELECT id FROM saved_searches WHERE user_id = ? AND name = ?',
    )
    .get(userId, input.name)
  if (!existing && count >= 100) {
    throw new CoreError('VALIDATION', 'Mỗi người lưu tối đa 100 tìm kiếm; hãy xóa bớt')
  }
  const id = ctx.db.transaction((): number => {
    const now = ctx.clock().toISOString()
    const json = JSON.stringify(input.query)
    const saved = existing
      ? (ctx.db
          .prepare('UPDATE saved_searches SET query_json = ?, created_at = ? WHERE id = ?')
          .run(json, now, existing.id),
        existing.id)
      : Number(
          ctx.db
            .prepare(
              'INSERT INTO saved_searches (user_id, name, query_json, created_at) VALUES (?, ?, ?, ?)',
            )
            .run(userId, input.name, json, now).lastInsertRowid,
        )
    ctx.audit({ recordType: 'saved_search', recordId: saved, detail: { after: input } })
    return saved
  })()
  const row = ctx.db
    .prepare<[number], Row>(
      'SELECT id, name, query_json, created_at FROM saved_searches WHERE id = ?',
    )
    .get(id)
  if (!row) {
    throw notFound('tìm kiếm đã lưu')
  }
  return toSaved(row)
}

export function deleteSaved(ctx: HandlerContext, id: number): null {
  const userId = me(ctx)
  ctx.db.transaction(() => {
    const gone = ctx.db
      .prepare('DELETE FROM saved_searches WHERE id = ? AND user_id = ?')
      .run(id, userId)
    if (gone.changes !== 1) {
      throw notFound('tìm kiếm đã lưu')
    }
    ctx.audit({ recordType: 'saved_search', recordId: id, detail: { deleted: true } })
  })()
  return null
}
