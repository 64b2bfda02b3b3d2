import { afterEach, beforeEach, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, post, start } from './helpers.ts'

let sb: Sandbox
let auth: { userId: string; jKey: string }
beforeEach(async () => {
  // A pinned clock, in a session: the walk's path (and which resting orders it reaches) is the same on any date.
  sb = await start({ seed: 7, now: '2026-12-04T10:30' })
  auth = await login(sb)
})
afterEach(() => sb.close())

const order = (extra: Record<string, unknown>) =>
  post(sb, 'placeOrder', { ...auth, exchange: 'NSE', product: 'I', transactionType: 'B', retention: 'DAY', triggerPrice: '0', ...extra })
const book = async () => (await post(sb, 'orderBook', auth)).body.data as Array<Record<string, string>>
const tick = (p: number) => (Math.round(p / 0.05) * 0.05).toFixed(2)

test('lifecycle: a MKT order larger than the book fills what the depth shows, then over steps → position and limit update', async () => {
  const before = (await post(sb, 'limit', auth)).body.data
  // ACC's book is thin: the order is larger than all five ask levels together.
  const quote = (await post(sb, 'getQuote', { ...auth, exchange: 'NSE', token: '22' })).body.data
  const shown = [1, 2, 3, 4, 5].reduce((sum, i) => sum + Number(quote[`bestSellQuantity${i}`]), 0)
  const quantity = shown + 400
  const placed = await order({ tradingSymbol: 'ACC-EQ', quantity: String(quantity), price: '0', priceType: 'MKT', remarks: 'big' })
  expect(placed.status).toBe(200)
  const orderNumber = placed.body.data.orderNumber as string
  expect(orderNumber).toMatch(/^\d{14}$/)
  let row = (await book())[0]!
  expect(row).toMatchObject({ orderNumber, status: 'OPEN', fillshares: String(shown), remarks: 'big' })
  for (let i = 0; i < 2000 && row.status === 'OPEN'; i++) {
    sb.market.step()
    row = (await book())[0]!
  }
  expect(row).toMatchObject({ status: 'COMPLETE', fillshares: String(quantity) })

  const trades = (await post(sb, 'tradeBook', auth)).body.data as Array<Record<string, string>>
  expect(trades.map((t) => Number(t.fillQuantity)).reduce((a, b) => a + b)).toBe(quantity)
  expect(trades.length).toBeGreaterThan(1)

  const position = (await post(sb, 'positionBook', auth)).body.data[0]
  expect(position).toMatchObject({ tradingSymbol: 'ACC-EQ', netQuantity: String(quantity), dayBuyQuantity: String(quantity) })
  const ltp = sb.market.quote('NSE', '22')!.ltp
  // Unrealised P&L is every fill marked to the last price.
  const marked = trades.reduce((sum, t) => sum + Number(t.fillQuantity) * (ltp - Number(t.fillPrice)), 0)
  expect(Number(position.unrealizedMTOM)).toBeCloseTo(marked, 1)

  const after = (await post(sb, 'limit', auth)).body.data
  expect(Number(after.marginused)).toBeGreaterThan(Number(before.marginused))

  const history = (await post(sb, 'singleOrderHistory', { ...auth, orderNumber })).body.data as Array<Record<string, string>>
  expect(history.slice(-3).map((h) => h.reportType)).toEqual(['New', 'PendingNew', 'NewAck'])
  expect(history.slice(0, -3).every((h) => h.reportType === 'Fill')).toBe(true)
  expect(history[0]!.fillShares).toBe(String(quantity))

  // Selling it back realises the P&L and flattens the position.
  await order({ tradingSymbol: 'ACC-EQ', quantity: String(quantity), price: '0', priceType: 'MKT', transactionType: 'S' })
  for (let i = 0; i < 2000 && (await book())[0]!.status === 'OPEN'; i++) sb.market.step()
  const flat = (await post(sb, 'positionBook', auth)).body.data[0]
  expect(flat.netQuantity).toBe('0')
  expect(flat.RealizedPNL).not.toBe('')
})

test('lifecycle: place LMT away from market → modify → cancel', async () => {
  const ltp = sb.market.quote('NSE', '1660')!.ltp
  const placed = await order({ tradingSymbol: 'ITC-EQ', quantity: '3', price: tick(ltp * 0.95), priceType: 'LMT' })
  const orderNumber = placed.body.data.orderNumber
  expect((await book())[0]).toMatchObject({ status: 'OPEN', fillshares: '0' })
  const modified = await post(sb, 'modifyOrder', {
    ...auth,
    orderNumber,
    exchange: 'NSE',
    tradingSymbol: 'ITC-EQ',
    quantity: '5',
    price: tick(ltp * 0.94),
    triggerPrice: '0',
    priceType: 'LMT',
  })
  expect(modified.status).toBe(200)
  expect((await book())[0]).toMatchObject({ status: 'OPEN', quantity: '5', price: tick(ltp * 0.94) })
  const cancelled = await post(sb, 'cancelOrder', { ...auth, orderNumber })
  expect(cancelled.body).toMatchObject({ status: 'Success', data: { orderNumber } })
  expect((await book())[0]).toMatchObject({ status: 'CANCELED' })
  const history = (await post(sb, 'singleOrderHistory', { ...auth, orderNumber })).body.data.map((h: any) => h.reportType)
  expect(history).toEqual(['Canceled', 'PendingCancel', 'Replaced', 'PendingReplace', 'ModAck', 'New', 'PendingNew', 'NewAck'])
  // A second cancel, or a modify of a closed order, is ORDER_NOT_FOUND.
  const again = await post(sb, 'cancelOrder', { ...auth, orderNumber })
  expect(again.status).toBe(404)
  expect(again.body).toMatchObject({ code: '404', name: 'ORDER_NOT_FOUND', error: { field: 'orderNumber' } })
})

test('lifecycle: a resting LMT fills when the walk reaches it; a SL-MKT triggers on the last price', async () => {
  // Orders on both sides, so whichever way the walk goes, one limit and one stop are reached.
  const ltp = sb.market.quote('NSE', '3045')!.ltp
  const place = async (transactionType: 'B' | 'S', priceType: string, price: number, triggerPrice = 0) =>
    (await order({ tradingSymbol: 'SBIN-EQ', quantity: '1', transactionType, priceType, price: tick(price), triggerPrice: tick(triggerPrice) })).body.data
      .orderNumber as string
  const limits = { B: await place('B', 'LMT', ltp - 0.2), S: await place('S', 'LMT', ltp + 0.2) }
  const stops = { B: await place('B', 'SL-MKT', 0, ltp + 0.2), S: await place('S', 'SL-MKT', 0, ltp - 0.2) }
  expect((await book()).find((o) => o.orderNumber === stops.B)!.status).toBe('TRIGGER_PENDING')
  const done = (numbers: Record<string, string>) =>
    sb.orders(auth.userId).filter((o) => Object.values(numbers).includes(o.orderNumber) && o.status === 'COMPLETE')
  for (let i = 0; i < 20_000 && (done(limits).length === 0 || done(stops).length === 0); i++) sb.market.step()
  const [filled] = done(limits)
  expect(filled).toBeDefined()
  // A limit fills at its price or better.
  expect(filled!.transactionType === 'B' ? filled!.averagePrice <= filled!.price : filled!.averagePrice >= filled!.price).toBe(true)
  const [stopped] = done(stops)
  expect(stopped).toBeDefined()
  const history = (await post(sb, 'singleOrderHistory', { ...auth, orderNumber: stopped!.orderNumber })).body.data
  expect(history.map((h: any) => h.reportType)).toContain('INVALID_REPORT_TYPE')
})

test('lifecycle: modifying a filled order is ORDER_NOT_FOUND', async () => {
  const placed = await order({ tradingSymbol: 'ITC-EQ', quantity: '1', price: '0', priceType: 'MKT' })
  const res = await post(sb, 'modifyOrder', {
    ...auth,
    orderNumber: placed.body.data.orderNumber,
    exchange: 'NSE',
    tradingSymbol: 'ITC-EQ',
    quantity: '1',
    price: '300',
    priceType: 'LMT',
  })
  expect(res.status).toBe(404)
  expect(res.body.name).toBe('ORDER_NOT_FOUND')
})

test('rejections: margin shortfall, lot size, product, tick size come back as REJECTED orders', async () => {
  const nifty = sb.market.instruments().find((i) => i.symbolName === 'NIFTY' && i.optionType === 'CE')!
  await order({ tradingSymbol: 'MARUTI-EQ', quantity: '2000', price: '0', priceType: 'MKT', product: 'C' })
  await order({ exchange: 'NFO', tradingSymbol: nifty.tradingSymbol, quantity: '30', price: '0', priceType: 'MKT', product: 'M' })
  await order({ tradingSymbol: 'ITC-EQ', quantity: '1', price: '0', priceType: 'MKT', product: 'M' })
  await order({ tradingSymbol: 'ITC-EQ', quantity: '1', price: '395.52', priceType: 'LMT' })
  const rows = (await book()).reverse()
  expect(rows.map((r) => r.status)).toEqual(['REJECTED', 'REJECTED', 'REJECTED', 'REJECTED'])
  expect(rows[0]!.rejectReason).toMatch(/^RED:Margin Shortfall:INR [\d,.]+ Available:INR [\d,.]+$/)
  expect(rows[1]!.rejectReason).toMatch(new RegExp(`not a multiple of lot size ${nifty.lotSize}`))
  expect(rows[2]!.rejectReason).toBe('ORA:Product Regular not enabled on exchange NSE')
  expect(rows[3]!.rejectReason).toMatch(/tick size/)
  expect(sb.orders()).toHaveLength(4)
})

test('rejections: an unknown symbol fails the request with INVALID_TRADINGSYMBOL and creates no order', async () => {
  const res = await order({ tradingSymbol: 'NOSUCH-EQ', quantity: '1', price: '0', priceType: 'MKT' })
  expect(res.status).toBe(400)
  expect(res.body).toEqual({
    status: 'Failed',
    code: '400',
    name: 'INVALID_TRADINGSYMBOL',
    error: { field: 'tradingSymbol', message: 'tradingSymbol parameter is invalid' },
  })
  expect(sb.orders()).toHaveLength(0)
})

test('multiPlaceOrders and strategies answer one envelope per leg; productConversion moves a position', async () => {
  const res = await post(sb, 'strategies/multiPlaceOrders', {
    ...auth,
    data: [
      { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT', retention: 'DAY' },
      { exchange: 'NSE', tradingSymbol: 'NOPE-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT', retention: 'DAY' },
      { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', retention: 'DAY' },
    ],
  })
  expect(res.status).toBe(200)
  expect(res.body.map((r: any) => r.status)).toEqual(['Success', 'Failed', 'Failed'])
  expect(res.body[2]).toMatchObject({ code: '400', name: 'BAD_REQUEST', error: { field: 'priceType' } })

  const opt = sb.market.instruments().find((i) => i.symbolName === 'NIFTY' && i.optionType === 'CE')!
  const nifty = sb.market.quote('NSE', '26000')!.ltp
  const strike = Math.round(nifty / 50) * 50
  const straddle = await post(sb, 'strategies/shortStraddle', {
    ...auth,
    symbol: 'NIFTY',
    expiry: opt.expiry,
    product: 'M',
    quantity: '50',
    strikePrice: String(strike),
    hedge: 'true',
    hedgeValue: '300',
  })
  expect(straddle.body).toHaveLength(4)
  expect(straddle.body.every((r: any) => r.status === 'Success')).toBe(true)
  const symbols = sb.orders(auth.userId).slice(-4).map((o) => o.tradingSymbol)
  expect(symbols).toEqual([
    `NIFTY${opt.expiry}C${strike + 300}`,
    `NIFTY${opt.expiry}P${strike - 300}`,
    `NIFTY${opt.expiry}C${strike}`,
    `NIFTY${opt.expiry}P${strike}`,
  ])

  const conv = await post(sb, 'productConversion', {
    ...auth,
    exchange: 'NSE',
    tradingSymbol: 'ITC-EQ',
    quantity: '1',
    product: 'C',
    previousProduct: 'I',
    transactionType: 'B',
    positionType: 'DAY',
  })
  expect(conv.body).toMatchObject({ status: 'Success', data: { status: 'Ok' } })
  const products = (await post(sb, 'positionBook', auth)).body.data.filter((p: any) => p.tradingSymbol === 'ITC-EQ')
  expect(products.find((p: any) => p.product === 'C').netQuantity).toBe('1')
})
