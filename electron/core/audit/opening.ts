import type { HandlerContext } from '../context'

/** How a secret document was opened: its detail screen, or one of its files. */
export type Opening = 'xem_chi_tiet' | 'tai_tep'

/**
 * Opening a secret document is audited like a write (issue 7): who, when, through which door.
 * The row goes through ctx.audit, so it chains and anchors like every other; being a read,
 * it keeps no snapshot of the document.
 */
export function auditSecretOpening(
  ctx: HandlerContext,
  documentId: number,
  doMat: string,
  how: Opening,
  extra: Readonly<Record<string, unknown>> = {},
): void {
  if (doMat === 'thuong') {
    return
  }
  ctx.audit({
    recordType: 'document',
    recordId: documentId,
    detail: { opened: how, doMat, door: ctx.door, client: ctx.client, ...extra },
  })
}

/** The secret documents holding a file: downloading it opens each of them. */
export function auditSecretFile(ctx: HandlerContext, sha256: string): void {
  const docs = ctx.db
    .prepare<[string], { id: number; do_mat: string; name: string }>(
      `SELECT d.id, d.do_mat, f.name FROM document_files f JOIN documents d ON d.id = f.document_id
       WHERE f.sha256 = ? AND d.do_mat <> 'thuong' ORDER BY d.id`,
    )
    .all(sha256)
  for (const d of docs) {
    auditSecretOpening(ctx, d.id, d.do_mat, 'tai_tep', { sha256, name: d.name })
  }
}
