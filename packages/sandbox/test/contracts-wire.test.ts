import { afterAll, beforeAll, expect, test } from 'vitest'
import type { InstrumentInfo, Sandbox } from '../src/index.ts'
import { contractSpec } from '../src/model/contracts.ts'
import { parseExpiry } from '../src/util.ts'
import { login, post, socket, start } from './helpers.ts'
import { loginV1, postV1 } from './v1-helpers.ts'

// One lot size and freeze quantity per contract, the contract table's, wherever a client reads it: the symbol master,
// securityInfo (V3 and V1), getQuote (whose depth is in whole lots) and the stream's touchline. The helper's clock stands
// in December 2026, so the table's 2026 rows apply.

let sb: Sandbox
let auth: { userId: string; jKey: string }
let authV1: { userId: string; jKey: string }
beforeAll(async () => {
  sb = await start()
  auth = await login(sb)
  authV1 = await loginV1(sb)
})
afterAll(() => sb.close())

const derivative = (i: InstrumentInfo) => i.expiry !== undefined
const near = (symbol: string, pick: (i: InstrumentInfo) => boolean) =>
  sb.market.instruments().filter((i) => i.symbolName === symbol && derivative(i) && pick(i)).slice(0, 2)

test('lots of the simulated date: NIFTY 65, BANKNIFTY 30, SENSEX 20, RELIANCE 500, SBIN 750, ITC 1,600', () => {
  const lot = (symbol: string) => near(symbol, () => true)[0]!.lotSize
  expect(['NIFTY', 'BANKNIFTY', 'SENSEX', 'RELIANCE', 'SBIN', 'ITC'].map(lot)).toEqual([65, 30, 20, 500, 750, 1600])
})

test('index, stock and MCX derivatives: the same lot and freeze quantity in every view', async () => {
  const csv = async (path: string) => (await (await fetch(`${sb.httpUrl}${path}`)).text()).trimEnd().split('\n').slice(1).map((l) => l.split(','))
  const master = [...(await csv('/NFOSymbolDownload')), ...(await csv('/BFOSymbolDownload')), ...(await csv('/MCXSymbolDownload'))]
  const picks = [
    ...['NIFTY', 'BANKNIFTY', 'SENSEX'].flatMap((symbol) => near(symbol, (i) => i.optionType === 'PE' || i.instrumentName === 'FUTIDX')),
    ...['ITC', 'RELIANCE', 'SBIN', 'TCS'].flatMap((symbol) => near(symbol, (i) => i.instrumentName === 'FUTSTK')),
    ...['CRUDEOIL', 'GOLD', 'SILVER', 'NATURALGAS'].flatMap((symbol) => near(symbol, (i) => i.exchange === 'MCX')),
  ]
  expect(picks.length).toBeGreaterThanOrEqual(18)
  const ws = await socket(sb, auth)
  await ws.next((f) => f.t === 'ck')
  ws.send({ t: 't', k: picks.map((i) => `${i.exchange}|${i.token}`).join('#') })
  for (const i of picks) {
    const spec = contractSpec(i.symbolName, parseExpiry(i.expiry!)!)!
    expect(spec.freezeQty).toBeGreaterThanOrEqual(spec.lotSize)
    expect(i.lotSize).toBe(spec.lotSize)
    const row = master.find((r) => r[0] === i.exchange && r[1] === i.token)!
    expect([Number(row[2]), Number(row[11])]).toEqual([spec.lotSize, spec.freezeQty])
    const v3 = (await post(sb, 'securityInfo', { ...auth, exchange: i.exchange, token: i.token })).body.data
    expect(Number(v3.lotSize)).toBe(spec.lotSize)
    const quote = (await post(sb, 'getQuote', { ...auth, exchange: i.exchange, token: i.token })).body.data
    expect(Number(quote.lotSize)).toBe(spec.lotSize)
    expect([1, 2, 3, 4, 5].every((n) => Number(quote[`bestBuyQuantity${n}`]) % spec.lotSize === 0)).toBe(true)
    const tick = await ws.next((f) => f.t === 'tk' && f.e === i.exchange && f.tk === i.token)
    expect(Number(tick.ls)).toBe(spec.lotSize)
    if (i.exchange === 'MCX') continue // the Developer API V1 serves NSE, BSE, NFO and BFO
    const v1 = (await postV1(sb, 'securityInfo', { ...authV1, exchange: i.exchange, tradingSymbol: i.tradingSymbol })).body.data
    expect([Number(v1.lotSize), Number(v1.freezeQuantity)]).toEqual([spec.lotSize, spec.freezeQty])
  }
  ws.ws.close()
})
