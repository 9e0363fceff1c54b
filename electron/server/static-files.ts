import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { securityHeaders } from './security-headers'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
}

/** A file inside `root` for a URL path, or null: `..`, encoded or not, never leaves the folder. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) {
    return null
  }
  const base = resolve(root)
  const target = resolve(join(base, normalize(decoded)))
  if (target !== base && !target.startsWith(base + sep)) {
    return null
  }
  return target
}

/** Serves the built renderer; unknown paths get index.html (the app routes by hash). */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const indexFile = join(root, 'index.html')
  if (!existsSync(indexFile)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders })
    res.end('Giao diện chưa được build. Hãy chạy: npm run build\n')
    return
  }
  let file = resolveStatic(root, req.url ?? '/')
  if (!file) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders })
    res.end('Đường dẫn không hợp lệ\n')
    return
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    file = indexFile
  }
  const immutable = file.includes(`${sep}assets${sep}`)
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file).pipe(res)
}
