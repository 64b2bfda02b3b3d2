// Using the sandbox in your own vitest suite: a real HTTP + WebSocket server on 127.0.0.1, a seeded market you
// step by hand, fault injection, and a log of every request your code sent. Copy this file into your project.
import { createFirstock, type Firstock } from '@firstock/node'
import { DEMO_ACCOUNT, startSandbox, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

// The code under test: a tiny bot that buys once when the price is below a limit.
async function buyTheDip(firstock: Firstock, limit: number): Promise<string | undefined> {
  const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: '1660' })
  if (lastTradedPrice === undefined || lastTradedPrice > limit) return undefined
  const ack = await firstock.placeOrder({
    exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT', remarks: 'dip-1',
  })
  return ack.orderNumber
}

let sb: Sandbox
let firstock: Firstock
beforeAll(async () => {
  // No live timer: the test moves prices. The sandbox keeps NSE hours, so the clock stands in a session (11:00 IST on a
  // trading day): the test passes at any hour.
  sb = await startSandbox({ seed: 1, tickIntervalMs: 0, rateLimits: false, now: '2026-12-02T11:00' })
  firstock = createFirstock({
    version: 'v3',
    baseUrl: sb.baseUrl,
    wsUrl: sb.wsUrl,
    userId: DEMO_ACCOUNT.userId,
    password: DEMO_ACCOUNT.password,
    totpSecret: DEMO_ACCOUNT.totpSecret,
    apiKey: DEMO_ACCOUNT.apiKey,
    vendorCode: DEMO_ACCOUNT.vendorCode,
  })
  await firstock.login()
})
afterAll(() => sb.close())
beforeEach(() => sb.faults.clear())

test('behavior: buys once when the price is under the limit', async () => {
  const orderNumber = await buyTheDip(firstock, Number.POSITIVE_INFINITY)
  expect(orderNumber).toBeDefined()
  sb.market.step(5) // move the market; a market order fills
  // The SDK sends your remarks as the prefix of a unique tag ('dip-1-k3j9x2ab0q').
  const mine = sb.orders(DEMO_ACCOUNT.userId).filter((o) => o.remarks?.startsWith('dip-1-'))
  expect(mine).toHaveLength(1)
  expect(mine[0]).toMatchObject({ orderNumber, tradingSymbol: 'ITC-EQ', transactionType: 'B' })
})

test('behavior: does nothing above the limit', async () => {
  const before = sb.requests.filter((r) => r.endpoint === 'placeOrder').length
  expect(await buyTheDip(firstock, 0)).toBeUndefined()
  expect(sb.requests.filter((r) => r.endpoint === 'placeOrder')).toHaveLength(before)
})

test('error: a lost answer surfaces as OrderOutcomeUnknownError and the order is not sent twice', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop' })
  const before = sb.requests.filter((r) => r.endpoint === 'placeOrder').length
  await expect(buyTheDip(firstock, Number.POSITIVE_INFINITY)).rejects.toMatchObject({ code: 'ORDER_OUTCOME_UNKNOWN' })
  expect(sb.requests.filter((r) => r.endpoint === 'placeOrder')).toHaveLength(before + 1)
})
