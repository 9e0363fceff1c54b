import { appendFileSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Readonly<Record<string, unknown>>

export type Logger = {
  debug: (msg: string, fields?: LogFields) => void
  info: (msg: string, fields?: LogFields) => void
  warn: (msg: string, fields?: LogFields) => void
  error: (msg: string, fields?: LogFields) => void
}

const MAX_BYTES = 5 * 1024 * 1024
const KEEP = 3

/**
 * JSON lines in `<data>/logs/vanthu.log`, rotated at 5 MB keeping three old files. Written
 * synchronously: log lines are few (one per write call and per error) and a crash must not eat
 * the line that explains it. A library would bring transports and worker threads we do not need.
 */
export function fileLogger(dir: string, minLevel: LogLevel = 'info'): Logger {
  const file = join(dir, 'vanthu.log')
  const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }
  let size = sizeOf(file)

  const write = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (order[level] < order[minLevel]) {
      return
    }
    const line = `${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }, errorReplacer)}\n`
    if (size + line.length > MAX_BYTES) {
      rotate(file)
      size = 0
    }
    try {
      appendFileSync(file, line)
      size += Buffer.byteLength(line)
    } catch {
      // A full disk must not turn a log line into a failed request.
    }
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  }
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

function rotate(file: string): void {
  for (let i = KEEP - 1; i >= 1; i--) {
    tryRename(`${file}.${i}`, `${file}.${i + 1}`)
  }
  tryRename(file, `${file}.1`)
}

function tryRename(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch {
    // Missing older generations are normal.
  }
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack }
  }
  return value
}
