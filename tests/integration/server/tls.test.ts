import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:https'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type Serving } from '../../../electron/cli/commands/serve'
import { openCore } from '../../../electron/core/core'
import { DEMO_PASSWORD } from '../../../electron/core/demo/people'
import { seedDemo } from '../../../electron/core/demo/seed'
import { silentLogger } from '../../../electron/core/log/logger'
import { tempDir } from '../helpers/temp-core'

// Node can read certificates but not make them, so the self-signed pair comes from the
// machine's openssl, made fresh for each run (nothing is downloaded or kept in the repo).
const hasOpenssl = spawnSync('sh', ['-c', 'command -v openssl'], { stdio: 'ignore' }).status === 0

let dir: string
let certs: string
const quiet = { logger: silentLogger }

function makeCert(name: string): { cert: string; key: string } {
  const cert = join(certs, `${name}.crt`)
  const key = join(certs, `${name}.key`)
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  )
  if (made.status !== 0) {
    throw new Error(`openssl failed: ${made.stderr.toString()}`)
  }
  return { cert, key }
}

beforeAll(async () => {
  dir = tempDir()
  certs = tempDir('vanthu-certs-')
  const core = openCore({ dataDir: dir, logger: silentLogger })
  await seedDemo(core.deps)
  await core.close()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(certs, { recursive: true, force: true })
})

type Reply = Readonly<{ status: number; headers: Record<string, unknown>; body: string }>

/** HTTPS with our self-signed certificate as the only trusted root. */
function post(url: string, ca: string, method: string, body: unknown): Promise<Reply> {
  const u = new URL(`${url}/api/${method}`)
  const text = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: u.port,
        path: u.pathname,
        method: 'POST',
        ca,
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'vanthu' },
      },
      (res) => {
        let out = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (out += c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: out }),
        )
      },
    )
    req.on('error', reject)
    req.end(text)
  })
}

describe.skipIf(!hasOpenssl)('serve over TLS (self-signed certificate from openssl)', () => {
  let serving: Serving | undefined
  let pair: { cert: string; key: string }

  beforeAll(() => {
    pair = makeCert('good')
  })
  afterAll(async () => {
    await serving?.close()
  })

  it('serves HTTPS with Secure cookies and prints the https URL', async () => {
    serving = await serve({
      dataDir: dir,
      port: 0,
      tlsCert: pair.cert,
      tlsKey: pair.key,
      core: quiet,
    })
    expect(serving.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const ca = readFileSync(pair.cert, 'utf8')
    const res = await post(serving.url, ca, 'auth.login', {
      username: 'vanthu',
      password: DEMO_PASSWORD,
    })
    expect(res.status).toBe(200)
    const cookie = String((res.headers['set-cookie'] as string[] | undefined)?.[0] ?? '')
    expect(cookie.split('; ')).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure']),
    )
    // Plain HTTP on the same port gets no answer from the app.
    await expect(fetch(serving.url.replace('https:', 'http:') + '/healthz')).rejects.toThrow()
  })

  it('lets a non-loopback --host through only with TLS', async () => {
    const lan = await serve({
      dataDir: dir,
      port: 0,
      host: '0.0.0.0',
      tlsCert: pair.cert,
      tlsKey: pair.key,
      core: quiet,
    })
    expect(lan.url).toMatch(/^https:\/\/0\.0\.0\.0:\d+$/)
    await lan.close()
    await expect(serve({ dataDir: dir, port: 0, host: '0.0.0.0', core: quiet })).rejects.toThrow(
      /không phải loopback.*--tls-cert và --tls-key.*--insecure-lan/s,
    )
  })

  it('refuses bad TLS settings clearly, before opening anything', async () => {
    const other = makeCert('other')
    const junk = join(certs, 'junk.pem')
    writeFileSync(
      junk,
      '-----BEGIN CERTIFICATE-----\nkhông phải chứng chỉ\n-----END CERTIFICATE-----\n',
    )
    const cases: [Partial<{ tlsCert: string; tlsKey: string }>, RegExp][] = [
      [{ tlsCert: pair.cert }, /Cần cả --tls-cert .* và --tls-key/],
      [{ tlsKey: pair.key }, /Cần cả --tls-cert .* và --tls-key/],
      [
        { tlsCert: join(certs, 'missing.crt'), tlsKey: pair.key },
        /Không đọc được tệp chứng chỉ TLS .*ENOENT/,
      ],
      [{ tlsCert: pair.cert, tlsKey: certs }, /Không đọc được tệp khóa riêng TLS .*EISDIR/],
      [{ tlsCert: junk, tlsKey: pair.key }, /không phải chứng chỉ X\.509/],
      [{ tlsCert: pair.cert, tlsKey: junk }, /không phải khóa riêng/],
      [{ tlsCert: pair.cert, tlsKey: pair.cert }, /không phải khóa riêng/],
      [{ tlsCert: pair.cert, tlsKey: other.key }, /không khớp với chứng chỉ/],
    ]
    for (const [flags, message] of cases) {
      await expect(
        serve({ dataDir: dir, port: 0, host: '0.0.0.0', ...flags, core: quiet }),
        JSON.stringify(flags),
      ).rejects.toThrow(message)
    }
  })
})

describe.skipIf(hasOpenssl)('serve over TLS', () => {
  it.skip('needs openssl on this machine to make a test certificate', () => {})
})
