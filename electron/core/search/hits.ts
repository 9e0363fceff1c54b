import type { Direction } from '../../../shared/api/document-types'
import type { DoKhan } from '../../../shared/domain/levels'
import { highlighter } from '../../../shared/search/highlight'
import type { SearchHit } from '../../../shared/search/types'
import type { Db } from '../db/open'
import { snippetFinder } from './snippet'
import { stmt } from './statements'

// The page of a search, as the UI shows it: số/ký hiệu, loại, cơ quan, ngày and trích yếu
// with what matched marked, and a passage of the body where it matched.

export type Ranked = Readonly<{ id: number; score: number }>

type HitRow = {
  id: number
  direction: Direction
  so_ky_hieu: string
  trich_yeu: string
  loai: string
  co_quan_ban_hanh: string | null
  ngay: string | null
  status: string
  do_khan: DoKhan
}

export function hitsOf(
  db: Db,
  page: readonly Ranked[],
  terms: readonly string[],
  withSnippets: boolean,
): SearchHit[] {
  const rows = new Map(
    stmt<[string], HitRow>(
      db,
      `SELECT d.id, d.direction, d.so_ky_hieu, d.trich_yeu, t.name AS loai, d.co_quan_ban_hanh,
              CASE d.direction WHEN 'in' THEN d.ngay_den ELSE d.ngay_ban_hanh END AS ngay,
              d.status, d.do_khan
       FROM documents d JOIN document_types t ON t.code = d.loai_van_ban
       WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
      .all(JSON.stringify(page.map((p) => p.id)))
      .map((r) => [r.id, r]),
  )
  const mark = highlighter(terms)
  const snippet = withSnippets && terms.length > 0 ? snippetFinder(terms) : null
  return page.flatMap(({ id, score }) => {
    const r = rows.get(id)
    if (!r) {
      return []
    }
    return [
      {
        id: r.id,
        direction: r.direction,
        soKyHieu: r.so_ky_hieu,
        trichYeu: r.trich_yeu,
        loai: r.loai,
        coQuan: r.co_quan_ban_hanh,
        ngay: r.ngay,
        status: r.status,
        doKhan: r.do_khan,
        score,
        highlights: terms,
        soKyHieuMarks: mark(r.so_ky_hieu),
        trichYeuMarks: mark(r.trich_yeu),
        snippet: snippet === null ? null : snippet(db, r.id),
      },
    ]
  })
}
