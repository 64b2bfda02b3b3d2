import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterEach, expect, test } from 'vitest'
import { createFirstock, fetchTransport, kyTransport, NetworkError, OrderOutcomeUnknownError, type Transport, undiciTransport } from '../src/index.js'

interface Server {
  url: string
  received: { path: string; body: string }[]
  close(): Promise<void>
}
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** A hostile HTTP server on loopback. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const received: Server['received'] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ path: req.url ?? '', body })
      res.on('error', () => undefined)
      handler(req, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const handle = {
    url,
    received,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
  servers.push(handle)
  return handle
}

const LOGIN = { password: 'hostile-test-password', apiKey: 'hostile-test-api-key-0123456789', vendorCode: 'X_API', totp: '123456' }
const ltp = JSON.stringify({ status: 'Success', data: { requestTime: 't', exchange: 'NSE', token: '26000', lastTradedPrice: '1.5' } })
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' } as const
const session = { userId: 'X', jKey: 'hostile-test-session-key-0123456789abcdef', createdAt: new Date(0).toISOString() }

const transports: [string, () => Transport][] = [
  ['default (undici)', () => undiciTransport()],
  ['ky with the global fetch', () => kyTransport()],
  ['ky with a custom fetch', () => kyTransport({ fetch: (input, init) => globalThis.fetch(input, init) })],
  ['fetch', () => fetchTransport()],
]

for (const [name, transport] of transports) {
  test(`redirect (${name}): a 307 is refused, naming the target; the other host receives no credentials, session or order`, async () => {
    const other = await serve((_req, res) => res.end(ltp))
    const server = await serve((req, res) => {
      res.writeHead(307, { location: `${other.url.slice(0, -1)}${req.url}` })
      res.end()
    })
    const firstock = createFirstock({ version: 'v3', userId: 'X', baseUrl: `${server.url}api/V3/`, ...LOGIN, session, transport: transport(), rateLimits: false })
    const login = await firstock.login().catch((e: unknown) => e)
    expect(login).toBeInstanceOf(NetworkError)
    expect(login).toMatchObject({ code: 'REDIRECT', httpStatus: 307 })
    expect((login as Error).message).toContain(`${other.url}api/V3/login`)
    const quote = await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' }).catch((e: unknown) => e)
    expect(quote).toMatchObject({ name: 'NetworkError', code: 'REDIRECT' })
    const placed = await firstock.placeOrder(order).catch((e: unknown) => e)
    expect(placed).toBeInstanceOf(OrderOutcomeUnknownError)
    expect((placed as Error).message).toContain(`${other.url}api/V3/placeOrder`)
    expect(other.received).toEqual([])
    expect(server.received).toHaveLength(3)
  })

  test(`size (${name}): an answer above maxResponseBytes is a NetworkError BAD_RESPONSE; for an order, an unknown outcome`, async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"status":"Success","data":{"requestTime":"t","orderNumber":"1","exchange":"NSE","token":"26000","lastTradedPrice":"1.5","pad":"${'x'.repeat(20_000)}"}}`)
    })
    const firstock = createFirstock({ version: 'v3', userId: 'X', baseUrl: `${server.url}api/V3/`, session, transport: transport(), rateLimits: false, maxResponseBytes: 10_000, retry: { attempts: 1 } })
    const quote = await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' }).catch((e: unknown) => e)
    expect(quote).toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE', endpoint: 'getQuoteLtp' })
    const placed = await firstock.placeOrder(order).catch((e: unknown) => e)
    expect(placed).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(server.received).toHaveLength(2)
  })
}

test('size (default transport): a 200 MB answer is stopped at the default cap', async () => {
  const server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write(ltp)
    const chunk = Buffer.alloc(1 << 20, 0x20)
    let sent = 0
    const more = () => {
      while (sent < 200 && !res.destroyed && res.write(chunk)) sent++
      if (sent >= 200) res.end()
      else if (!res.destroyed) res.once('drain', () => (sent++, more()))
    }
    more()
  })
  const firstock = createFirstock({ version: 'v3', userId: 'X', baseUrl: `${server.url}api/V3/`, session, rateLimits: false, retry: { attempts: 1 } })
  await expect(firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })).rejects.toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE' })
})

for (const [name, transport] of transports) {
  test(`size (${name}): a gzip bomb is counted after decompression`, async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from(ltp), Buffer.alloc(64 << 20, 0x20)]))
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length })
      res.end(bomb)
    })
    const firstock = createFirstock({ version: 'v3', userId: 'X', baseUrl: `${server.url}api/V3/`, session, rateLimits: false, retry: { attempts: 1 }, transport: transport() })
    await expect(firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })).rejects.toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE' })
  })
}

test('secrets: a server that echoes the SHA-256 of the password never gets it into errors or logs', async () => {
  const password = 'echo-test-password-5d1c'
  const hash = createHash('sha256').update(password).digest('hex')
  const server = await serve((_req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'Failed', code: '400', name: 'BAD_REQUEST', error: { field: hash, message: `password hash ${hash} does not match` } }))
  })
  const lines: string[] = []
  const log = (details: object, message?: string) => lines.push(`${message} ${JSON.stringify(details)}`)
  const firstock = createFirstock({
    version: 'v3',
    userId: 'ECHO1',
    baseUrl: `${server.url}api/V3/`,
    ...LOGIN,
    password,
    session: { ...session, userId: 'ECHO1' },
    logger: { debug: log, info: log, warn: log, error: log },
  })
  const errors = [await firstock.login().catch((e: unknown) => e), await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' }).catch((e: unknown) => e)]
  expect(errors.every((e) => e instanceof Error)).toBe(true)
  const shown = errors.flatMap((e) => [String(e), JSON.stringify(e), inspect(e, { depth: 10 }), (e as Error).stack ?? '']).concat(lines)
  expect(shown.join('\n')).toContain('does not match')
  expect(shown.join('\n')).not.toContain(hash)
})
