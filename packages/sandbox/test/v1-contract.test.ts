import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { InstrumentInfo, Sandbox } from '../src/index.ts'
import { start } from './helpers.ts'
import { loginV1, postV1, shapeMismatches, v1Fixture, v1Fixtures } from './v1-helpers.ts'

// Every V1 REST fixture: its request, adapted to the sandbox's own symbols and order numbers, gets an answer with the
// fixture's keys and value types; its documented failure is reproduced (status, name, field; message unless a placeholder).
// The clock stands in the session (orders fill, so the trade and position books have rows); placeAMO and modifyAMO
// move it to an evening (market closed): an AMO is refused during the session and held after it.
const SESSION = Date.parse('2026-12-01T11:00:00+05:30')
const EVENING = Date.parse('2026-12-01T20:00:00+05:30')

let clock = SESSION
let sb: Sandbox
let auth: { userId: string; jKey: string }
let insts: InstrumentInfo[]
const pick = (f: (i: InstrumentInfo) => boolean) => insts.find(f)!

beforeAll(async () => {
  sb = await start({ now: () => clock })
  auth = await loginV1(sb)
  insts = sb.market.instruments()
})
afterAll(() => sb.close())

function equity() {
  return pick((i) => i.exchange === 'NSE' && i.instrumentName === 'EQ')
}
function niftyOption() {
  const options = insts.filter((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && i.optionType === 'CE')
  return options[Math.floor(options.length / 2)]!
}

function orderLeg(over: Record<string, unknown> = {}) {
  const e = equity()
  const price = sb.market.quote(e.exchange, e.token)!.ltp
  return { exchange: 'NSE', retention: 'DAY', product: 'C', priceType: 'LMT', tradingSymbol: e.tradingSymbol, transactionType: 'B', price: price.toFixed(2), triggerPrice: '0', quantity: '1', remarks: 'contract', ...over }
}

async function placed(): Promise<string> {
  const res = await postV1(sb, 'placeOrder', { ...auth, ...orderLeg() })
  return res.body.data.orderNumber
}

/** The fixture request with the sandbox's session, symbols, times and order numbers. */
async function adapt(name: string, request: Record<string, unknown>): Promise<Record<string, unknown>> {
  // logout ends its session: it gets one of its own.
  const session = name === 'logout' ? await loginV1(sb) : auth
  const r: Record<string, unknown> = { ...request, ...(request.jKey !== undefined ? session : {}) }
  const e = equity()
  const option = niftyOption()
  if (name === 'login') {
    const who = sb.accounts[0]!
    return { userId: who.userId, password: createHash('sha256').update(who.password).digest('hex'), TOTP: sb.totp(), vendorCode: who.vendorCode, apiKey: who.apiKey }
  }
  if (r.exchange === 'NSE' && typeof r.tradingSymbol === 'string' && r.tradingSymbol !== 'NIFTY') r.tradingSymbol = e.tradingSymbol
  if (r.exchange === 'NFO' && typeof r.tradingSymbol === 'string') {
    r.tradingSymbol = r.tradingSymbol.endsWith('F') ? pick((i) => i.exchange === 'NFO' && i.instrumentName === 'FUTSTK').tradingSymbol : option.tradingSymbol
  }
  if (name === 'placeOrder' || name === 'placeAMO') Object.assign(r, orderLeg({ priceType: r.priceType, mkt_protection: r.mkt_protection }))
  if (name === 'placeAMO') clock = EVENING
  if (name === 'placeOrder.sliced') {
    const price = Math.max(option.tickSize, sb.market.quote('NFO', option.token)!.ltp).toFixed(2)
    Object.assign(r, { tradingSymbol: option.tradingSymbol, price, quantity: String(option.lotSize * 100) })
  }
  if (['modifyOrder', 'cancelOrder', 'singleOrderHistory'].includes(name)) r.orderNumber = await placed()
  if (name === 'modifyOrder') Object.assign(r, orderLeg({ orderNumber: r.orderNumber, quantity: '1' }))
  if (name === 'modifyAMO') {
    clock = EVENING
    const amo = await postV1(sb, 'placeAMO', { ...auth, ...orderLeg() })
    Object.assign(r, { orderNumber: amo.body.data.orderNumber, price: orderLeg().price, priceType: 'LMT', product: 'C', quantity: '2' })
  }
  if (name === 'basketOrder') r.legs = [orderLeg(), orderLeg({ quantity: '2' })]
  if (name === 'basketMargin') {
    Object.assign(r, { tradingSymbol: e.tradingSymbol, priceType: 'LMT', price: orderLeg().price })
    r.BasketList_Params = [{ ...(r.BasketList_Params as object[])[0], tradingSymbol: e.tradingSymbol, priceType: 'LMT', price: orderLeg().price }]
  }
  if (name === 'getMultiQuotes' || name === 'getMultiQuotesLtp') r.data = [{ exchange: 'NSE', tradingSymbol: 'NIFTY' }, { exchange: 'NFO', tradingSymbol: 'BADSYMBOL' }]
  if (name === 'optionChain' || name === 'optionChainGreeks') {
    Object.assign(r, { exchange: 'NFO', symbol: 'NIFTY', expiry: option.expiry, strikePrice: String(option.strike) })
  }
  if (name === 'brokerageCalculator') r.tradingSymbol = pick((i) => i.exchange === 'NFO' && i.instrumentName === 'FUTSTK').tradingSymbol
  if (name.startsWith('timePriceSeries')) {
    const day = new Date(sb.clock.now() + 330 * 60_000)
    const dmy = `${String(day.getUTCDate()).padStart(2, '0')}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${day.getUTCFullYear()}`
    const back = new Date(sb.clock.now() + 330 * 60_000 - 10 * 86_400_000)
    const from = `${String(back.getUTCDate()).padStart(2, '0')}-${String(back.getUTCMonth() + 1).padStart(2, '0')}-${back.getUTCFullYear()}`
    Object.assign(r, { startTime: `09:15:00 ${from}`, endTime: `15:29:00 ${dmy}` })
  }
  if (name === 'placeGttOrder' || name === 'modifyGttOrder') {
    const ltp = sb.market.quote('NSE', e.token)!.ltp
    const level = (Math.round((ltp * 1.1) / e.tickSize) * e.tickSize).toFixed(2)
    Object.assign(r, { tradingSymbol: e.tradingSymbol, value: level })
    r.OrderParams = orderLeg({ priceType: 'SL-LMT', triggerPrice: level, price: level })
  }
  if (name === 'modifyGttOrder' || name === 'cancelGttOrder') {
    const g = await postV1(sb, 'placeGttOrder', await adapt('placeGttOrder', v1Fixture('placeGttOrder').request))
    r.GTTid = g.body.data.GTTid
  }
  if (name === 'productConversion') {
    await postV1(sb, 'placeOrder', { ...auth, ...orderLeg({ product: 'I', priceType: 'MKT', mkt_protection: '1', price: '0' }) })
  }
  return r
}

const rest = v1Fixtures().filter(([name]) => !name.startsWith('ws.') && name !== 'symbols')

describe('V1 fixtures: success shapes', () => {
  test.each(rest)('%s', async (name, fixture) => {
    clock = SESSION
    const request = await adapt(name, fixture.request)
    if (name === 'GttOrderBook') await postV1(sb, 'placeGttOrder', await adapt('placeGttOrder', v1Fixture('placeGttOrder').request))
    if (name === 'tradeBook' || name === 'positionBook') {
      await postV1(sb, 'placeOrder', { ...auth, ...orderLeg({ priceType: 'MKT', mkt_protection: '1', price: '0', product: 'I' }) })
      sb.market.step(5)
    }
    const res = await postV1(sb, fixture.path.replace('/V1/', ''), request)
    expect(res.status, res.text).toBe(200)
    expect(shapeMismatches(fixture.success, res.body), res.text.slice(0, 500)).toEqual([])
  })
})

/** Turns a request into the one that should meet the fixture's documented failure. */
function breakRequest(name: string, r: Record<string, unknown>, failure: any): Record<string, unknown> {
  const out = { ...r }
  const { field, message } = failure.error
  if (failure.name === 'INVALID_JKEY') {
    if (/required/i.test(message)) delete out.jKey
    else out.jKey = 'not-a-session'
  } else if (name === 'placeOrder.sliced') out.quantity = String(Number(out.quantity) * 4)
  else if (message === 'Count cannot exceed 30') out.count = '31'
  else if (/Invalid price format/.test(message)) out.price = 'abc'
  else if (name === 'modifyAMO') out.orderNumber = '99999999999999'
  else if (name === 'modifyGttOrder' || name === 'cancelGttOrder') out.GTTid = 'unknown'
  else delete out[field === 'userId' ? 'userId' : field]
  return out
}

describe('V1 fixtures: documented failures', () => {
  test.each(rest.filter(([, f]) => f.failure && (f.failure as any).error))('%s', async (name, fixture) => {
    clock = SESSION
    const failure = fixture.failure as any
    const request = breakRequest(name, await adapt(name, fixture.request), failure)
    const res = await postV1(sb, fixture.path.replace('/V1/', ''), request)
    expect(res.status, res.text).toBe(Number(failure.code))
    expect(res.body.status).toBe('failed')
    expect(res.body.code).toBe(failure.code)
    expect(res.body.name).toBe(failure.name)
    expect(res.body.error.field).toBe(failure.error.field)
    // The docs spell the same message `JKey is required` and `jKey is required`.
    if (!String(failure.error.message).includes('<')) expect(res.body.error.message.toLowerCase()).toBe(failure.error.message.toLowerCase())
  })
})

test('GET /V1/symbols/{NSE|BSE|NFO|BFO|Indices} answers CSV in the documented columns', async () => {
  const fixture = v1Fixtures('symbols')[0]![1].success as Record<string, string[]>
  const headers: Record<string, string[]> = {
    NSE: fixture._csvHeader_NSE_BSE!,
    BSE: fixture._csvHeader_NSE_BSE!,
    NFO: fixture._csvHeader_NFO_BFO!,
    BFO: fixture._csvHeader_NFO_BFO!,
    Indices: fixture._csvHeader_Indices!,
  }
  for (const [file, columns] of Object.entries(headers)) {
    const res = await fetch(`${sb.v1!.baseUrl}symbols/${file}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = (await res.text()).trim().split('\n')
    expect(lines[0]).toBe(columns.join(','))
    expect(lines.length).toBeGreaterThan(1)
  }
  expect((await fetch(`${sb.v1!.baseUrl}symbols/MCX`)).status).toBe(404)
})
