import { readFile, stat } from 'node:fs/promises'
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path'
import { contentSecurityPolicy } from '../../shared/security/csp'
import { appHost } from './origin'

// Serves out/renderer on app://bundle/. Pure Node (fetch Request/Response), so the tests call it
// without Electron; index.ts hands it to protocol.handle.

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * The file inside `root` that a URL path names, or null when it would leave the folder. The
 * URL parser already folds `..` and `%2e%2e`, but `..%2f` and `..%5c` only become separators
 * once decoded, so the decoded path is resolved and checked against the root.
 */
export function bundlePath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) {
    return null
  }
  const base = resolve(root)
  const target = resolve(base, `.${sep}${decoded}`)
  const rel = relative(base, target)
  if (rel === '') {
    return base
  }
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return null
  }
  return target
}

function headers(file: string, extra: Readonly<Record<string, string>> = {}): Headers {
  const h = new Headers({
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Vite names the files under assets/ by content hash; index.html must be re-read.
    'Cache-Control': file.includes(`${sep}assets${sep}`)
      ? 'max-age=31536000, immutable'
      : 'no-cache',
    ...extra,
  })
  h.set('Content-Type', types[extname(file).toLowerCase()] ?? 'application/octet-stream')
  return h
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export type ProtocolHandler = (request: Request) => Promise<Response>

/**
 * app://bundle/<path> -> out/renderer/<path>. Unknown paths without an extension get index.html
 * (the app's own routes); a missing asset is a 404, so a lost chunk never arrives as HTML.
 */
export function bundleHandler(root: string): ProtocolHandler {
  const index = join(resolve(root), 'index.html')
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method not allowed')
    }
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return text(400, 'Bad request')
    }
    if (url.host.toLowerCase() !== appHost) {
      return text(404, 'Not found')
    }
    const target = bundlePath(root, url.pathname)
    if (target === null) {
      return text(403, 'Forbidden')
    }
    let file = target
    if (!(await isFile(file))) {
      if (extname(file) !== '') {
        return text(404, 'Not found')
      }
      file = index
    }
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return text(
        503,
        'Giao diện chưa được build. Hãy chạy: npm run build (The user interface is not built yet.)',
      )
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(file, { 'Content-Length': String(body.byteLength) }),
    })
  }
}
