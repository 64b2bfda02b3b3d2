import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, test } from 'vitest'
import { fakeClient } from '../test/fake.js'
import { type Loopback, loopback } from '../test/loopback.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { NetworkError, OrderOutcomeUnknownError } from './errors.js'
import { fetchTransport, ServerClock, type Transport } from './transport.js'

const { getQuoteLtp, placeOrder } = v3Endpoints
const quote = { exchange: 'NSE', token: '26000' } as const
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' } as const
const ltp = JSON.stringify({ status: 'Success', data: { requestTime: 't', exchange: 'NSE', token: '26000', lastTradedPrice: '1.5' } })

const servers: Loopback[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})
async function serve(handler: Parameters<typeof loopback>[0]): Promise<Loopback> {
  const server = await loopback(handler)
  servers.push(server)
  return server
}
const clientFor = (server: Loopback, transport: Transport = fetchTransport(), maxResponseBytes?: number) =>
  fakeClient(transport, { baseUrl: `${server.url}api/V3/`, ...(maxResponseBytes ? { maxResponseBytes } : {}) })

/** A server that redirects every request to `elsewhere` with `status`. */
const redirecting = (elsewhere: Loopback, status: number) =>
  serve((_req, res) => {
    res.writeHead(status, { location: `${elsewhere.url}api/V3/placeOrder` })
    res.end()
  })

for (const status of [301, 302, 303, 307, 308]) {
  test(`redirect: fetchTransport refuses HTTP ${status}; the other host receives nothing, the error names the target`, async () => {
    const other = await serve((_req, res) => res.end(ltp))
    const server = await redirecting(other, status)
    const error = await call(clientFor(server), getQuoteLtp, quote).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ code: 'REDIRECT', httpStatus: status, endpoint: 'getQuoteLtp' })
    expect((error as Error).message).toContain(`${other.url}api/V3/placeOrder`)
    expect(server.received).toHaveLength(1) // a redirect is not retried
    expect(other.received).toHaveLength(0)
  })
}

test('redirect: an order answered with a 307 is an unknown outcome naming the target, never re-sent elsewhere', async () => {
  const other = await serve((_req, res) => res.end(ltp))
  const server = await redirecting(other, 307)
  const error = await call(clientFor(server), placeOrder, order).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
  expect((error as Error).message).toContain(other.url)
  expect(other.received).toHaveLength(0)
})

test('size: an answer above maxResponseBytes is a NetworkError BAD_RESPONSE', async () => {
  const big = JSON.stringify({ status: 'Success', data: { requestTime: 't', exchange: 'NSE', token: '26000', lastTradedPrice: '1.5', pad: 'x'.repeat(5_000) } })
  const server = await serve((_req, res) => res.end(big))
  const error = await call(clientFor(server, fetchTransport(), 4_096), getQuoteLtp, quote).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NetworkError)
  expect(error).toMatchObject({ code: 'BAD_RESPONSE', endpoint: 'getQuoteLtp' })
  expect((error as Error).message).toContain('4096 bytes')
  await expect(call(clientFor(server, fetchTransport(), 8_192), getQuoteLtp, quote)).resolves.toMatchObject({ lastTradedPrice: 1.5 })
})

test('size: the default cap stops a 20 MB answer without a content-length (chunked)', async () => {
  const server = await serve((_req, res) => {
    // A valid answer (JSON allows trailing white space), 20 MiB long, sent in chunks without a length.
    res.writeHead(200, { 'content-type': 'application/json' })
    res.on('error', () => undefined)
    res.write(ltp)
    const chunk = ' '.repeat(1 << 20)
    let sent = 0
    const more = () => {
      while (sent < 20 && res.write(chunk)) sent++
      if (sent >= 20) res.end()
      else res.once('drain', () => (sent++, more()))
    }
    more()
  })
  const error = await call(clientFor(server), getQuoteLtp, quote).catch((e: unknown) => e)
  expect(error).toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE' })
})

test('size: a gzip bomb is counted after decompression and stopped at the cap', async () => {
  // A valid answer followed by 64 MiB of white space: ~64 KiB on the wire.
  const bomb = gzipSync(Buffer.concat([Buffer.from(ltp), Buffer.alloc(64 * 1024 * 1024, 0x20)]))
  const server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length })
    res.end(bomb)
  })
  const error = await call(clientFor(server, fetchTransport(), 1 << 20), getQuoteLtp, quote).catch((e: unknown) => e)
  expect(error).toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE' })
})

test('size: an oversize answer to an order is an unknown outcome (the order may exist), not re-sent', async () => {
  const server = await serve((_req, res) => res.end(`{"status":"Success","data":{"orderNumber":"1","pad":"${'x'.repeat(10_000)}"}}`))
  const error = await call(clientFor(server, fetchTransport(), 4_096), placeOrder, order).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
  expect((error as OrderOutcomeUnknownError).cause).toMatchObject({ code: 'BAD_RESPONSE' })
  expect(server.received).toHaveLength(1)
})

test('size: a transport of the caller\'s own that ignores the cap is checked after the fact', async () => {
  const server = await serve(() => undefined)
  const lax: Transport = async () => ({ status: 200, text: `{"status":"Success","data":{"pad":"${'x'.repeat(10_000)}"}}` })
  const error = await call(clientFor(server, lax, 4_096), getQuoteLtp, quote).catch((e: unknown) => e)
  expect(error).toMatchObject({ name: 'NetworkError', code: 'BAD_RESPONSE' })
})

describe('ServerClock', () => {
  const received = Date.UTC(2026, 0, 5, 4, 0, 0)

  test('behavior: reads a local time on the server clock shown by the Date header', () => {
    const clock = new ServerClock()
    expect(clock.toServer(received)).toBe(received)
    clock.observe('Fri, 02 Jan 2026 04:00:00 GMT', undefined, received)
    expect(clock.toServer(received + 5_000)).toBe(Date.UTC(2026, 0, 2, 4, 0, 5))
  })

  test("behavior: without a Date header, uses the envelope's requestTime (IST); ignores what it cannot read", () => {
    const clock = new ServerClock()
    clock.observe(undefined, { requestTime: '09:30:00 09-01-2026' }, received)
    expect(clock.toServer(received)).toBe(Date.UTC(2026, 0, 9, 4, 0, 0))
    clock.observe('not a date', { requestTime: 'later' }, received)
    clock.observe(undefined, null, received)
    expect(clock.toServer(received)).toBe(Date.UTC(2026, 0, 9, 4, 0, 0))
  })
})
