import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { NetworkError, undiciTransport } from '../src/index.js'
import { demoClient, sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

const token = { exchange: 'NSE', token: '26000' } as const

test('behavior: concurrent calls are sent in the order they were made and never exceed the bucket', async () => {
  // How fully the bucket is used depends on the machine's load: that figure is a row of the benchmark (bench/).
  const limit = 5
  const windowMs = 400
  const sent: string[] = []
  const transport = undiciTransport()
  const firstock = demoClient(sb, {
    rateLimits: { quote: { limit, windowMs } },
    transport: (request) => {
      if (request.url.endsWith('/getQuote/ltp')) sent.push(JSON.parse(request.body).token)
      return transport(request)
    },
  })
  await firstock.login()
  const tokens = Array.from({ length: 4 * limit }, (_, i) => String(26_000 + i))
  const before = sb.requests.length
  await Promise.allSettled(tokens.map((t) => firstock.getQuoteLtp({ exchange: 'NSE', token: t })))
  expect(sent).toEqual(tokens)
  const arrivals = sb.requests.slice(before).filter((entry) => entry.endpoint === 'getQuoteLtp').map((entry) => entry.at)
  expect(arrivals).toHaveLength(tokens.length)
  // At the server, never more than `limit` arrivals in any window.
  for (let i = limit; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - limit]!).toBeGreaterThanOrEqual(windowMs)
})

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
