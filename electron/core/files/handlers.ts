import { readFile } from 'node:fs/promises'
import type { Handlers } from '../api/handler'
import { auditSecretFile } from '../audit/opening'
import { actorUserId } from '../context'
import { canReadFile } from '../documents/access'
import { findDuplicates } from '../documents/repo'
import { notFound } from '../errors'
import { storedPath } from './store'
import { storeUpload } from './upload'

export const fileHandlers = {
  'files.upload': async (ctx, { name, bytes }) => {
    const stored = await storeUpload(ctx, actorUserId(ctx.actor), name, bytes)
    ctx.audit({
      recordType: 'file',
      recordId: null,
      detail: { sha256: stored.sha256, name, size: stored.size },
    })
    return { ...stored, duplicates: findDuplicates(ctx.db, 'in', null, [stored.sha256]) }
  },

  'files.content': async (ctx, { sha256 }) => {
    // Not found and not allowed look the same: a file's existence is itself information.
    if (!canReadFile(ctx.db, ctx.actor, sha256)) {
      throw notFound('tệp')
    }
    auditSecretFile(ctx, sha256)
    return new Uint8Array(await readFile(storedPath(ctx.paths.files, sha256)))
  },
} satisfies Partial<Handlers>
