import { describe, expect, test, vi } from 'vitest'
import { delay, failure, fakeClient, fakeTransport, hang, JKEY, json, session, success } from '../test/fake.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ApiError, NetworkError, OrderOutcomeUnknownError, RateLimitError, SessionError, ValidationError } from './errors.js'
import { createRateLimiter } from './limiter.js'
import { REDACTED } from './redact.js'
import type { Session } from './session.js'

const { getQuoteLtp, placeOrder, cancelOrder, orderBook, multiPlaceOrders } = v3Endpoints

const quote = { exchange: 'NSE', token: '26000' } as const
const ltp = success({ requestTime: '12:25:00 18-03-2023', exchange: 'NSE', token: '26000', lastTradedPrice: '17567.05' })
const order = {
  exchange: 'NSE',
  tradingSymbol: 'ITC-EQ',
  quantity: 1,
  price: 395.5,
  product: 'I',
  transactionType: 'B',
  priceType: 'LMT',
} as const
const placed = success({ requestTime: '09:43:15 11-04-2023', orderNumber: '23041100003641' })

const reset = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) })
const html502 = { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>' }
const json500 = failure('500', 'INTERNAL_ERROR', '', 'Something went wrong', 500)
const rateLimited = (retryAfter?: string) => json({ status: 'Failed', code: '429', name: 'API_RATE_LIMIT', error: { field: '', message: 'Too many requests' } }, 429, retryAfter)
const invalidJKey = failure('401', 'INVALID_JKEY', 'jKey', 'jKey parameter is invalid')

const settle = <T>(promise: Promise<T>) => promise.then(() => undefined, (error: unknown) => error)

describe('call: happy path', () => {
  test('behavior: adds userId + jKey, posts to base URL + path, parses data', async () => {
    const transport = fakeTransport(ltp)
    const result = await call(fakeClient(transport), getQuoteLtp, quote)
    expect(result.lastTradedPrice).toBe(17567.05)
    expect(transport.requests[0]!.url).toBe('http://fake.invalid/api/V3/getQuote/ltp')
    expect(transport.requests[0]!.json).toEqual({ userId: 'AB1234', jKey: JKEY, exchange: 'NSE', token: '26000' })
  })

  test('error: not logged in and no renewSession → SessionError, nothing sent', async () => {
    const transport = fakeTransport(ltp)
    const client = fakeClient(transport)
    await client.sessions.delete('AB1234')
    const err = await settle(call(client, getQuoteLtp, quote))
    expect(err).toBeInstanceOf(SessionError)
    expect(err).toMatchObject({ code: 'NOT_LOGGED_IN', endpoint: 'getQuoteLtp' })
    expect(transport.count).toBe(0)
  })

  test('error: a success answer that breaks the schema → ValidationError(direction response) with the raw data', async () => {
    const transport = fakeTransport(success({ requestTime: 't', exchange: 'NSE', token: '26000', lastTradedPrice: 'n/a' }))
    const err = await settle(call(fakeClient(transport), getQuoteLtp, quote))
    expect(err).toBeInstanceOf(ValidationError)
    expect(err).toMatchObject({ direction: 'response', field: 'lastTradedPrice', data: { lastTradedPrice: 'n/a' } })
    expect(transport.count).toBe(1)
  })
})

describe('call: retries of safe reads', () => {
  test.each([
    ['a connection reset', reset()],
    ['HTTP 429 API_RATE_LIMIT', rateLimited()],
    ['an HTML 502', html502],
    ['a JSON 500', json500],
  ])('behavior: a safe read retries after %s', async (_, first) => {
    const transport = fakeTransport(first, ltp)
    const result = await call(fakeClient(transport), getQuoteLtp, quote)
    expect(result.lastTradedPrice).toBe(17567.05)
    expect(transport.count).toBe(2)
  })

  test('behavior: attempts are bounded, then the last error surfaces', async () => {
    const transport = fakeTransport(reset())
    const err = await settle(call(fakeClient(transport, { retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 2 } }), getQuoteLtp, quote))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'NETWORK_ERROR', endpoint: 'getQuoteLtp' })
    expect(transport.count).toBe(4)
  })

  test.each([
    ['a 400 business error', failure('400', 'EXCHANGE/TOKEN', 'exchange/token', 'Invalid Exchange/Token')],
    ['a 404 carried by an HTTP 500', failure('404', 'ORDER_NOT_FOUND', 'orderNumber', 'Order not found', 500)],
  ])('behavior: %s is not retried', async (_, reply) => {
    const transport = fakeTransport(reply)
    const err = await settle(call(fakeClient(transport), orderBook, {}))
    expect(err).toBeInstanceOf(ApiError)
    expect(transport.count).toBe(1)
  })

  test('behavior: Retry-After is respected', async () => {
    const transport = fakeTransport(rateLimited('0.15'), ltp)
    const started = Date.now()
    await call(fakeClient(transport, { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5_000 } }), getQuoteLtp, quote)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(transport.count).toBe(2)
  })

  test('behavior: a RateLimitError surfaces once the attempts are used up', async () => {
    const transport = fakeTransport(rateLimited('0'))
    const err = await settle(call(fakeClient(transport), getQuoteLtp, quote))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(transport.count).toBe(3)
  })
})

describe('call: order writes are never retried', () => {
  test.each([
    ['a connection reset', reset()],
    ['a timeout', hang],
    ['an HTML 502', html502],
    ['a JSON 500', json500],
  ] as const)('behavior: never retries placeOrder; %s after sending → OrderOutcomeUnknownError', async (_, reply) => {
    const transport = fakeTransport(reply, placed)
    const err = await settle(call(fakeClient(transport), placeOrder, order, { timeout: 30 }))
    expect(transport.count).toBe(1)
    expect(err).toBeInstanceOf(OrderOutcomeUnknownError)
    const unknown = err as OrderOutcomeUnknownError
    const sentTag = transport.requests[0]!.json.remarks as string
    expect(sentTag).toMatch(/^fs-/)
    expect(unknown.tag).toBe(sentTag)
    expect(unknown.code).toBe('ORDER_OUTCOME_UNKNOWN')
    expect(unknown.endpoint).toBe('placeOrder')
    expect(unknown.retryable).toBe(false)
    expect(unknown.message).toContain(sentTag)
    expect(unknown.message).toContain('NOT re-sent')
    expect(unknown.request).toMatchObject({ userId: 'AB1234', jKey: REDACTED, remarks: sentTag, quantity: '1', price: '395.5' })
    expect(JSON.stringify(unknown)).not.toContain(JKEY)
    expect(unknown.cause).toBeInstanceOf(Error)
  })

  test('behavior: the caller’s remarks prefix the tag the error carries, the one that was sent', async () => {
    const transport = fakeTransport(reset())
    const err = await settle(call(fakeClient(transport), placeOrder, { ...order, remarks: 'my-bot-42' }))
    expect(err).toMatchObject({ name: 'OrderOutcomeUnknownError', tag: expect.stringMatching(/^my-bot-42-[0-9a-z]{10}$/) })
    expect((err as OrderOutcomeUnknownError).tag).toBe(transport.requests[0]!.json.remarks)
  })

  test('behavior: cancelOrder and multiPlaceOrders are never retried either', async () => {
    const cancel = fakeTransport(reset())
    expect(await settle(call(fakeClient(cancel), cancelOrder, { orderNumber: '23041100004071' }))).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(cancel.count).toBe(1)
    const multi = fakeTransport(rateLimited('0'))
    expect(await settle(call(fakeClient(multi), multiPlaceOrders, { data: [order] }))).toBeInstanceOf(RateLimitError)
    expect(multi.count).toBe(1)
  })

  test('behavior: a clear rejection of an order is an ApiError, not an unknown outcome', async () => {
    const transport = fakeTransport(failure('400', 'BAD_REQUEST', 'priceType', 'priceType cannot be undefined or NULL'))
    const err = await settle(call(fakeClient(transport), placeOrder, order))
    expect(err).toBeInstanceOf(ApiError)
    expect(err).not.toBeInstanceOf(OrderOutcomeUnknownError)
    expect(transport.count).toBe(1)
  })

  test('error: connection refused (cause.code ECONNREFUSED) → NetworkError with sent=false, for reads and orders', async () => {
    const transport = fakeTransport(refused())
    const err = await settle(call(fakeClient(transport), placeOrder, order))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).not.toBeInstanceOf(OrderOutcomeUnknownError)
    expect(err).toMatchObject({ sent: false, code: 'CONNECTION_FAILED', endpoint: 'placeOrder' })
    expect(transport.count).toBe(1)
    const read = fakeTransport(refused())
    expect(await settle(call(fakeClient(read, { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }), getQuoteLtp, quote))).toMatchObject({ sent: false })
  })
})

describe('call: timeout and abort', () => {
  test('behavior: timeout works with a transport that honours the signal', async () => {
    const transport = fakeTransport(hang)
    const started = Date.now()
    const err = await settle(call(fakeClient(transport, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }), getQuoteLtp, quote, { timeout: 25 }))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'TIMEOUT', endpoint: 'getQuoteLtp' })
    expect((err as Error).message).toContain('25 ms')
    expect(transport.count).toBe(2)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  test('behavior: the client timeout applies when the call gives none', async () => {
    const transport = fakeTransport(hang)
    const err = await settle(call(fakeClient(transport, { timeoutMs: 20, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }), getQuoteLtp, quote))
    expect(err).toMatchObject({ code: 'TIMEOUT' })
  })

  test('behavior: abort by the caller while waiting for the answer is not retried', async () => {
    const transport = fakeTransport(hang)
    const controller = new AbortController()
    const pending = settle(call(fakeClient(transport), getQuoteLtp, quote, { signal: controller.signal }))
    await delay(5)
    controller.abort()
    expect(await pending).toMatchObject({ name: 'NetworkError', code: 'ABORTED' })
    expect(transport.count).toBe(1)
  })

  test('behavior: an already aborted signal sends nothing', async () => {
    const transport = fakeTransport(ltp)
    const err = await settle(call(fakeClient(transport), getQuoteLtp, quote, { signal: AbortSignal.abort() }))
    expect(err).toMatchObject({ code: 'ABORTED', sent: false })
    expect(transport.count).toBe(0)
  })

  test('behavior: abort while queued in the limiter removes the call and sends nothing', async () => {
    const limiter = createRateLimiter({
      quote: { limit: 1, windowMs: 60_000 },
      candles: { limit: 1, windowMs: 60_000 },
      order: { limit: 1, windowMs: 60_000 },
      other: { limit: 1, windowMs: 60_000 },
    })
    const transport = fakeTransport(ltp)
    const client = fakeClient(transport, { limiter })
    await call(client, getQuoteLtp, quote)
    const controller = new AbortController()
    const queued = settle(call(client, getQuoteLtp, quote, { signal: controller.signal }))
    await delay(5)
    expect(limiter.pending('quote')).toBe(1)
    controller.abort()
    const err = await queued
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ABORTED', sent: false, endpoint: 'getQuoteLtp' })
    expect((err as Error).message).toMatch(/^getQuoteLtp: /)
    expect(limiter.pending('quote')).toBe(0)
    expect(transport.count).toBe(1)
  })

  test('behavior: an order aborted while queued is not an unknown outcome (nothing was sent)', async () => {
    const limiter = createRateLimiter({
      quote: { limit: 1, windowMs: 60_000 },
      candles: { limit: 1, windowMs: 60_000 },
      order: { limit: 1, windowMs: 60_000 },
      other: { limit: 1, windowMs: 60_000 },
    })
    const transport = fakeTransport(placed)
    const client = fakeClient(transport, { limiter })
    await call(client, placeOrder, order)
    const controller = new AbortController()
    const queued = settle(call(client, placeOrder, order, { signal: controller.signal }))
    await delay(5)
    controller.abort()
    const err = await queued
    expect(err).not.toBeInstanceOf(OrderOutcomeUnknownError)
    expect(err).toMatchObject({ code: 'ABORTED', sent: false })
    expect(transport.count).toBe(1)
  })
})

describe('call: session renewal', () => {
  const NEW_KEY = 'b'.repeat(64)

  /** The server accepts only the new key. */
  const server = () =>
    fakeTransport((request) => (JSON.parse(request.body).jKey === NEW_KEY ? ltp : invalidJKey))

  test('behavior: SessionError triggers exactly one shared renewSession for concurrent safe calls and replays them', async () => {
    const transport = server()
    let client = fakeClient(transport)
    const renewSession = vi.fn(async (): Promise<Session> => {
      await delay(10)
      const fresh = session(NEW_KEY)
      await client.sessions.set(fresh)
      return fresh
    })
    client = { ...client, renewSession }
    const results = await Promise.all([1, 2, 3, 4].map(() => call(client, getQuoteLtp, quote)))
    expect(results.map((r) => r.lastTradedPrice)).toEqual([17567.05, 17567.05, 17567.05, 17567.05])
    expect(renewSession).toHaveBeenCalledTimes(1)
    const keys = transport.requests.map((r) => r.json.jKey)
    expect(keys.filter((k) => k === JKEY)).toHaveLength(4)
    expect(keys.filter((k) => k === NEW_KEY)).toHaveLength(4)
  })

  test('behavior: a renewal that does not help surfaces the SessionError after one replay', async () => {
    const transport = fakeTransport(invalidJKey)
    const renewSession = vi.fn(async () => undefined)
    const err = await settle(call(fakeClient(transport, { renewSession }), getQuoteLtp, quote))
    expect(err).toBeInstanceOf(SessionError)
    expect(renewSession).toHaveBeenCalledTimes(1)
    expect(transport.count).toBe(2)
  })

  test('behavior: orders surface the SessionError without replay', async () => {
    const transport = server()
    const renewSession = vi.fn(async () => session(NEW_KEY))
    const err = await settle(call(fakeClient(transport, { renewSession }), placeOrder, order))
    expect(err).toBeInstanceOf(SessionError)
    expect(err).toMatchObject({ code: 'INVALID_JKEY', field: 'jKey' })
    expect(transport.count).toBe(1)
  })

  test('behavior: with no session yet, renewSession logs in first', async () => {
    const transport = server()
    let client = fakeClient(transport)
    await client.sessions.delete('AB1234')
    const renewSession = vi.fn(async () => {
      const fresh = session(NEW_KEY)
      await client.sessions.set(fresh)
      return fresh
    })
    client = { ...client, renewSession }
    await call(client, getQuoteLtp, quote)
    expect(renewSession).toHaveBeenCalledTimes(1)
    expect(transport.count).toBe(1)
    expect(transport.requests[0]!.json.jKey).toBe(NEW_KEY)
  })
})
