import { ApiError, SessionError, ValidationError, type OrderUpdate } from '@firstock/core'
import { type OptionGreeks, type PositionUpdate } from '@firstock/core/protocol'
import { createFirstock, type Firstock } from '@firstock/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, startTestSandbox, until, type Sandbox } from './sandbox.js'

// API V1 end to end: createStream({ provider }) on a `version: 'v1'` client speaks socket V2 to the sandbox over
// real loopback, and every kind of socket V2 frame (handshake, refusal, session cap, market record, partial,
// order update, position update, option Greeks) reaches the public API decoded.

let sb: Sandbox
let firstock: Firstock<'v1'>
const streams: Stream[] = []
const open = (options: Parameters<typeof createStream>[0]) => {
  const stream = createStream(options)
  streams.push(stream)
  return stream
}

beforeAll(async () => {
  sb = await startTestSandbox()
  firstock = createFirstock({
    version: 'v1', baseUrl: sb.v1!.baseUrl, wsUrl: sb.v1!.wsUrl, userId: DEMO_ACCOUNT.userId, password: DEMO_ACCOUNT.password,
    totpSecret: DEMO_ACCOUNT.totpSecret, apiKey: DEMO_ACCOUNT.apiKey, vendorCode: DEMO_ACCOUNT.vendorCode, rateLimits: false,
  })
  await firstock.login()
})
afterAll(async () => {
  await Promise.all(streams.map((s) => s.close()))
  await sb.close()
})

const equities = () => sb.market.instruments().filter((i) => i.exchange === 'NSE' && i.tradingSymbol.endsWith('-EQ'))
const take = async <T>(iterator: AsyncIterableIterator<T>, n: number, keep: (v: T) => boolean = () => true) => {
  const out: T[] = []
  for await (const value of iterator) {
    if (keep(value)) out.push(value)
    if (out.length >= n) break
  }
  return out
}
/** A buy limit order far enough above the market to fill at once. */
const buyNow = async (inst: { tradingSymbol: string; token: string; tickSize: number }) => {
  const ltp = sb.market.quote('NSE', inst.token)!.ltp
  const price = Number((Math.ceil((ltp * 1.02) / inst.tickSize) * inst.tickSize).toFixed(2))
  const placed = await firstock.placeOrder({
    exchange: 'NSE', tradingSymbol: inst.tradingSymbol, quantity: 1, transactionType: 'B', product: 'I', priceType: 'LMT', price, retention: 'DAY', remarks: 'v1 stream',
  })
  return placed.orders[0]!.orderNumber
}

describe('socket V2 against the sandbox', () => {
  test('handshake: the provider picks V1, the stream opens on the V2 socket', async () => {
    const stream = open({ provider: firstock })
    expect(stream.version).toBe('v1')
    await stream.ready()
    expect(stream.state.status).toBe('open')
    expect(stream.subscriptions).toEqual({ touchline: [], depth: [], orders: false, greeks: [] })
    await stream.close()
  })

  test('market records: touchline and depth in rupees, snapshot then partials; both share one wire subscription', async () => {
    const [a, b] = equities()
    const index = sb.market.instruments().find((i) => i.instrumentName === 'INDEX' || i.exchange === 'NSE' && !i.tradingSymbol.endsWith('-EQ') && !i.expiry)!
    const stream = open({ provider: firstock })
    const depth = stream.depth([`NSE|${a!.token}`])
    const ticks = await take(stream.touchline([`NSE|${a!.token}`, `NSE|${b!.token}`, `${index.exchange}|${index.token}`]), 8)
    const first = ticks.find((t) => t.token === a!.token)!
    expect(first).toMatchObject({ key: `NSE|${a!.token}`, snapshot: true })
    expect(first.lastPrice).toBeGreaterThan(0)
    // Prices in rupees: within 20 % of the model's price (paise would be 100 times it).
    const ltp = sb.market.quote('NSE', a!.token)!.ltp
    expect(first.lastPrice! / ltp).toBeGreaterThan(0.8)
    expect(first.lastPrice! / ltp).toBeLessThan(1.2)
    expect(first.bidPrice).toBeLessThanOrEqual(first.askPrice!)
    expect(ticks.some((t) => !t.snapshot && t.changed.length > 0)).toBe(true)
    const [d] = await take(depth, 1)
    expect(d!.bids[0]!.price).toBeGreaterThan(0)
    expect(d!.bids[0]!.quantity).toBeGreaterThan(0)
    expect(stream.subscriptions.touchline).toEqual([])
    expect(stream.subscriptions.depth).toEqual([])
    await stream.close()
  })

  test('order and position updates are pushed; option Greeks come on their own subscription', async () => {
    const stream = open({ provider: firstock })
    const orders = stream.orders()
    const positions = stream.positions()
    const option = sb.market.instruments().find((i) => i.optionType !== undefined)!
    const greeks = stream.greeks([`${option.exchange}|${option.token}`])
    await stream.ready()
    const [inst] = equities()
    const orderNumber = await buyNow(inst!)
    const updates: OrderUpdate[] = await take(orders, 1, (u) => u.orderNumber === orderNumber && u.status === 'COMPLETE')
    expect(updates[0]).toMatchObject({ orderNumber, status: 'COMPLETE', source: 'live', fillShares: 1, averagePrice: expect.any(Number) })
    expect(updates[0]!.averagePrice).toBeGreaterThan(0)
    const [position]: PositionUpdate[] = await take(positions, 1, (p) => p.tradingSymbol === inst!.tradingSymbol)
    expect(position!.netQuantity).toBeGreaterThan(0)
    expect(position!.legs[0]).toMatchObject({ exchange: 'NSE', token: inst!.token })
    const [g]: OptionGreeks[] = await take(greeks, 1)
    expect(g).toMatchObject({ key: `${option.exchange}|${option.token}` })
    expect(typeof g!.delta).toBe('number')
    expect(stream.subscriptions.greeks).toEqual([])
    await stream.close()
  })

  test('a token that never ticks is reported as unconfirmed; the others are not', async () => {
    const [a] = equities()
    const stream = open({ provider: firstock, subscribeTimeoutMs: 200 })
    const reported: { channel: string; keys: readonly string[] }[] = []
    stream.on('unconfirmed', (u) => reported.push(u))
    stream.subscribe('touchline', [`NSE|${a!.token}`, 'NSE|99999999'])
    await until(() => reported.length > 0, 5_000, 'unconfirmed')
    expect(reported).toEqual([{ channel: 'touchline', keys: ['NSE|99999999'] }])
    await stream.close()
  })

  test('refusals: a bad session is WS_AUTH_REFUSED, a 4th socket WS_SOCKET_LIMIT', async () => {
    const bad = open({ version: 'v1', url: sb.v1!.wsUrl, session: { userId: DEMO_ACCOUNT.userId, jKey: 'not-a-session', createdAt: '' } })
    const refused = await bad.ready().catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(SessionError)
    expect(refused).toMatchObject({ code: 'WS_AUTH_REFUSED' })
    expect(String((refused as Error).message)).not.toContain('not-a-session')

    const three = [open({ provider: firstock }), open({ provider: firstock }), open({ provider: firstock })]
    await Promise.all(three.map((s) => s.ready()))
    const fourth = open({ provider: firstock })
    const limit = await fourth.ready().catch((e: unknown) => e)
    expect(limit).toBeInstanceOf(ApiError)
    expect(limit).toMatchObject({ code: 'WS_SOCKET_LIMIT' })
    await Promise.all(three.map((s) => s.close()))
  })

  test('greeks and positions on a V3 stream are refused by name', () => {
    const stream = open({ version: 'v3', url: sb.wsUrl, session: { userId: DEMO_ACCOUNT.userId, jKey: 'x', createdAt: '' } })
    expect(() => stream.greeks(['NFO|1'])).toThrow(ValidationError)
    expect(() => stream.positions()).toThrow(/API V1/)
    expect(() => stream.subscribe('greeks', ['NFO|1'])).toThrow(expect.objectContaining({ code: 'UNSUPPORTED', field: 'greeks' }))
  })
})


