import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { DEMO_ACCOUNT, startSandbox, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main as confirmedOrder } from '../src/confirmed-order.js'
import { main as loginAndQuote } from '../src/login-and-quote.js'
import { main as streaming } from '../src/streaming.js'
import { SESSION_MOMENT } from './session.js'

// Every example runs against a sandbox this test owns, through the same env vars a user would set.
let sb: Sandbox
let env: NodeJS.ProcessEnv
beforeAll(async () => {
  sb = await startSandbox({ now: SESSION_MOMENT, seed: 3, tickIntervalMs: 50, tokensPerTick: 50, rateLimits: false })
  env = {
    FIRSTOCK_BASE_URL: sb.baseUrl,
    FIRSTOCK_WS_URL: sb.wsUrl,
    FIRSTOCK_USER_ID: DEMO_ACCOUNT.userId,
    FIRSTOCK_PASSWORD: DEMO_ACCOUNT.password,
    FIRSTOCK_TOTP_SECRET: DEMO_ACCOUNT.totpSecret,
    FIRSTOCK_API_KEY: DEMO_ACCOUNT.apiKey,
    FIRSTOCK_VENDOR_CODE: DEMO_ACCOUNT.vendorCode,
  }
})
afterAll(() => sb.close())

const quiet = () => {}

test('example: login + quote', async () => {
  const result = await loginAndQuote(env, quiet)
  expect(result.userId).toBe(DEMO_ACCOUNT.userId)
  expect(result.lastTradedPrice).toBeGreaterThan(0)
  expect(sb.requests.map((r) => r.endpoint)).toEqual(expect.arrayContaining(['login', 'getQuoteLtp', 'getQuote', 'logout']))
})

test('example: confirmed order with reconcile after a lost answer', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 2 })
  const before = sb.requests.filter((r) => r.endpoint === 'placeOrder').length
  const lines: string[] = []
  const { reconciled, confirmed } = await confirmedOrder(env, (...args) => lines.push(args.join(' ')))
  expect(lines[0]).toMatch(/^no answer for \S+ - looking it up, NOT re-sending$/)
  expect(reconciled).toMatch(/\S/)
  expect(confirmed.recovered).toBe(true)
  expect(confirmed.order?.orderNumber).toBe(confirmed.orderNumber)
  // Two orders, each sent exactly once, both in the book.
  expect(sb.requests.filter((r) => r.endpoint === 'placeOrder')).toHaveLength(before + 2)
  const numbers = sb.orders(DEMO_ACCOUNT.userId).map((o) => o.orderNumber)
  expect(numbers).toEqual(expect.arrayContaining([reconciled, confirmed.orderNumber]))
})

test('example: streaming with for await', async () => {
  const lines: string[] = []
  const ticks = await streaming(env, (...args) => lines.push(args.join(' ')), 5)
  expect(ticks).toHaveLength(5)
  expect(ticks.every((t) => typeof t.lastPrice === 'number' && t.lastPrice > 0)).toBe(true)
  expect(lines).toContain('socket open')
})

test('behavior: with no FIRSTOCK_BASE_URL an example starts its own in-process sandbox', async () => {
  const { reconciled, confirmed } = await confirmedOrder({}, quiet)
  expect(reconciled).toMatch(/\S/)
  expect(confirmed.recovered).toBe(true)
})

test('behavior: an example runs as a program (tsx), against the env it is given', async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url))
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'src/login-and-quote.ts'], { cwd, env: { ...process.env, ...env } })
  expect(stdout).toMatch(/^logged in as .+\nNIFTY \d+(\.\d+)?\n/)
})
