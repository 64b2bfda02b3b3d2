import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import {
  ApiError,
  FirstockError,
  NetworkError,
  OrderOutcomeUnknownError,
  RateLimitError,
  ValidationError,
} from '../src/index.js'
import { countRequests, demoClient, sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

const marketBuy = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeout: 500 } as const

describe('safe reads', () => {
  test.each(['html502', 'json500', 'reset', 'truncate', 'rateLimit'] as const)(
    'behavior: a read retries after a %s and succeeds',
    async (kind) => {
      const firstock = demoClient(sb, fast)
      await firstock.login()
      sb.faults.inject({ endpoint: 'limit', kind, count: 1 })
      const before = countRequests(sb, 'limit')
      await expect(firstock.limit()).resolves.toBeTypeOf('object')
      expect(countRequests(sb, 'limit')).toBe(before + 2)
    },
  )

  test('behavior: retries are bounded', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    sb.faults.inject({ endpoint: 'limit', kind: 'json500', count: 10 })
    const before = countRequests(sb, 'limit')
    await expect(firstock.limit()).rejects.toBeInstanceOf(ApiError)
    expect(countRequests(sb, 'limit')).toBe(before + 3)
    sb.faults.clear()
  })

  test('behavior: a hanging read times out with a NetworkError', async () => {
    const firstock = demoClient(sb, { ...fast, retry: { attempts: 1 }, timeout: 200 })
    await firstock.login()
    sb.faults.inject({ endpoint: 'limit', kind: 'hang', count: 1 })
    const error = await firstock.limit().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ code: 'TIMEOUT' })
  })
})

describe('orders', () => {
  test.each(['html502', 'json500', 'reset', 'truncate', 'hang', 'acceptThenDrop'] as const)(
    'behavior: placeOrder is never retried; %s → OrderOutcomeUnknownError with its tag',
    async (kind) => {
      const firstock = demoClient(sb, fast)
      await firstock.login()
      sb.faults.inject({ endpoint: 'placeOrder', kind, count: 1 })
      const before = countRequests(sb, 'placeOrder')
      const error = await firstock.placeOrder(marketBuy).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
      const unknown = error as OrderOutcomeUnknownError
      expect(unknown.tag).toMatch(/^fs-/)
      expect(unknown.request).toMatchObject({ remarks: unknown.tag, jKey: '[REDACTED]' })
      expect(unknown.message).toContain('NOT re-sent')
      expect(countRequests(sb, 'placeOrder')).toBe(before + 1)
      // acceptThenDrop and truncate act before the answer is lost; the others never reach the order book.
      const reconciled = await firstock.reconcileOrder(unknown.tag!, { attempts: 1 })
      expect(reconciled.found).toBe(kind === 'acceptThenDrop' || kind === 'truncate')
    },
  )

  test('behavior: a rate-limited order is a RateLimitError (a verdict), not retried', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'rateLimit', count: 1 })
    const before = countRequests(sb, 'placeOrder')
    await expect(firstock.placeOrder(marketBuy)).rejects.toBeInstanceOf(RateLimitError)
    expect(countRequests(sb, 'placeOrder')).toBe(before + 1)
  })

  test('behavior: placeOrderAndConfirm finds an order whose answer was dropped', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 1 })
    const confirmed = await firstock.placeOrderAndConfirm({ ...marketBuy, remarks: 'bot-42' }, { intervalMs: 10 })
    expect(confirmed).toMatchObject({ tag: expect.stringMatching(/^bot-42-[0-9a-z]{10}$/), recovered: true })
    expect(confirmed.order?.remarks).toBe(confirmed.tag)
  })

  test('behavior: placeOrderAndConfirm keeps OrderOutcomeUnknownError when the order book cannot be read either', async () => {
    const firstock = demoClient(sb, { ...fast, retry: { attempts: 1 } })
    await firstock.login()
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 1 })
    sb.faults.inject({ endpoint: 'orderBook', kind: 'html502', count: 5 })
    const error = await firstock.placeOrderAndConfirm({ ...marketBuy, remarks: 'bot-43' }, { attempts: 2, intervalMs: 10 }).catch((e: unknown) => e)
    sb.faults.clear()
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    const tag = (error as OrderOutcomeUnknownError).tag!
    expect(tag).toMatch(/^bot-43-[0-9a-z]{10}$/)
    expect((await firstock.reconcileOrder(tag, { attempts: 1 })).found).toBe(true)
  })

  test('behavior: placeOrderAndConfirm confirms a normal order from the order book', async () => {
    const firstock = demoClient(sb, fast)
    const confirmed = await firstock.placeOrderAndConfirm(marketBuy)
    expect(confirmed.recovered).toBe(false)
    expect(confirmed.order?.orderNumber).toBe(confirmed.orderNumber)
  })

  test('error: bad input is rejected before any network call', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    const before = countRequests(sb, 'placeOrder')
    const cases: [unknown, string][] = [
      [{ ...marketBuy, quantity: -1 }, 'quantity'],
      [{ ...marketBuy, priceType: 'LMT', price: 0 }, 'price'],
      [{ ...marketBuy, exchange: 'NYSE' }, 'exchange'],
      [{ ...marketBuy, quantiy: 1 }, 'quantiy'],
    ]
    for (const [input, field] of cases) {
      const error = await firstock.placeOrder(input as never).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).field).toBe(field)
      expect((error as ValidationError).message).toMatch(new RegExp(`^placeOrder: ${field} `))
    }
    expect(countRequests(sb, 'placeOrder')).toBe(before)
  })
})

describe('reconcileOrder options', () => {
  test('behavior: an abort during the pause between reads rejects at once with NetworkError ABORTED', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    const controller = new AbortController()
    const before = countRequests(sb, 'orderBook')
    // Never found, and the pause is the longest a timer can wait: only the abort can end this look-up.
    const looking = firstock
      .reconcileOrder('no-such-tag', { attempts: 1000, intervalMs: 2 ** 31 - 1, signal: controller.signal })
      .catch((e: unknown) => e)
    await vi.waitFor(() => expect(countRequests(sb, 'orderBook')).toBe(before + 1))
    controller.abort()
    const error = await looking
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ code: 'ABORTED', endpoint: 'reconcileOrder' })
    expect(countRequests(sb, 'orderBook')).toBe(before + 1)
  })

  test('error: attempts, intervalMs, sentAt and tag are checked before the order book is read', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    const before = countRequests(sb, 'orderBook')
    const cases: [string, unknown, string][] = [
      ['t', { attempts: 1e9 }, 'attempts'],
      ['t', { attempts: 0 }, 'attempts'],
      ['t', { attempts: 1.5 }, 'attempts'],
      ['t', { attempts: Number.POSITIVE_INFINITY }, 'attempts'],
      ['t', { intervalMs: -1 }, 'intervalMs'],
      ['t', { intervalMs: Number.POSITIVE_INFINITY }, 'intervalMs'],
      ['t', { intervalMs: '500' }, 'intervalMs'],
      ['t', { sentAt: new Date(Number.NaN) }, 'sentAt'],
      ['', {}, 'tag'],
    ]
    for (const [tag, options, field] of cases) {
      const error = await firstock.reconcileOrder(tag, options as never).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect(error).toMatchObject({ field, message: expect.stringMatching(new RegExp(`^reconcileOrder: ${field} must be`)) })
    }
    expect(countRequests(sb, 'orderBook')).toBe(before)
  })
})

test('behavior: 1,000 orders under mixed faults — nothing sent twice, every call settles typed, every dropped order reconciles', async () => {
  const local = await sandbox({ seed: 11 })
  try {
    // The timeout only has to end the 25 hangs; a loaded CI machine can take seconds to answer 1,000 orders.
    const firstock = demoClient(local, { rateLimits: { order: { limit: 100, windowMs: 100 } }, timeout: 8_000, retry: { baseDelayMs: 5, maxDelayMs: 20 } })
    await firstock.login()
    const kinds = ['reset', 'hang', 'html502', 'acceptThenDrop', 'json500', 'truncate'] as const
    for (const kind of kinds) local.faults.inject({ endpoint: 'placeOrder', kind, count: 25 })
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const settled = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => firstock.placeOrder({ ...marketBuy, remarks: `bulk-${i}` })),
    )
    process.off('unhandledRejection', onUnhandled)
    const requests = local.requests.filter((entry) => entry.endpoint === 'placeOrder')
    const tags = requests.map((entry) => (entry.body as { remarks?: string }).remarks)
    expect(requests).toHaveLength(1000)
    expect(new Set(tags).size).toBe(1000)
    for (const result of settled) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(FirstockError)
    }
    const unknowns = settled.flatMap((r) => (r.status === 'rejected' && r.reason instanceof OrderOutcomeUnknownError ? [r.reason] : []))
    expect(unknowns.length).toBe(150)
    const book = await firstock.orderBook()
    // Faults that act before answering (the order exists, the answer is lost or cut) versus faults that never act.
    const acting = new Set([undefined, 'acceptThenDrop', 'truncate'])
    const accepted = requests.filter((entry) => acting.has(entry.fault)).length
    expect(accepted).toBe(1000 - 4 * 25)
    expect(book).toHaveLength(accepted)
    expect(unhandled).toEqual([])
    const faultOf = (tag: string | undefined) => requests.find((r) => (r.body as { remarks?: string }).remarks === tag)?.fault
    for (const error of unknowns) {
      const found = await firstock.reconcileOrder(error.tag!, { attempts: 1 })
      expect(found.found).toBe(acting.has(faultOf(error.tag)))
    }
  } finally {
    await local.close()
  }
}, 60_000)
