import { afterAll, beforeAll, expect, test } from 'vitest'
import { fakeClient } from '../test/fake.js'
import { type Loopback, loopback } from '../test/loopback.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ValidationError } from './errors.js'
import { createRateLimiter } from './limiter.js'
import { checkDuration, checkRetryOptions, MAX_DELAY_MS } from './options.js'
import { fetchTransport } from './transport.js'

const { placeOrder, getQuoteLtp } = v3Endpoints
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' } as const
const placed = JSON.stringify({ status: 'Success', data: { requestTime: 't', orderNumber: '1' } })

// Places every order after 20 ms, as a real exchange would.
let server: Loopback
beforeAll(async () => {
  server = await loopback((_req, res) => setTimeout(() => res.end(placed), 20))
})
afterAll(() => server.close())
const client = () => fakeClient(fetchTransport(), { baseUrl: `${server.url}api/V3/` })

const badDurations: unknown[] = [Number.POSITIVE_INFINITY, 2 ** 31, MAX_DELAY_MS + 1, Number.NaN, -1, 0, 'abc', '100', null, 10n, {}]

test.each(badDurations.map((value) => [shown(value), value]))('options: timeout %s → ValidationError naming timeout, nothing sent', async (_name, timeout) => {
  const before = server.received.length
  const error = await call(client(), placeOrder, order, { timeout } as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'timeout', endpoint: 'placeOrder', direction: 'request' })
  expect((error as Error).message).toMatch(/^placeOrder: timeout must be a number of milliseconds from 1 to 2147483647 \(got .+\)$/)
  expect(server.received.length).toBe(before)
})

test('options: the largest timeout a timer can wait is accepted and the order is placed', async () => {
  await expect(call(client(), placeOrder, order, { timeout: MAX_DELAY_MS })).resolves.toMatchObject({ orderNumber: '1' })
})

test.each([['x'], [{}], [{ aborted: 'no' }], [1]])('options: signal %j → ValidationError naming signal, nothing sent', async (signal) => {
  const before = server.received.length
  const error = await call(client(), getQuoteLtp, { exchange: 'NSE', token: '26000' }, { signal } as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  expect(error).toMatchObject({ field: 'signal' })
  expect(server.received.length).toBe(before)
})

test.each([[null], ['fast'], [[1]]])('options: call options %j → ValidationError naming options', async (options) => {
  const error = await call(client(), getQuoteLtp, { exchange: 'NSE', token: '26000' }, options as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  expect(error).toMatchObject({ field: 'options' })
})

test('options: a client-level timeout of Infinity is refused, not turned into 1 ms', async () => {
  const before = server.received.length
  const error = await call({ ...client(), timeoutMs: Number.POSITIVE_INFINITY }, placeOrder, order).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  expect(server.received.length).toBe(before)
})

test('options: rate limits of 0 requests, or a window of Infinity, NaN or 0 ms, are refused (they would hang every call)', () => {
  const limits = { quote: { limit: 3, windowMs: 1000 }, candles: { limit: 3, windowMs: 1000 }, order: { limit: 200, windowMs: 60_000 }, other: { limit: 10, windowMs: 1000 } }
  expect(() => createRateLimiter({ ...limits, quote: { limit: 0, windowMs: 1000 } })).toThrow(/limits\.quote\.limit must be a whole number from 1/)
  for (const windowMs of [Number.POSITIVE_INFINITY, Number.NaN, 0, -5, 2 ** 31]) {
    expect(() => createRateLimiter({ ...limits, other: { limit: 1, windowMs } })).toThrow(ValidationError)
  }
  expect(() => createRateLimiter({ ...limits, qoute: { limit: 1, windowMs: 1 } } as never)).toThrow(/limits\.qoute must be one of the buckets/)
  expect(() => createRateLimiter(limits)).not.toThrow()
})

test('options: retry delays and attempts are checked', () => {
  expect(() => checkRetryOptions('createFirstock', { baseDelayMs: Number.POSITIVE_INFINITY })).toThrow(/retry\.baseDelayMs must be a number of milliseconds/)
  expect(() => checkRetryOptions('createFirstock', { attempts: 0 })).toThrow(/retry\.attempts must be a whole number from 1 to 10/)
  expect(() => checkRetryOptions('createFirstock', { maxDelayMs: -1 })).toThrow(ValidationError)
  expect(checkRetryOptions('createFirstock', { attempts: 2, baseDelayMs: 0 })).toEqual({ attempts: 2, baseDelayMs: 0 })
  expect(checkDuration('x', 'delay', 0)).toBe(0)
})

function shown(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value) ?? value)
}
