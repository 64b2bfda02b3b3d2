import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { account, fixtures, login, onlyStrings, post, shapeErrors, start, type Fixture } from './helpers.ts'

const EMPTY = account('EMPTY01')
const EXPIRED = account('EXP01')

let sb: Sandbox
let session: { userId: string; jKey: string }
let emptySession: { userId: string; jKey: string }
let expiredSession: { userId: string; jKey: string }
const ctx: Record<string, string> = {}

function ddmmyyyy(ms: number): string {
  const d = new Date(ms + 330 * 60_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:00`
}

beforeAll(async () => {
  sb = await start({ accounts: [sb_demo(), EMPTY, EXPIRED] })
  session = await login(sb)
  emptySession = await login(sb, EMPTY)
  expiredSession = await login(sb, EXPIRED)
  sb.expireSession(EXPIRED.userId)

  const options = sb.market.instruments().filter((i) => i.symbolName === 'NIFTY' && i.optionType)
  const expiry = options[0]!.expiry!
  const nifty = sb.market.quote('NSE', '26000')!
  const atm = Math.round(nifty.ltp / 50) * 50
  const call = options.find((i) => i.expiry === expiry && i.strike === atm && i.optionType === 'CE')!
  const put = options.find((i) => i.expiry === expiry && i.strike === atm - 200 && i.optionType === 'PE')!
  Object.assign(ctx, { expiry, atm: String(atm), call: call.tradingSymbol, callToken: call.token, put: put.tradingSymbol, lot: String(call.lotSize) })

  const auth = { userId: session.userId, jKey: session.jKey }
  const itc = sb.market.quote('NSE', '1660')!
  const order = (extra: Record<string, unknown>) => post(sb, 'placeOrder', { ...auth, retention: 'DAY', triggerPrice: '0', ...extra })
  // A filled equity buy, an option position to convert, and two resting orders to modify and cancel.
  await order({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '2', price: '0', product: 'I', transactionType: 'B', priceType: 'MKT' })
  await order({ exchange: 'NFO', tradingSymbol: call.tradingSymbol, quantity: String(call.lotSize), price: '0', product: 'I', transactionType: 'B', priceType: 'MKT' })
  const low = (Math.round((itc.ltp * 0.95) / 0.05) * 0.05).toFixed(2)
  const resting1 = await order({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '1', price: low, product: 'I', transactionType: 'B', priceType: 'LMT' })
  const resting2 = await order({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '1', price: low, product: 'I', transactionType: 'B', priceType: 'LMT' })
  ctx.modify = resting1.body.data.orderNumber
  ctx.cancel = resting2.body.data.orderNumber
  ctx.low = low
  ctx.itcPrice = (Math.round(itc.ltp / 0.05) * 0.05).toFixed(2)
})

afterAll(() => sb.close())

function sb_demo() {
  return account('DEMO01')
}

/** The fixture request, made valid for this sandbox: its session, its symbols, its order numbers, today's dates. */
function adapt(name: string, request: Record<string, unknown>): Record<string, unknown> {
  const r: Record<string, unknown> = { ...request }
  if ('userId' in r) r.userId = session.userId
  if ('jKey' in r) r.jKey = session.jKey
  const now = Date.now()
  switch (name) {
    case 'login': {
      const a = sb.accounts[0]!
      return { userId: a.userId, password: a.password, TOTP: sb.totp(a.userId), vendorCode: a.vendorCode, apiKey: a.apiKey }
    }
    case 'placeOrder':
      return { ...r, price: ctx.itcPrice }
    case 'modifyOrder':
      return { ...r, orderNumber: ctx.modify, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '1', price: ctx.low }
    case 'cancelOrder':
      return { ...r, orderNumber: ctx.cancel }
    case 'singleOrderHistory':
      return { ...r, orderNumber: ctx.modify }
    case 'optionChain':
      return { ...r, tradingSymbol: ctx.call, strikePrice: ctx.atm }
    case 'basketMargin':
      return {
        ...r,
        basket: (r.basket as Array<Record<string, unknown>>).map((leg, i) => ({ ...leg, tradingSymbol: i === 0 ? ctx.put : ctx.call })),
      }
    case 'getMultiQuotes':
    case 'getMultiQuotes-ltp':
      return { ...r, data: [{ exchange: 'NSE', token: '26000' }, { exchange: 'NFO', token: ctx.callToken }] }
    case 'productConversion':
      return { ...r, tradingSymbol: ctx.call, quantity: ctx.lot }
    case 'timePriceSeries':
      return { ...r, startTime: ddmmyyyy(now - 10 * 86_400_000), endTime: ddmmyyyy(now) }
    case 'timePriceSeries-day':
      return { ...r, startTime: ddmmyyyy(now - 60 * 86_400_000), endTime: ddmmyyyy(now) }
  }
  if (name.startsWith('strategies-')) return { ...r, expiry: ctx.expiry }
  return r
}

/** The request that should produce the fixture's failure. */
function breakIt(name: string, f: Fixture, request: Record<string, unknown>): Record<string, unknown> {
  const r = { ...request }
  const failure = f.failure as { name: string; error: { field: string } }
  switch (failure.name) {
    case 'BAD_REQUEST':
      delete r[failure.error.field]
      return r
    case 'INVALID_JKEY':
      return { ...r, jKey: randomBytes(32).toString('hex') }
    case 'INVALID_USERID':
      return { ...r, userId: 'NOSUCH9' }
    case 'INVALID_PASSWORD':
      return { ...r, password: 'wrong' }
    case 'SESSION_EXPIRED':
      return { ...r, ...expiredSession }
    case 'ORDER_NOT_FOUND':
      return { ...r, orderNumber: '99010100000001' }
    case 'ORDERS_NOT_FOUND':
      return name === 'singleOrderHistory' ? { ...r, orderNumber: '99010100000001' } : { ...r, ...emptySession }
    case 'BASKET_DETAILS':
      return { ...r, basket: [(r.basket as unknown[])[0], { ...(r.basket as Array<Record<string, unknown>>)[1], exchange: 'NSE', tradingSymbol: 'ITC-EQ', product: 'I' }] }
    case 'EXCHANGE/TOKEN':
      if (name === 'optionChain') return { ...r, tradingSymbol: 'NOSUCH23FEB23C100' }
      if (Array.isArray(r.data)) return { ...r, data: [{ exchange: 'NSE', token: '999999' }] }
      return { ...r, token: '999999' }
  }
  throw new Error(`no recipe for ${failure.name}`)
}

const REST = fixtures().filter(([name]) => !name.startsWith('ws-') && name !== 'logout')

describe('V3 fixtures: success examples', () => {
  test.each(REST)('contract: %s answers the fixture envelope and field names', async (name, f) => {
    const path = f.path.replace('/api/V3/', '')
    const res = await post(sb, path, adapt(name, f.request))
    expect(res.status, res.text).toBe(200)
    expect(shapeErrors(res.body, f.success)).toEqual([])
    expect(onlyStrings(res.body)).toBe(true)
  })

  test('contract: logout answers the fixture envelope', async () => {
    const f = fixtures().find(([n]) => n === 'logout')![1]
    const other = await login(sb)
    const res = await post(sb, 'logout', { userId: other.userId, jKey: other.jKey })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(f.success)
  })
})

describe('V3 fixtures: failure examples', () => {
  test.each([...REST, ...fixtures().filter(([n]) => n === 'logout')])('contract: %s failure condition', async (name, f) => {
    const path = f.path.replace('/api/V3/', '')
    const res = await post(sb, path, breakIt(name, f, adapt(name, f.request)))
    const failure = f.failure as { code: string; name: string; error: { field: string } }
    expect(res.status, res.text).toBe(Number(failure.code))
    expect(res.body.status).toBe('Failed')
    expect(res.body.code).toBe(failure.code)
    expect(res.body.name).toBe(failure.name)
    expect(res.body.error.field).toBe(failure.error.field)
    expect(shapeErrors(res.body, f.failure)).toEqual([])
  })
})
