import type { OrderUpdate } from '@firstock/core'
import {
  ApiError,
  type Firstock,
  LegsRejectedError,
  NetworkError,
  OrderOutcomeUnknownError,
  OrderSessionExpiredError,
  type PlacedLeg,
} from '@firstock/node'
import type { HttpFaultKind } from '@firstock/sandbox'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, demoFirstock, startTestSandbox, until, type Sandbox } from './sandbox.js'
import { collectUnhandled, orderStateKey, seededRandom } from './soak-kit.js'

/**
 * The whole order path under stress: 500 mixed order calls (single, multi-leg with random rejected legs,
 * strategies) under the sandbox's REST faults (lost answers, 5xx, resets, timeouts, garbage answers, expired
 * sessions) while an order-update stream is dropped 20 times. Afterwards: every rejected leg was reported as
 * rejected, every order at the sandbox is known to the caller (placed, or reconciled by its tag after an unknown
 * outcome), no order exists twice, and the stream delivered every order's final state exactly once.
 */
const CALLS = 500
/** Order calls time out fast (the `hang` fault holds their answer); reads keep the default, also under load. */
const orderCall = { timeout: 250 }
const DROPS = 20
let sb: Sandbox
let firstock: Firstock
let stream: Stream | undefined
const unhandled = collectUnhandled()
beforeAll(async () => {
  sb = await startTestSandbox({ seed: 7, tickIntervalMs: 0 })
  firstock = demoFirstock(sb, { retry: { baseDelayMs: 1, maxDelayMs: 5 } })
  await firstock.login()
})
afterAll(async () => {
  await stream?.close()
  await sb.close()
})

const FAULTS: (HttpFaultKind | undefined)[] = [
  ...Array<undefined>(10).fill(undefined),
  'acceptThenDrop', 'truncate', 'malformed', 'json500', 'html502', 'reset', 'hang', 'expireSession', 'rejectLeg',
]

/** What the caller ends up knowing about one call. */
interface Outcome {
  tags: string[]
  /** Legs expected to be refused (unknown symbol or a rejectLeg fault), by 1-based leg. */
  refused: Set<number>
  legs: number
  placed: string[]
  rejected: number[]
  unknown: boolean
}

test('soak: 500 mixed orders under faults and 20 stream drops → rejected legs reported, every order known, none twice, no update missed', { timeout: 120_000 }, async () => {
  const next = seededRandom(2112)
  stream = createStream({ provider: firstock, reconnect: { baseDelayMs: 10, maxDelayMs: 60, resetAfterMs: 200 }, connectTimeoutMs: 500 })
  const seen = new Map<string, OrderUpdate[]>()
  const streamErrors: unknown[] = []
  stream.on('error', (e) => streamErrors.push(e))
  let opens = 0
  stream.on('state', (s) => s.status === 'open' && opens++)
  const consumer = (async () => {
    for await (const u of stream!.orders()) seen.set(u.orderNumber, [...(seen.get(u.orderNumber) ?? []), u])
  })()
  await stream.ready()

  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const options = sb.market.instruments().filter((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && i.optionType === 'CE')
  const series = options.filter((i) => i.expiry === options[0]!.expiry).sort((a, b) => a.strike! - b.strike!)
  const symbols = ['ITC-EQ', 'SBIN-EQ', 'RELIANCE-EQ', 'INFY-EQ']
  const outcomes: Outcome[] = []
  let placeRequests = 0

  for (let i = 0; i < CALLS; i++) {
    const side = i % 2 === 0 ? 'B' : 'S'
    const kind = next()
    const fault = pick(FAULTS)
    const outcome: Outcome = { tags: [], refused: new Set(), legs: 1, placed: [], rejected: [], unknown: false }
    let run: () => Promise<PlacedLeg[] | { orderNumber: string }>
    let endpoint: string
    if (kind < 0.5) {
      const tag = `soak-${i}`
      outcome.tags = [tag]
      endpoint = 'placeOrder'
      placeRequests++
      run = () => firstock.placeOrder({ exchange: 'NSE', tradingSymbol: pick(symbols), quantity: 1, price: 0, product: 'I', transactionType: side, priceType: 'MKT', remarks: tag }, orderCall)
    } else if (kind < 0.8) {
      const count = 2 + Math.floor(next() * 3)
      outcome.legs = count
      const data = Array.from({ length: count }, (_, leg) => {
        const bad = next() < 0.15
        if (bad) outcome.refused.add(leg + 1)
        return { exchange: 'NSE', tradingSymbol: bad ? 'NOSUCH-EQ' : pick(symbols), quantity: 1, price: 0, product: 'I', transactionType: side, priceType: 'MKT' } as const
      })
      endpoint = 'multiPlaceOrders'
      run = () => firstock.multiPlaceOrders({ data }, orderCall)
    } else {
      const tag = `soak-s${i}`
      outcome.tags = [tag]
      outcome.legs = 2
      const strike = series[Math.floor(series.length / 2)]!
      endpoint = 'longStraddle'
      run = () => firstock.longStraddle({ symbol: 'NIFTY', expiry: strike.expiry!, strikePrice: strike.strike!, product: 'I', quantity: strike.lotSize, remarks: tag }, orderCall)
    }
    if (fault === 'rejectLeg' && endpoint !== 'placeOrder') outcome.refused.add(outcome.legs)
    if (fault === 'expireSession') sb.expireSession(DEMO_ACCOUNT.userId)
    else if (fault && !(fault === 'rejectLeg' && endpoint === 'placeOrder')) sb.faults.inject({ endpoint, kind: fault, leg: outcome.legs })

    try {
      const result = await run()
      if (Array.isArray(result)) {
        outcome.placed = result.map((leg) => leg.orderNumber)
        if (outcome.tags.length === 0) outcome.tags = result.map((leg) => leg.tag!)
      } else outcome.placed = [result.orderNumber]
    } catch (error) {
      if (error instanceof LegsRejectedError) {
        outcome.placed = error.placed.map((leg) => leg.orderNumber)
        outcome.rejected = error.rejected.map((leg) => leg.leg)
        if (outcome.tags.length === 0) outcome.tags = [...error.placed, ...error.rejected].sort((a, b) => a.leg - b.leg).map((leg) => leg.tag!)
      } else if (error instanceof OrderOutcomeUnknownError) {
        outcome.unknown = true
        outcome.tags = error.legTags ? [...error.legTags] : [error.tag!]
        // Reconcile by tag, as the error says: each order found this way is now known.
        for (const tag of outcome.tags) {
          const found = await firstock.reconcileOrder(tag, { attempts: 1 })
          if (found.found) outcome.placed.push(...found.orders.map((order) => order.orderNumber))
        }
      } else if (error instanceof OrderSessionExpiredError) {
        expect(error.orderMayHaveBeenPlaced).toBe(false)
      } else if (error instanceof ApiError || error instanceof NetworkError) {
        // A verdict (e.g. an order refused outright): nothing placed. Checked below against the sandbox.
      } else throw error
    }
    outcomes.push(outcome)
    sb.faults.clear()
    if (i % (CALLS / DROPS) === 0) {
      // Drop the order stream and keep it away for a moment: the next calls' updates can only come from the resync.
      sb.faults.ws({ kind: 'refuse', durationMs: 60 })
      sb.faults.ws({ kind: 'dropAll' })
    }
  }

  const atSandbox = sb.orders(DEMO_ACCOUNT.userId)
  // The stream: each order's final state reached the consumer exactly once, with no state repeated.
  const converged = () => atSandbox.every((order) => {
    const last = seen.get(order.orderNumber)?.at(-1)
    return last !== undefined && orderStateKey(last) === orderStateKey(order)
  })
  await until(converged, 30_000, 'the order stream to catch up').catch((error: Error) => {
    const behind = atSandbox.filter((order) => {
      const last = seen.get(order.orderNumber)?.at(-1)
      return last === undefined || orderStateKey(last) !== orderStateKey(order)
    })
    const detail = behind.slice(0, 5).map((order) => ({
      order: { orderNumber: order.orderNumber, state: orderStateKey(order), remarks: order.remarks },
      updates: (seen.get(order.orderNumber) ?? []).map((u) => `${orderStateKey(u)}|${u.reportType}|${u.source}`),
    }))
    throw new Error(`${error.message}: ${behind.length} of ${atSandbox.length} orders behind: ${JSON.stringify(detail, null, 1)}; stream errors: ${streamErrors.map(String).join('; ')}`)
  })
  for (const order of atSandbox) {
    const keys = (seen.get(order.orderNumber) ?? []).map((u) => `${orderStateKey(u)}|${u.reportType}`)
    expect(keys.filter((k, i) => i > 0 && k === keys[i - 1]), order.orderNumber).toEqual([])
    expect(keys.filter((k) => k.startsWith(`${orderStateKey(order)}|`)).length, order.orderNumber).toBe(1)
  }
  expect(opens).toBeGreaterThan(DROPS)
  // The only stream errors allowed: a resync read refused because the session had just expired again (the soak
  // expires it often); the read is retried, and the stream caught up above.
  for (const error of streamErrors) expect(error).toMatchObject({ code: 'ORDER_RESYNC_FAILED', cause: { code: 'SESSION_EXPIRED' } })
  expect(unhandled).toEqual([])
  await stream.close()
  await consumer

  const known = new Set(outcomes.flatMap((o) => o.placed))
  // Every order that exists is known to the caller, and the caller knows of no order that does not exist.
  expect(atSandbox.filter((order) => !known.has(order.orderNumber))).toEqual([])
  expect([...known].filter((number) => !atSandbox.some((order) => order.orderNumber === number))).toEqual([])
  // No duplicates: each single or multi leg tag is on at most one order, a strategy tag on at most its legs.
  // (A `remarks` given by the caller is the prefix of the tag: the SDK adds a unique suffix.)
  for (const outcome of outcomes) {
    for (const tag of outcome.tags) {
      const orders = atSandbox.filter((order) => order.remarks === tag || order.remarks.startsWith(`${tag}-`))
      expect(orders.length).toBeLessThanOrEqual(tag.startsWith('soak-s') ? 2 : 1)
    }
  }
  expect(sb.requests.filter((r) => r.endpoint === 'placeOrder')).toHaveLength(placeRequests)
  // Every leg expected to be refused was reported as rejected (when an answer came back).
  const answered = outcomes.filter((o) => !o.unknown && (o.placed.length > 0 || o.rejected.length > 0))
  for (const outcome of answered) {
    for (const leg of outcome.refused) expect(outcome.rejected).toContain(leg)
    expect(outcome.placed.length + outcome.rejected.length).toBe(outcome.legs)
  }
  // The run covered every case it claims to.
  expect(outcomes.filter((o) => o.rejected.length > 0).length).toBeGreaterThan(20)
  expect(outcomes.filter((o) => o.unknown && o.placed.length > 0).length).toBeGreaterThan(10)
  expect(outcomes.filter((o) => o.legs > 1 && o.placed.length > 0).length).toBeGreaterThan(50)
})
