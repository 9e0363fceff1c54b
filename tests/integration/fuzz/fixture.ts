// One populated data directory, made once and copied for each method under test, so a call
// that succeeds (disables a user, logs out, deletes) cannot spoil the next method's run.
// Sessions live in the database, so the tokens stay valid in every copy.

import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import { openCore } from '../../../electron/core/core'
import { seedDemo } from '../../../electron/core/demo/seed'
import { silentLogger, type Logger } from '../../../electron/core/log/logger'
import { incoming } from '../documents/helpers'
import { draftInput, uploadDraftFile } from '../drafts/helpers'
import { ADMIN, login, setUp, tempDir, testClock } from '../helpers/temp-core'
import { person } from '../tasks/helpers'
import { minimalPdf } from '../pdf/pdf-bytes'

export type Template = Readonly<{
  dir: string
  tokens: Readonly<{ admin: string; specialist: string; clerk: string; drafter: string }>
  cleanup: () => void
}>

const START = '2026-03-02T01:00:00.000Z'

/** Agency, demo people, two incoming documents (one secret, with a PDF), one draft. */
export async function makeTemplate(): Promise<Template> {
  const root = tempDir('vanthu-fuzz-')
  const dir = join(root, 'template')
  const core = openCore({ dataDir: dir, logger: silentLogger, clock: testClock(START) })
  try {
    await setUp(core)
    await seedDemo(core.deps)
    const admin = await login(core, ADMIN.username, ADMIN.password)
    const clerk = await person(core, 'vanthu')
    const specialist = await person(core, 'cv.kinhte1')
    const drafter = await person(core, 'cv.tonghop1')
    const pdf = await clerk.ok('files.upload', {
      name: 'cv-123.pdf',
      bytes: new Uint8Array(minimalPdf(['Cong van 123'])),
    })
    await clerk.ok('documents.registerIncoming', {
      ...incoming(),
      files: [{ sha256: pdf.sha256, name: 'cv-123.pdf' }],
    })
    await clerk.ok('documents.registerIncoming', {
      ...incoming({ so: '45', kyHieu: 'CV-STC', trichYeu: 'Về dự toán ngân sách (mật)' }),
      doMat: 'mat',
    })
    const file = await uploadDraftFile(drafter, 'du-thao.docx', 'Dự thảo công văn')
    await drafter.ok('drafts.create', draftInput(core, file))
    core.db.pragma('wal_checkpoint(TRUNCATE)')
    return {
      dir,
      tokens: { admin, specialist: specialist.token, clerk: clerk.token, drafter: drafter.token },
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    }
  } finally {
    await core.close()
  }
}

/** A fresh copy of the template, opened; close() removes it. */
export function copyOf(
  template: Template,
  name: string,
  logger: Logger = silentLogger,
): Core & { remove: () => Promise<void> } {
  const dir = join(template.dir, '..', name.replace(/[^a-z0-9.-]/gi, '_'))
  cpSync(template.dir, dir, { recursive: true })
  const core = openCore({ dataDir: dir, logger, clock: testClock(START) })
  return {
    ...core,
    remove: async () => {
      await core.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
