import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpDoor, type DoorServer } from '../../../electron/server/http-door'
import { tempCore, type TempCore } from '../helpers/temp-core'

// A client that trickles its JSON (slowloris) must not hold a request open for the default
// five minutes; the door's body timeout is shortened here so the test does not wait long.

let t: TempCore
let server: DoorServer
let port: number

beforeAll(async () => {
  t = tempCore()
  server = createHttpDoor({ core: t.core, staticDir: t.dir, secure: false, bodyTimeoutMs: 300 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
  await t.cleanup()
})

/** Sends the head and a first byte of JSON, then nothing: returns whatever comes back. */
function trickle(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    socket.setEncoding('utf8')
    socket.on('data', (c: string) => (reply += c))
    socket.on('close', () => resolve(reply))
    socket.on('error', reject)
    socket.write(
      'POST /api/system.info HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'X-Requested-With: vanthu\r\nContent-Length: 100\r\n\r\n{',
    )
  })
}

describe('slow request bodies', () => {
  it('cuts off a trickling JSON body with 408 and closes the connection', async () => {
    const started = Date.now()
    const reply = await trickle()
    expect(reply).toMatch(/^HTTP\/1\.1 408 /)
    expect(reply).toMatch(/connection: close/i)
    expect(reply).toContain('"code":"VALIDATION"')
    // Bounded by the door's timeout, not by Node's five-minute request timeout.
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})
