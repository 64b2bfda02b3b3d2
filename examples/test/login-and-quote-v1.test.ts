import { DEMO_ACCOUNT, type Sandbox, startSandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main as loginAndQuote } from '../src/login-and-quote.js'
import { main as loginAndQuoteV1 } from '../src/login-and-quote-v1.js'
import { SESSION_MOMENT } from './session.js'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ now: SESSION_MOMENT, tickIntervalMs: 0 })
})
afterAll(() => sandbox.close())

const lines = () => {
  const logged: string[] = []
  return { logged, log: (...args: unknown[]) => logged.push(args.join(' ')) }
}

test('example: login + quote on V1, offline against an in-process sandbox', async () => {
  const { logged, log } = lines()
  const result = await loginAndQuoteV1({}, log)
  expect(result).toEqual({ userId: DEMO_ACCOUNT.userId, lastTradedPrice: expect.any(Number) })
  expect(logged[1]).toMatch(/^NIFTY \d+(\.\d+)?$/)
})

test('example: the V1 port of the V3 example sends its calls to /V1/ (the same NIFTY by symbol, not token)', async () => {
  const env = {
    FIRSTOCK_BASE_URL: sandbox.v1!.baseUrl,
    FIRSTOCK_USER_ID: DEMO_ACCOUNT.userId,
    FIRSTOCK_PASSWORD: DEMO_ACCOUNT.password,
    FIRSTOCK_TOTP_SECRET: DEMO_ACCOUNT.totpSecret,
    FIRSTOCK_API_KEY: DEMO_ACCOUNT.apiKey,
    FIRSTOCK_VENDOR_CODE: DEMO_ACCOUNT.vendorCode,
  }
  const v1 = await loginAndQuoteV1(env, () => {})
  const v3 = await loginAndQuote({ ...env, FIRSTOCK_BASE_URL: sandbox.baseUrl }, () => {})
  expect(v1.userId).toBe(v3.userId)
  expect(sandbox.requests.filter((r) => r.path.startsWith('/V1/')).map((r) => r.endpoint)).toEqual(['login', 'getQuoteLtp', 'getQuote', 'logout'])
})

test('example: with FIRSTOCK_BASE_URL but no account it says what is missing', async () => {
  await expect(loginAndQuoteV1({ FIRSTOCK_BASE_URL: sandbox.v1!.baseUrl }, () => {})).rejects.toThrow('FIRSTOCK_USER_ID is required')
})
