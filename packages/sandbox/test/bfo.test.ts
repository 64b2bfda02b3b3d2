import { afterEach, beforeEach, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, post, socket, start } from './helpers.ts'

let sb: Sandbox
let auth: { userId: string; jKey: string }
beforeEach(async () => {
  sb = await start({ seed: 7 })
  auth = await login(sb)
})
afterEach(() => sb.close())

const sensex = () => sb.market.quote('BSE', '1')!
/** The at-the-money SENSEX call of the nearest weekly expiry. */
function atmCall() {
  const calls = sb.market.instruments().filter((i) => i.exchange === 'BFO' && i.optionType === 'CE')
  const nearest = calls[0]!.expiry
  const spot = sensex().ltp
  return calls.filter((i) => i.expiry === nearest).sort((a, b) => Math.abs(a.strike! - spot) - Math.abs(b.strike! - spot))[0]!
}
const order = (extra: Record<string, unknown>) =>
  post(sb, 'placeOrder', { ...auth, exchange: 'BFO', product: 'M', transactionType: 'B', retention: 'DAY', triggerPrice: '0', price: '0', priceType: 'MKT', ...extra })
const book = async () => (await post(sb, 'orderBook', auth)).body.data as Array<Record<string, string>>

test('BFO: SENSEX is a BSE index (token 1); an ATM option quotes lot 20 at a sane Black–Scholes price', async () => {
  const index = (await post(sb, 'getQuote', { ...auth, exchange: 'BSE', token: '1' })).body.data
  expect(index).toMatchObject({ tradingSymbol: 'SENSEX', symbolName: 'SENSEX', instrumentName: 'UNDIND' })
  expect((await post(sb, 'indexList', { ...auth, exchange: 'BSE' })).body.data.values).toEqual([{ idxname: 'SENSEX', token: '1' }])

  const call = atmCall()
  expect(call.tradingSymbol).toMatch(/^SENSEX\d{2}[A-Z]{3}\d{2}C\d+00$/)
  const q = (await post(sb, 'getQuote', { ...auth, exchange: 'BFO', token: call.token })).body.data
  expect(q).toMatchObject({ exchange: 'BFO', tradingSymbol: call.tradingSymbol, lotSize: '20', instrumentName: 'OPTIDX' })
  // At the money, within two weeks of expiry at ~15% vol: a few hundred points, well under 5% of the index.
  expect(Number(q.lastTradedPrice)).toBeGreaterThan(50)
  expect(Number(q.lastTradedPrice)).toBeLessThan(0.05 * Number(index.lastTradedPrice))
  expect(Number(q.bestBuyQuantity1) % 20).toBe(0)

  const info = (await post(sb, 'securityInfo', { ...auth, exchange: 'BFO', token: call.token })).body.data
  expect(info).toMatchObject({ lotSize: '20', strikePrice: call.strike!.toFixed(2), optionType: 'CE' })
  const multi = (await post(sb, 'getMultiQuotes', { ...auth, data: [{ exchange: 'BFO', token: call.token }] })).body.data
  expect(multi[0].result.tradingSymbol).toBe(call.tradingSymbol)
  const found = (await post(sb, 'searchScrips', { ...auth, stext: call.tradingSymbol })).body.values
  expect(found[0]).toMatchObject({ exchange: 'BFO', token: call.token, lotSize: '20' })
})

test('BFO: a quantity off the lot is rejected; a whole lot fills into a position with NFO-style margin', async () => {
  const call = atmCall()
  await order({ tradingSymbol: call.tradingSymbol, quantity: '15' })
  const rejected = (await book())[0]!
  expect(rejected).toMatchObject({ status: 'REJECTED', exchange: 'BFO' })
  expect(rejected.rejectReason).toMatch(/not a multiple of lot size 20/)

  const future = sb.market.instruments().find((i) => i.exchange === 'BFO' && i.instrumentName === 'FUTIDX')!
  const margin = (await post(sb, 'orderMargin', { ...auth, exchange: 'BFO', tradingSymbol: future.tradingSymbol, quantity: '20', price: '0', product: 'M', transactionType: 'B', priceType: 'MKT' })).body.data
  // Futures block 12% of notional under M, as on NFO.
  expect(Number(margin.marginused)).toBeCloseTo(20 * sb.market.quote('BFO', future.token)!.ltp * 0.12, -1)

  await order({ tradingSymbol: call.tradingSymbol, quantity: '20' })
  sb.market.step()
  expect((await book())[0]).toMatchObject({ status: 'COMPLETE', fillshares: '20', exchange: 'BFO' })
  const position = (await post(sb, 'positionBook', auth)).body.data[0]
  expect(position).toMatchObject({ exchange: 'BFO', tradingSymbol: call.tradingSymbol, netQuantity: '20' })
})

test('BFO: optionChain on a SENSEX contract answers the strikes around the spot', async () => {
  const call = atmCall()
  const spot = sensex().ltp
  const res = await post(sb, 'optionChain', { ...auth, exchange: 'BFO', tradingSymbol: call.tradingSymbol, strikePrice: String(spot), count: '5' })
  const values = res.body.data.values as Array<Record<string, string>>
  expect(values).toHaveLength(20)
  expect(values.every((v) => v.exchange === 'BFO' && v.lotSize === '20')).toBe(true)
  const strikes = [...new Set(values.map((v) => Number(v.strikePrice)))]
  expect(strikes).toHaveLength(10)
  expect(Math.min(...strikes)).toBeLessThanOrEqual(spot)
  expect(Math.max(...strikes)).toBeGreaterThan(spot)
  expect(Math.max(...strikes) - Math.min(...strikes)).toBe(900)
})

test('BFO: strategies on SENSEX place their legs on BFO', async () => {
  const call = atmCall()
  const expiry = call.tradingSymbol.slice('SENSEX'.length, -(1 + String(call.strike).length))
  const res = await post(sb, 'strategies/longStraddle', { ...auth, symbol: 'SENSEX', expiry, strikePrice: String(call.strike), product: 'M', quantity: '20' })
  expect(res.body).toHaveLength(2)
  expect((await book()).map((o) => [o.exchange, o.status])).toEqual([
    ['BFO', 'COMPLETE'],
    ['BFO', 'COMPLETE'],
  ])
})

test('BFO: touchline and depth ticks stream for a SENSEX option', async () => {
  const call = atmCall()
  const ws = await socket(sb, auth)
  await ws.next((f) => f.t === 'ck')
  ws.send({ t: 't', k: `BFO|${call.token}` })
  expect(await ws.next((f) => f.t === 'tk' && f.tk === call.token)).toMatchObject({ e: 'BFO', ts: call.tradingSymbol, ls: '20' })
  ws.send({ t: 'd', k: `BFO|${call.token}` })
  expect(await ws.next((f) => f.t === 'dk' && f.tk === call.token)).toMatchObject({ e: 'BFO', ls: '20' })
  sb.market.step(300)
  await ws.next((f) => (f.t === 'tf' || f.t === 'df') && f.tk === call.token)
  ws.ws.close()
})
