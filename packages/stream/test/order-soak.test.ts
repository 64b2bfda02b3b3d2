import type { OrderUpdate } from '@firstock/core'
import type { Firstock } from '@firstock/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, demoFirstock, startTestSandbox, until, type Sandbox } from './sandbox.js'
import { collectUnhandled, orderStateKey, seededRandom } from './soak-kit.js'

// Order-update soak against the sandbox: orders are placed, filled, rejected and cancelled while the socket is
// dropped 20 times, many of them while it is down (the sandbox refuses the reconnect for a moment). The consumer
// must end with every order's final state, each state change once: nothing missed after a resync, no duplicate.

const DROPS = 20
let sb: Sandbox
let firstock: Firstock
let stream: Stream | undefined
const unhandled = collectUnhandled()
beforeAll(async () => {
  sb = await startTestSandbox({ tickIntervalMs: 0 })
  firstock = demoFirstock(sb)
  await firstock.login()
})
afterAll(async () => {
  await stream?.close()
  await sb.close()
})

test('soak: orders across 20 socket drops reach the consumer, each state once, none missed', { timeout: 60_000 }, async () => {
  const next = seededRandom(42)
  const stocks = sb.market.instruments().filter((i) => i.exchange === 'NSE' && i.tradingSymbol.endsWith('-EQ')).slice(0, 4)
  expect(stocks.length).toBe(4)
  stream = createStream({ provider: firstock, reconnect: { baseDelayMs: 10, maxDelayMs: 60, resetAfterMs: 200 }, connectTimeoutMs: 500 })
  const seen = new Map<string, OrderUpdate[]>()
  let resynced = 0
  const errors: unknown[] = []
  stream.on('error', (e) => errors.push(e))
  const consumer = (async () => {
    for await (const u of stream!.orders()) {
      const list = seen.get(u.orderNumber) ?? []
      list.push(u)
      seen.set(u.orderNumber, list)
      if (u.source === 'resync') resynced++
    }
  })()
  await stream.ready()

  const open: string[] = [] // resting limit orders that can be cancelled
  async function act(): Promise<void> {
    const inst = stocks[Math.floor(next() * stocks.length)]!
    const quote = sb.market.quote(inst.exchange, inst.token)!
    const roll = next()
    if (roll < 0.3 && open.length > 0) {
      await firstock.cancelOrder({ orderNumber: open.splice(Math.floor(next() * open.length), 1)[0]! })
      return
    }
    const base = { exchange: 'NSE', tradingSymbol: inst.tradingSymbol, quantity: 1, transactionType: 'B', retention: 'DAY', remarks: 'soak' } as const
    if (roll < 0.6) {
      await firstock.placeOrder({ ...base, product: 'I', priceType: 'MKT', price: 0 }) // fills at once
    } else if (roll < 0.9) {
      const far = Math.round((quote.ltp * 0.97) / quote.tickSize) * quote.tickSize
      const placed = await firstock.placeOrder({ ...base, product: 'I', priceType: 'LMT', price: Number(far.toFixed(2)) })
      open.push(placed.orderNumber)
    } else {
      await firstock.placeOrder({ ...base, product: 'M', priceType: 'MKT', price: 0 }) // rejected: no margin product on NSE cash
    }
  }

  const converged = () => {
    for (const order of sb.orders(DEMO_ACCOUNT.userId)) {
      const last = seen.get(order.orderNumber)?.at(-1)
      if (!last || orderStateKey(last) !== orderStateKey(order)) return false
    }
    return true
  }

  let opens = 0
  stream.on('state', (s) => s.status === 'open' && opens++)
  for (let drop = 0; drop < DROPS; drop++) {
    await act() // while the socket is up
    const before = opens
    sb.faults.ws({ kind: 'refuse', durationMs: 60 })
    sb.faults.ws({ kind: 'dropAll' })
    await act() // while it is down: these updates can only come from the resync
    await act()
    await until(() => opens > before, 5_000, `reconnect ${drop}`)
    await until(converged, 5_000, `the consumer to catch up after drop ${drop}`)
  }
  for (const orderNumber of open) await firstock.cancelOrder({ orderNumber })
  await until(converged, 5_000, 'the last cancels')

  const orders = sb.orders(DEMO_ACCOUNT.userId)
  let duplicates = 0
  let missedFinal = 0
  for (const order of orders) {
    const updates = seen.get(order.orderNumber) ?? []
    // Each state once: no update repeats the state (and report) just before it.
    const keys = updates.map((u) => `${orderStateKey(u)}|${u.reportType}`)
    duplicates += keys.filter((k, i) => i > 0 && k === keys[i - 1]).length
    // The final state reached the consumer exactly once.
    if (updates.filter((u) => orderStateKey(u) === orderStateKey(order)).length !== 1) missedFinal++
  }
  const statuses = new Set(orders.map((o) => o.status))
  expect(orders.length).toBeGreaterThanOrEqual(40)
  expect([...statuses].sort()).toEqual(['CANCELED', 'COMPLETE', 'REJECTED'])
  expect(duplicates).toBe(0)
  expect(missedFinal).toBe(0)
  expect(resynced).toBeGreaterThan(DROPS) // most drops had changes only the resync could report
  expect(errors).toEqual([])
  expect(unhandled).toEqual([])
  await stream.close()
  await consumer
})
