import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { contractSpec } from '../src/model/contracts.ts'
import { parseExpiry } from '../src/util.ts'
import { login, post, start } from './helpers.ts'

// One lot size and freeze quantity per contract, the contract table's, wherever a client reads it: the symbol master,
// securityInfo and getQuote (whose depth is in whole lots).

let sb: Sandbox
let auth: { userId: string; jKey: string }
beforeAll(async () => {
  sb = await start()
  auth = await login(sb)
})
afterAll(() => sb.close())

test('NIFTY, BANKNIFTY and SENSEX derivatives: the same lot and freeze quantity in every view', async () => {
  const csv = async (path: string) => (await (await fetch(`${sb.httpUrl}${path}`)).text()).trimEnd().split('\n').slice(1).map((l) => l.split(','))
  const master = [...(await csv('/NFOSymbolDownload')), ...(await csv('/BFOSymbolDownload'))]
  const picks = ['NIFTY', 'BANKNIFTY', 'SENSEX'].flatMap((symbol) =>
    sb.market.instruments().filter((i) => i.symbolName === symbol && (i.optionType === 'PE' || i.instrumentName === 'FUTIDX')).slice(0, 2),
  )
  expect(picks.length).toBeGreaterThanOrEqual(5)
  for (const i of picks) {
    const spec = contractSpec(i.symbolName, parseExpiry(i.expiry!)!)!
    expect(i.lotSize).toBe(spec.lotSize)
    const row = master.find((r) => r[0] === i.exchange && r[1] === i.token)!
    expect([Number(row[2]), Number(row[11])]).toEqual([spec.lotSize, spec.freezeQty])
    const v3 = (await post(sb, 'securityInfo', { ...auth, exchange: i.exchange, token: i.token })).body.data
    expect(Number(v3.lotSize)).toBe(spec.lotSize)
    const quote = (await post(sb, 'getQuote', { ...auth, exchange: i.exchange, token: i.token })).body.data
    expect(Number(quote.lotSize)).toBe(spec.lotSize)
    expect([1, 2, 3, 4, 5].every((n) => Number(quote[`bestBuyQuantity${n}`]) % spec.lotSize === 0)).toBe(true)
  }
})
