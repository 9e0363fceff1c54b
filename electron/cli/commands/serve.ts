import { startBackupScheduler } from '../../core/backup/scheduler'
import { openCore, type CoreOptions } from '../../core/core'
import { CoreError } from '../../core/errors'
import { keepIndexFresh } from '../../core/search/maintain'
import { createHttpDoor } from '../../server/http-door'
import { loadTls } from '../../server/tls'
import { rendererDir } from '../repo-root'

export type ServeOptions = Readonly<{
  dataDir: string
  port: number
  host?: string
  /** Allow a non-loopback address without TLS (a trusted office LAN only). */
  insecureLan?: boolean
  /** PEM files: serve HTTPS, with Secure cookies; required off loopback unless insecureLan. */
  tlsCert?: string
  tlsKey?: string
  /** Tests: a clock they can move, shorter session limits, a quiet logger. */
  core?: Pick<CoreOptions, 'clock' | 'config' | 'logger'>
}>

export type Serving = Readonly<{ url: string; close: () => Promise<void> }>

export const DEFAULT_PORT = 4780

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/

/** `vanthu serve`: the core behind the loopback HTTP door, with the built renderer. */
export async function serve(opts: ServeOptions): Promise<Serving> {
  const host = opts.host ?? '127.0.0.1'
  const tls = loadTls(opts.tlsCert, opts.tlsKey)
  if (!LOOPBACK.test(host) && !tls && !opts.insecureLan) {
    throw new CoreError(
      'VALIDATION',
      `Địa chỉ ${host} không phải loopback: mặc định Văn Thư chỉ phục vụ trên máy này. ` +
        'Hãy dùng HTTPS với --tls-cert và --tls-key, hoặc thêm --insecure-lan nếu bạn chắc ' +
        'chắn mạng nội bộ là tin cậy.',
    )
  }
  const core = openCore({ ...opts.core, dataDir: opts.dataDir })
  // An old, half-rebuilt or far-behind search index is rebuilt in a worker while serving.
  void keepIndexFresh(core.deps)
  // Scheduled backups (Sao lưu): one missed while the server was down runs now, in a worker.
  const backups = startBackupScheduler(core.deps)
  const server = createHttpDoor({
    core,
    staticDir: rendererDir(),
    secure: tls !== null,
    ...(tls ? { tls } : {}),
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(opts.port, host, () => resolve())
    })
  } catch (err) {
    // A taken port must not leave the database and the workers open behind a failed command.
    backups.stop()
    await core.close()
    throw err
  }
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : opts.port
  const shownHost = host.includes(':') ? `[${host.replace(/^\[|\]$/g, '')}]` : host
  core.deps.log.info('serve', { host, port })
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      backups.stop()
      await core.close()
    },
  }
}

/** Keeps serving until Ctrl+C or SIGTERM, then closes the server and the core cleanly. */
export function untilStopped(serving: Serving): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => {
      serving.close().then(done, done)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

export const servingText = (url: string, dataDir: string): string =>
  `Văn Thư đang chạy tại ${url}\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.`
