import type { DocumentTypeEntry } from '../../../shared/api/document-types'
import type { TypeKind } from '../../../shared/domain/type-catalog'
import type { Handlers } from '../api/handler'
import { searchIssuers } from './issuers'

export const catalogHandlers = {
  'catalog.documentTypes': (ctx) =>
    ctx.db
      .prepare<[], { code: string; name: string; abbreviation: string | null; kind: TypeKind }>(
        'SELECT code, name, abbreviation, kind FROM document_types WHERE disabled_at IS NULL ORDER BY sort_order',
      )
      .all()
      .map((r): DocumentTypeEntry => ({ ...r })),

  'issuers.search': (ctx, { q, limit }) => searchIssuers(ctx.db, q, limit),
} satisfies Partial<Handlers>
