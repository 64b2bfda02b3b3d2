import { afterEach, describe, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, post, start } from './helpers.ts'
import { loginV1, postV1 } from './v1-helpers.ts'

// Orders on V1: one book shared with V3, slicing above the freeze quantity, the mkt_protection rule, soft failures,
// AMO with a pinned clock, GTT triggered by stepping the market, basket orders.

let sb: Sandbox
afterEach(() => sb?.close())

const equity = (s: Sandbox) => s.market.instruments().find((i) => i.exchange === 'NSE' && i.instrumentName === 'EQ')!
const limitPrice = (s: Sandbox, token: string, factor = 0.95) => {
  const inst = s.market.instruments().find((i) => i.token === token && i.exchange === 'NSE')!
  const ltp = s.market.quote('NSE', token)!.ltp
  return (Math.round((ltp * factor) / inst.tickSize) * inst.tickSize).toFixed(2)
}
const leg = (s: Sandbox, over: Record<string, unknown> = {}) => {
  const e = equity(s)
  return { exchange: 'NSE', retention: 'DAY', product: 'C', priceType: 'LMT', tradingSymbol: e.tradingSymbol, transactionType: 'B', price: limitPrice(s, e.token), quantity: '1', remarks: 'v1', ...over }
}

describe('one order book for V1 and V3', () => {
  test('an order placed on V3 shows in the V1 order book, and one placed on V1 in the V3 book', async () => {
    sb = await start()
    const v3 = await login(sb)
    const v1 = await loginV1(sb)
    const e = equity(sb)
    const viaV3 = await post(sb, 'placeOrder', { ...v3, exchange: 'NSE', tradingSymbol: e.tradingSymbol, quantity: '1', price: limitPrice(sb, e.token), product: 'C', transactionType: 'B', priceType: 'LMT', retention: 'DAY', remarks: 'v3' })
    expect(viaV3.status).toBe(200)
    const viaV1 = await postV1(sb, 'placeOrder', { ...v1, ...leg(sb) })
    expect(viaV1.body).toMatchObject({ status: 'success', message: 'Order details' })
    const v1Book = await postV1(sb, 'orderBook', v1)
    expect(v1Book.body.data.map((o: any) => o.orderNumber).sort()).toEqual([viaV3.body.data.orderNumber, viaV1.body.data.orderNumber].sort())
    const v3Book = await post(sb, 'orderBook', v3)
    expect(v3Book.body.data.map((o: any) => o.orderNumber)).toContain(viaV1.body.data.orderNumber)
    // A V3 session works on V1 and the other way round: they are the same sessions.
    expect((await postV1(sb, 'limit', v3)).status).toBe(200)
    expect((await post(sb, 'limit', v1)).status).toBe(200)
  })

  test('V1 login takes the SHA-256 hex of the password, not the password', async () => {
    sb = await start()
    const who = sb.accounts[0]!
    const res = await postV1(sb, 'login', { userId: who.userId, password: who.password, TOTP: sb.totp(), vendorCode: who.vendorCode, apiKey: who.apiKey })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ status: 'failed', name: 'INVALID_CREDENTIALS', error: { field: 'password' } })
  })

  test('modify and cancel of an order that is not open succeed with a rejreason, and change nothing', async () => {
    sb = await start()
    const v1 = await loginV1(sb)
    const placed = await postV1(sb, 'placeOrder', { ...v1, ...leg(sb) })
    const orderNumber = placed.body.data.orderNumber
    expect((await postV1(sb, 'cancelOrder', { ...v1, orderNumber })).body.data.rejreason).toBe('')
    const again = await postV1(sb, 'cancelOrder', { ...v1, orderNumber })
    expect(again.status).toBe(200)
    expect(again.body.data.rejreason).toBe('SAF:order is not open to cancel')
    const modify = await postV1(sb, 'modifyOrder', { ...v1, ...leg(sb), orderNumber, quantity: '2' })
    expect(modify.body).toMatchObject({ status: 'success', data: { orderNumber, rejreason: 'SAF:order is not open to modify' } })
    expect(sb.orders().find((o) => o.orderNumber === orderNumber)).toMatchObject({ status: 'CANCELED', quantity: 1 })
  })
})

describe('mkt_protection', () => {
  test.each(['MKT', 'SL-MKT'])('%s without mkt_protection is a 400 and places nothing', async (priceType) => {
    sb = await start()
    const v1 = await loginV1(sb)
    const res = await postV1(sb, 'placeOrder', { ...v1, ...leg(sb, { priceType, price: '0', triggerPrice: priceType === 'SL-MKT' ? '1' : '0' }) })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ status: 'failed', code: '400', name: 'BAD_REQUEST', error: { field: 'mkt_protection' } })
    expect(sb.orders()).toEqual([])
  })

  test('MKT with mkt_protection is placed; 0 is refused', async () => {
    sb = await start()
    const v1 = await loginV1(sb)
    expect((await postV1(sb, 'placeOrder', { ...v1, ...leg(sb, { priceType: 'MKT', price: '0', mkt_protection: '0' }) })).status).toBe(400)
    expect((await postV1(sb, 'placeOrder', { ...v1, ...leg(sb, { priceType: 'MKT', price: '0', mkt_protection: '1' }) })).status).toBe(200)
    expect(sb.orders()).toHaveLength(1)
  })
})

describe('slicing above the freeze quantity', () => {
  const option = (s: Sandbox) => {
    const all = s.market.instruments().filter((i) => i.exchange === 'NFO' && i.optionType === 'CE' && i.symbolName === 'NIFTY')
    return all[Math.floor(all.length / 2)]!
  }
  const body = (s: Sandbox, quantity: number) => {
    const o = option(s)
    return { exchange: 'NFO', retention: 'DAY', product: 'M', priceType: 'LMT', tradingSymbol: o.tradingSymbol, transactionType: 'B', price: o.tickSize.toFixed(2), quantity: String(quantity), remarks: 'slices' }
  }
  /** The freeze quantity, and the most whole lots an order may carry under it (what each slice is). */
  const freeze = async (s: Sandbox, auth: object) => {
    const info = await postV1(s, 'securityInfo', { ...auth, exchange: 'NFO', tradingSymbol: option(s).tradingSymbol })
    const lot = option(s).lotSize
    const limit = Number(info.body.data.freezeQuantity)
    return { limit, lot, slice: Math.floor(limit / lot) * lot }
  }

  test('an order of about 2.5 × the freeze quantity becomes 3 orders of whole lots, answered as an array', async () => {
    sb = await start()
    const v1 = await loginV1(sb)
    const { limit, lot, slice } = await freeze(sb, v1)
    expect(slice).toBeGreaterThan(0)
    expect(slice).toBeLessThanOrEqual(limit)
    const half = Math.floor(slice / lot / 2) * lot
    const res = await postV1(sb, 'placeOrder', { ...v1, ...body(sb, slice * 2 + half) })
    expect(res.status).toBe(200)
    expect(Array.isArray(res.body.data)).toBe(true)
    expect(res.body.data.map((s: any) => Number(s.quantity))).toEqual([slice, slice, half])
    expect(sb.orders().map((o) => o.quantity)).toEqual([slice, slice, half])
  })

  test('up to the freeze quantity the answer is one object; above 10 slices it is a 400 and nothing is placed', async () => {
    sb = await start()
    const v1 = await loginV1(sb)
    const { lot, slice } = await freeze(sb, v1)
    const one = await postV1(sb, 'placeOrder', { ...v1, ...body(sb, slice) })
    expect(one.body.data).toMatchObject({ orderNumber: expect.any(String), requestTime: expect.any(String) })
    expect((await postV1(sb, 'placeOrder', { ...v1, ...body(sb, slice * 10) })).body.data).toHaveLength(10)
    const tooMany = await postV1(sb, 'placeOrder', { ...v1, ...body(sb, slice * 10 + lot) })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error).toEqual({ field: 'quantity', message: 'order would need more than 10 slices' })
    expect(sb.orders()).toHaveLength(11)
  })
})

describe('AMO', () => {
  test('an AMO placed while the market is closed waits, then is placed at the next open', async () => {
    let now = Date.parse('2026-12-01T20:00:00+05:30') // a Tuesday evening, the market closed
    sb = await start({ now: () => now })
    const v1 = await loginV1(sb)
    const res = await postV1(sb, 'placeAMO', { ...v1, ...leg(sb) })
    expect(res.body).toMatchObject({ status: 'success', data: { orderNumber: expect.any(String) } })
    const amoNumber = res.body.data.orderNumber
    expect(sb.orders()).toEqual([])
    const book = await postV1(sb, 'orderBook', v1)
    expect(book.body.data).toEqual([expect.objectContaining({ orderNumber: amoNumber, status: 'AMO OPEN' })])
    const modified = await postV1(sb, 'modifyAMO', { ...v1, orderNumber: amoNumber, quantity: '3', price: leg(sb).price, priceType: 'LMT', product: 'C' })
    expect(modified.status).toBe(200)

    now = Date.parse('2026-12-02T09:15:01+05:30')
    sb.market.step()
    expect(sb.orders()).toEqual([expect.objectContaining({ quantity: 3, remarks: 'v1' })])
    expect((await postV1(sb, 'orderBook', v1)).body.data.map((o: any) => o.status)).not.toContain('AMO OPEN')
    const late = await postV1(sb, 'modifyAMO', { ...v1, orderNumber: amoNumber, quantity: '4', price: leg(sb).price, priceType: 'LMT', product: 'C' })
    expect(late.status).toBe(400)
    expect(late.body).toMatchObject({ code: 400, error: { field: 'orderNumber' } })
  })

  test('an AMO placed during the session (pre-open or continuous) is refused, and nothing is placed or held', async () => {
    let now = Date.parse('2026-12-02T11:00:00+05:30') // a Wednesday, the market open
    sb = await start({ now: () => now })
    const v1 = await loginV1(sb)
    for (const at of ['2026-12-02T11:00:00+05:30', '2026-12-02T09:05:00+05:30']) {
      now = Date.parse(at)
      const res = await postV1(sb, 'placeAMO', { ...v1, ...leg(sb) })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({
        status: 'failed',
        code: 400,
        name: 'BAD_REQUEST',
        error: { field: 'exchange', message: 'AMO orders are accepted only outside market hours' },
      })
    }
    expect(sb.orders()).toEqual([])
    expect((await postV1(sb, 'orderBook', v1)).body.data ?? []).toEqual([])
    // After the close the same request is held for the next open.
    now = Date.parse('2026-12-02T15:31:00+05:30')
    expect((await postV1(sb, 'placeAMO', { ...v1, ...leg(sb) })).body).toMatchObject({ status: 'success', message: 'AMO order placed' })
    expect((await postV1(sb, 'orderBook', v1)).body.data).toEqual([expect.objectContaining({ status: 'AMO OPEN' })])
  })

  test('a cancelled AMO is never placed', async () => {
    let now = Date.parse('2026-12-05T11:00:00+05:30') // a Saturday
    sb = await start({ now: () => now })
    const v1 = await loginV1(sb)
    const { orderNumber } = (await postV1(sb, 'placeAMO', { ...v1, ...leg(sb) })).body.data
    expect((await postV1(sb, 'cancelOrder', { ...v1, orderNumber })).body.data.rejreason).toBe('')
    now = Date.parse('2026-12-07T10:00:00+05:30')
    sb.market.step()
    expect(sb.orders()).toEqual([])
  })
})

describe('GTT', () => {
  test('a GTT places its order when the price crosses its value, and leaves the GTT book', async () => {
    sb = await start()
    const v1 = await loginV1(sb)
    const e = equity(sb)
    const ltp = sb.market.quote('NSE', e.token)!.ltp
    // Just above the price: the walk crosses it within a few hundred steps.
    const value = (Math.ceil((ltp + e.tickSize) / e.tickSize) * e.tickSize).toFixed(2)
    const placed = await postV1(sb, 'placeGttOrder', {
      ...v1,
      tradingSymbol: e.tradingSymbol,
      exchange: 'NSE',
      validity: 'GTT',
      value,
      remarks: 'gtt',
      OrderParams: leg(sb, { remarks: 'from gtt' }),
    })
    expect(placed.status).toBe(200)
    const book = await postV1(sb, 'GttOrderBook', v1)
    expect(book.body.data).toEqual([expect.objectContaining({ GTTid: placed.body.data.GTTid, value })])
    expect(sb.orders()).toEqual([])
    for (let i = 0; i < 5000 && sb.orders().length === 0; i++) {
      sb.market.step()
      if (sb.market.quote('NSE', e.token)!.ltp < Number(value)) expect(sb.orders()).toEqual([])
    }
    expect(sb.orders()).toEqual([expect.objectContaining({ remarks: 'from gtt', tradingSymbol: e.tradingSymbol })])
    expect(sb.market.quote('NSE', e.token)!.ltp).toBeGreaterThanOrEqual(Number(value))
    expect((await postV1(sb, 'GttOrderBook', v1)).body.data).toEqual([])
  })
})

test('basketOrder places every leg, or none when one leg is invalid', async () => {
  sb = await start()
  const v1 = await loginV1(sb)
  const bad = await postV1(sb, 'basketOrder', { ...v1, legs: [leg(sb), leg(sb, { priceType: 'MKT', price: '0' })] })
  expect(bad.status).toBe(400)
  expect(bad.body.error.field).toBe('legs')
  expect(sb.orders()).toEqual([])
  const ok = await postV1(sb, 'basketOrder', { ...v1, legs: [leg(sb), leg(sb, { quantity: '2' })] })
  expect(ok.body.data).toHaveLength(2)
  expect(sb.orders().map((o) => o.quantity)).toEqual([1, 2])
})

test('V1 rate limits: of 4 quotes sent at once one is a 429 RATE_LIMIT_EXCEEDED; other routes are not affected', async () => {
  sb = await start({ rateLimits: true })
  const v1 = await loginV1(sb)
  const answers = await Promise.all(
    Array.from({ length: 4 }, () => postV1(sb, 'getQuote/ltp', { ...v1, exchange: 'NSE', tradingSymbol: 'NIFTY' })),
  )
  const refused = answers.filter((a) => a.status === 429)
  expect(refused).toHaveLength(1)
  expect(refused[0]!.body).toMatchObject({ status: 'failed', code: '429', name: 'RATE_LIMIT_EXCEEDED' })
  expect((await postV1(sb, 'limit', v1)).status).toBe(200)
})
