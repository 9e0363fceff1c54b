import { CoreError } from '../core/errors'

export type OutputMode = Readonly<{ json: boolean }>

/** Machine-readable output goes to stdout as one JSON document; people get text. */
export function emit(mode: OutputMode, value: unknown, human: () => string): void {
  process.stdout.write(mode.json ? `${JSON.stringify(value)}\n` : `${human()}\n`)
}

/** Exit status: 1 for a refused operation, 2 for bad usage, 3 for a fault. */
export function fail(mode: OutputMode, err: unknown): number {
  const isCore = err instanceof CoreError
  const body = isCore
    ? err.toBody()
    : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) }
  if (mode.json) {
    process.stdout.write(`${JSON.stringify({ error: body })}\n`)
  } else {
    process.stderr.write(`Lỗi (${body.code}): ${body.message}\n`)
    if (isCore && err.fields) {
      for (const [field, msg] of Object.entries(err.fields)) {
        process.stderr.write(`  - ${field}: ${msg}\n`)
      }
    }
  }
  if (!isCore) {
    return 3
  }
  return err.code === 'VALIDATION' ? 2 : 1
}
