import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DEMO_ACCOUNT } from '@firstock/sandbox'
import { createFirstock, NetworkError } from '../src/index.js'
import { demoClient, sandbox } from './helpers.js'
import { sandboxProcess } from './sandbox-process.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

const token = { exchange: 'NSE', token: '26000' } as const

test('behavior: 1,000 concurrent calls never exceed the bucket and use at least 95 % of it', async () => {
  // A long window keeps per-request latency (which the limiter must add, see limiter.ts) small beside it.
  const limit = 250
  const windowMs = 10_000
  const server = await sandboxProcess()
  try {
    const firstock = createFirstock({ version: 'v3', baseUrl: server.baseUrl, userId: DEMO_ACCOUNT.userId, password: DEMO_ACCOUNT.password, totpSecret: DEMO_ACCOUNT.totpSecret, apiKey: DEMO_ACCOUNT.apiKey, vendorCode: DEMO_ACCOUNT.vendorCode, rateLimits: { quote: { limit, windowMs } } })
    await firstock.login()
    await Promise.all(Array.from({ length: 1000 }, () => firstock.getQuoteLtp(token)))
    const arrivals = (await server.requests()).filter((entry) => entry.endpoint === 'getQuoteLtp').map((entry) => entry.at)
    expect(arrivals).toHaveLength(1000)
    // At the server, never more than `limit` arrivals in any window.
    for (let i = limit; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - limit]!).toBeGreaterThanOrEqual(windowMs)
    // Use of the bucket: a freed slot is taken again soon, so the gap between a request and the one `limit`
    // before it stays close to the window (the limiter counts a slot from its answer, so latency adds to the gap).
    const gaps = arrivals.slice(limit).map((at, i) => at - arrivals[i]!)
    const meanGap = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length
    expect(windowMs / meanGap).toBeGreaterThanOrEqual(0.95)
  } finally {
    await server.close()
  }
}, 90_000)

test('behavior: the documented V3 limits apply by default (quotes 3/s)', async () => {
  const firstock = demoClient(sb)
  await firstock.login()
  const before = sb.requests.length
  await Promise.all(Array.from({ length: 7 }, () => firstock.getQuoteLtp(token)))
  const arrivals = sb.requests.slice(before).filter((entry) => entry.endpoint === 'getQuoteLtp').map((e) => e.at)
  expect(arrivals).toHaveLength(7)
  expect(arrivals[3]! - arrivals[0]!).toBeGreaterThanOrEqual(1000)
  expect(arrivals[6]! - arrivals[3]!).toBeGreaterThanOrEqual(1000)
}, 10_000)

test('behavior: aborting a queued call removes it from the queue and sends nothing', async () => {
  const firstock = demoClient(sb, { rateLimits: { quote: { limit: 1, windowMs: 60_000 } } })
  await firstock.login()
  const before = sb.requests.filter((entry) => entry.endpoint === 'getQuoteLtp').length
  await firstock.getQuoteLtp(token)
  const controller = new AbortController()
  const queued = firstock.getQuoteLtp(token, { signal: controller.signal })
  controller.abort()
  const error = await queued.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NetworkError)
  expect(error).toMatchObject({ code: 'ABORTED', sent: false })
  expect(sb.requests.filter((entry) => entry.endpoint === 'getQuoteLtp').length).toBe(before + 1)
})

test('behavior: a per-call timeout applies to every method', async () => {
  const firstock = demoClient(sb, { retry: { attempts: 1 } })
  await firstock.login()
  sb.faults.inject({ endpoint: 'orderBook', kind: 'slow', delayMs: 500, count: 1 })
  await expect(firstock.orderBook({}, { timeout: 100 })).rejects.toMatchObject({ code: 'TIMEOUT' })
})
