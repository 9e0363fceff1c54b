// The process the crash test kills: a bulk import on a data directory, exactly as `vanthu
// import-pdf` and `vanthu import` run it. Each added record is written to stdout with a
// synchronous write the moment the import reports it, so whatever the parent has read is what
// the import had reported when the SIGKILL arrived.
//
//   node --import tsx tests/crash/import-child.ts <plan.json>
//   plan: { dataDir, steps: [{ pdf: path } | { jsonl: path }] }

import { readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { openCore } from '../../electron/core/core'
import { importJsonl } from '../../electron/core/import/import-jsonl'
import { importPdfs } from '../../electron/core/import/import-pdfs'
import { silentLogger } from '../../electron/core/log/logger'
import { minimalPdf } from '../integration/pdf/pdf-bytes'

type Step = { pdf: string } | { jsonl: string }
type Plan = { dataDir: string; steps: Step[] }

const say = (line: Record<string, unknown>): void => {
  writeSync(1, `${JSON.stringify(line)}\n`)
}

const planFile = process.argv[2]
if (!planFile) {
  throw new Error('usage: import-child.ts <plan.json>')
}
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan
const core = openCore({ dataDir: plan.dataDir, logger: silentLogger })
// Loading pdf.js into the worker takes seconds from source: do it before "ready", so that the
// kills fall on the import itself and not on module loading.
const warm = join(dirname(planFile), `warm-${process.pid}.pdf`)
writeFileSync(warm, minimalPdf(['warm up']))
await core.deps.jobs.run('pdfExtract', { path: warm })
rmSync(warm)
say({ t: 'ready' })
for (const step of plan.steps) {
  if ('pdf' in step) {
    await importPdfs(core.deps, [step.pdf], undefined, (a) => {
      say({ t: 'intake', id: a.id, sha256: a.sha256 })
    })
  } else {
    await importJsonl(core.deps, step.jsonl, {
      onAdded: (a) => {
        say({ t: 'doc', id: a.id, so: a.soKyHieu, ext: a.externalId })
      },
    })
  }
}
await core.close()
say({ t: 'done' })
