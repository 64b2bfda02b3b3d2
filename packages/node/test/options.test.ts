import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createFirstock, type FirstockOptions, ValidationError } from '../src/index.js'

// A server that counts requests: a refused option must never reach it.
let received = 0
let baseUrl: string
const server = createServer((_req, res) => {
  received++
  res.end('{"status":"Success","data":{"requestTime":"t","exchange":"NSE","token":"26000","lastTradedPrice":"1"}}')
})
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/V3/`
})
afterAll(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))))

const session = { userId: 'X', jKey: 'options-test-session-key-0123456789', createdAt: new Date(0).toISOString() }
const base = (): FirstockOptions => ({ version: 'v3', userId: 'X', baseUrl, session })

const bad: [string, unknown, RegExp][] = [
  ['options null', null, /createFirstock: options must be an object/],
  ['options a string', 'v3', /options must be an object/],
  ['version missing', { userId: 'X' }, /version must be one of v3, v1 \(got undefined\)/],
  ['version toString', { version: 'toString', userId: 'X' }, /version must be one of v3/],
  ['timeout a string', { ...base(), timeout: 'abc' }, /timeout must be a number of milliseconds from 1 to 2147483647 \(got "abc"\)/],
  ['timeout Infinity', { ...base(), timeout: Number.POSITIVE_INFINITY }, /timeout must be .* \(got Infinity\)/],
  ['timeout 2^31', { ...base(), timeout: 2 ** 31 }, /timeout must be/],
  ['timeout NaN', { ...base(), timeout: Number.NaN }, /timeout must be .* \(got NaN\)/],
  ['timeout negative', { ...base(), timeout: -1 }, /timeout must be/],
  ['a rate limit of 0', { ...base(), rateLimits: { quote: { limit: 0, windowMs: 1000 } } }, /rateLimits\.quote\.limit must be a whole number/],
  ['a rate-limit window of Infinity', { ...base(), rateLimits: { other: { limit: 5, windowMs: Number.POSITIVE_INFINITY } } }, /rateLimits\.other\.windowMs must be/],
  ['a rate limit without its window', { ...base(), rateLimits: { quote: { limit: 5 } } }, /rateLimits\.quote\.windowMs must be/],
  ['rateLimits true', { ...base(), rateLimits: true }, /rateLimits must be an object/],
  ['retry delay Infinity', { ...base(), retry: { baseDelayMs: Number.POSITIVE_INFINITY } }, /retry\.baseDelayMs must be/],
  ['retry attempts 1e9', { ...base(), retry: { attempts: 1e9 } }, /retry\.attempts must be a whole number from 1 to 10/],
  ['maxResponseBytes 0', { ...base(), maxResponseBytes: 0 }, /maxResponseBytes must be a whole number/],
  ['baseUrl a number', { ...base(), baseUrl: 8080 }, /baseUrl must be a string \(got 8080\)/],
  ['password a BigInt', { ...base(), password: 10n }, /password must be a string/],
  ['sessionStore without get', { ...base(), sessionStore: { set() {}, delete() {} } }, /sessionStore must be an object with get, set and delete/],
  ['transport not a function', { ...base(), transport: {} }, /transport must be a function/],
  ['session without jKey', { ...base(), session: { userId: 'X' } }, /session must be an object with userId and jKey/],
]

test.each(bad)('options: %s → ValidationError naming the option, never a raw TypeError', (_name, options, message) => {
  let error: unknown
  try {
    createFirstock(options as FirstockOptions)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ValidationError)
  expect(error).toMatchObject({ code: 'INVALID_INPUT', direction: 'request' })
  expect((error as Error).message).toMatch(message)
  expect(typeof (error as ValidationError).field).toBe('string')
})

test('options: per-call signal "x" or timeout "abc" → ValidationError, nothing sent; good options work', async () => {
  const firstock = createFirstock({ ...base(), rateLimits: { quote: { limit: 1000, windowMs: 1000 } } })
  const before = received
  const quote = { exchange: 'NSE', token: '26000' } as const
  await expect(firstock.getQuoteLtp(quote, { signal: 'x' } as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'signal' })
  await expect(firstock.getQuoteLtp(quote, { timeout: 'abc' } as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'timeout' })
  await expect(firstock.getQuoteLtp(quote, null as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'options' })
  expect(received).toBe(before)
  await expect(firstock.getQuoteLtp(quote, { timeout: 5_000, signal: new AbortController().signal })).resolves.toMatchObject({ lastTradedPrice: 1 })
  expect(received).toBe(before + 1)
})

test('options: instruments({ timeout: Infinity }) → ValidationError naming timeout, nothing downloaded', async () => {
  const firstock = createFirstock(base())
  const before = received
  await expect(firstock.instruments({ timeout: Number.POSITIVE_INFINITY, cacheDir: false })).rejects.toMatchObject({ name: 'ValidationError', field: 'timeout' })
  expect(received).toBe(before)
})
