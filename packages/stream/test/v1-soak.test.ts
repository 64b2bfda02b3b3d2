import { EXCHANGES, type OrderUpdate } from '@firstock/core'
import type { Firstock } from '@firstock/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, demoFirstock, startTestSandbox, until, type Sandbox } from './sandbox.js'
import { collectUnhandled } from './soak-kit.js'

// The V1 soak, like the V3 ones: 100 scrips subscribed on socket V2, the socket dropped 20 times by the sandbox
// (each time refused for a moment), orders placed while it is up and while it is down. After every drop each
// scrip ticks again (socket V2 has no acknowledgement: the first record on the new socket is the proof), no
// subscription is lost, and every order's final state reaches the consumer (live or from the V1 order book).

const DROPS = 20
const SCRIPS = 100
let sb: Sandbox
let firstock: Firstock<'v1'>
let stream: Stream | undefined
const unhandled = collectUnhandled()
beforeAll(async () => {
  sb = await startTestSandbox({ tickIntervalMs: 20 })
  firstock = demoFirstock(sb, { version: 'v1' })
  await firstock.login()
})
afterAll(async () => {
  await stream?.close()
  await sb.close()
})

test('soak V1: 20 socket drops with 100 scrips; every scrip ticks after each drop, no subscription or order update lost', { timeout: 60_000 }, async () => {
  // Exchanges the SDK subscribes (the sandbox also lists MCX contracts).
  const keys = sb.market.instruments().filter((i) => (EXCHANGES as readonly string[]).includes(i.exchange)).slice(0, SCRIPS).map((i) => `${i.exchange}|${i.token}`)
  expect(keys).toHaveLength(SCRIPS)
  const stocks = sb.market.instruments().filter((i) => i.exchange === 'NSE' && i.tradingSymbol.endsWith('-EQ')).slice(0, 4)
  stream = createStream({ provider: firstock, reconnect: { baseDelayMs: 10, maxDelayMs: 60, resetAfterMs: 200 }, connectTimeoutMs: 500 })
  let generation = 0
  const errors: unknown[] = []
  const unconfirmed: unknown[] = []
  stream.on('error', (e) => errors.push(e))
  stream.on('unconfirmed', (u) => unconfirmed.push(u))
  stream.on('state', (s) => s.status === 'open' && generation++)
  const lastTick = new Map<string, number>() // key → generation of its last tick
  stream.on('tick', (t) => lastTick.set(t.key, generation))
  stream.subscribe('touchline', keys)

  const seen = new Map<string, OrderUpdate[]>()
  const consumer = (async () => {
    for await (const u of stream!.orders()) seen.set(u.orderNumber, [...(seen.get(u.orderNumber) ?? []), u])
  })()
  await stream.ready()

  let n = 0
  async function act(): Promise<void> {
    const inst = stocks[n++ % stocks.length]!
    const ltp = sb.market.quote('NSE', inst.token)!.ltp
    // Alternate: a buy that fills at once, and one far below the market that rests (cancelled at the end).
    const factor = n % 2 === 0 ? 1.02 : 0.97
    const price = Number((Math.round((ltp * factor) / inst.tickSize) * inst.tickSize).toFixed(2))
    await firstock.placeOrder({
      exchange: 'NSE', tradingSymbol: inst.tradingSymbol, quantity: 1, transactionType: 'B', product: 'I', priceType: 'LMT', price, retention: 'DAY', remarks: 'soak',
    })
  }
  const final = (orderNumber: string) => seen.get(orderNumber)?.at(-1)?.status
  const converged = () => sb.orders(DEMO_ACCOUNT.userId).every((o) => final(o.orderNumber) === o.status)
  const everyScripTicked = (gen: number) => keys.every((k) => lastTick.get(k) === gen)

  await until(() => everyScripTicked(generation), 5_000, 'first ticks')
  for (let drop = 0; drop < DROPS; drop++) {
    await act() // while the socket is up
    const before = generation
    sb.faults.ws({ kind: 'refuse', durationMs: 60 })
    sb.faults.ws({ kind: 'dropAll' })
    await act() // while it is down: only the order book resync can report it
    await until(() => generation > before && everyScripTicked(generation), 5_000, `every scrip ticking after drop ${drop}`)
    await until(converged, 5_000, `order updates after drop ${drop}`)
    expect(stream.subscriptions.touchline).toHaveLength(SCRIPS)
  }
  for (const order of sb.orders(DEMO_ACCOUNT.userId)) {
    if (order.status === 'OPEN') await firstock.cancelOrder({ orderNumber: order.orderNumber })
  }
  await until(converged, 5_000, 'the cancels')

  const orders = sb.orders(DEMO_ACCOUNT.userId)
  expect(orders.length).toBe(DROPS * 2)
  expect(orders.filter((o) => !seen.has(o.orderNumber))).toEqual([])
  // Each final state reached the consumer once: a resync never repeats what a live update already said.
  const repeated = orders.filter((o) => (seen.get(o.orderNumber) ?? []).filter((u) => u.status === o.status).length !== 1)
  expect(repeated.map((o) => seen.get(o.orderNumber)!.map((u) => `${u.source}:${u.status}:${u.fillShares}:${u.averagePrice}`))).toEqual([])
  expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['COMPLETE', 'CANCELED']))
  expect([...stream.subscriptions.touchline].sort()).toEqual([...keys].sort())
  expect(generation).toBe(DROPS + 1)
  expect(unconfirmed).toEqual([])
  expect(errors).toEqual([])
  expect(unhandled).toEqual([])
  await stream.close()
  await consumer
})
