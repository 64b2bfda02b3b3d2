import { afterEach, expect, test } from 'vitest'
import type { InstrumentInfo, Sandbox } from '../src/index.ts'
import { Holidays, monthlyExpiries, weeklyExpiries } from '../src/model/calendar.ts'
import { ddmmmyy, parseExpiry } from '../src/util.ts'
import { login, post, start } from './helpers.ts'

// Contracts appear by the clock, without a restart: a sandbox whose clock runs past an expiry lists the next series
// (weekly options, monthly futures) everywhere a client looks, settles the expired contracts' positions at their last
// price, and keeps answering for them by token. The clock is a function the test moves, as a fast replay would.

const at = (text: string) => Date.parse(`${text}+05:30`)
// The last Tuesday of December 2026: NSE's monthly (and weekly) expiry. BSE and MCX expire on Thursday the 31st.
const NSE_EXPIRY_DAY = '2026-12-29'
const BSE_EXPIRY_DAY = '2026-12-31'
const holidays = new Holidays()

let sb: Sandbox
let now = 0
afterEach(() => sb?.close())

const expiries = (exchange: string, symbol: string, pick: (i: InstrumentInfo) => boolean) =>
  [...new Set(sb.market.instruments().filter((i) => i.exchange === exchange && i.symbolName === symbol && pick(i)).map((i) => i.expiry!))].sort(
    (a, b) => parseExpiry(a)! - parseExpiry(b)!,
  )
const isFuture = (i: InstrumentInfo) => i.instrumentName.startsWith('FUT')
const isOption = (i: InstrumentInfo) => i.optionType !== undefined
const names = (list: number[]) => list.map(ddmmmyy)

async function masterRows(path: string): Promise<string[][]> {
  const text = await (await fetch(`${sb.httpUrl}${path}`)).text()
  return text.trimEnd().split('\n').slice(1).map((line) => line.split(','))
}

test('past an NSE expiry the next weekly and monthly contracts are listed in the master, search, quotes and instruments(); positions settle', async () => {
  now = at(`${NSE_EXPIRY_DAY}T15:25:00`)
  sb = await start({ now: () => now })
  const auth = await login(sb)
  expect(expiries('NFO', 'NIFTY', isOption)).toEqual(names(weeklyExpiries(now, 2, 'NSE', holidays)))
  expect(expiries('NFO', 'NIFTY', isFuture)).toEqual(names(monthlyExpiries(now, 2, 'NSE', holidays)))
  const [expiring] = expiries('NFO', 'NIFTY', isFuture)
  const future = sb.market.instruments().find((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && isFuture(i) && i.expiry === expiring)!
  const bought = await post(sb, 'placeOrder', {
    ...auth, exchange: 'NFO', tradingSymbol: future.tradingSymbol, quantity: String(future.lotSize), price: '0', triggerPrice: '0',
    product: 'M', transactionType: 'B', priceType: 'MKT', retention: 'DAY',
  })
  const order = sb.orders().find((o) => o.orderNumber === bought.body.data.orderNumber)!
  expect(order.status).toBe('COMPLETE')

  now = at(`${NSE_EXPIRY_DAY}T15:31:00`)
  sb.market.step()
  const weekly = names(weeklyExpiries(now, 2, 'NSE', holidays))
  const monthly = names(monthlyExpiries(now, 2, 'NSE', holidays))
  expect(weekly).not.toContain(expiring)
  expect(expiries('NFO', 'NIFTY', isOption)).toEqual(weekly)
  expect(expiries('NFO', 'BANKNIFTY', isOption)).toEqual(weekly)
  expect(expiries('NFO', 'NIFTY', isFuture)).toEqual(monthly)
  expect(expiries('NFO', 'RELIANCE', isFuture)).toEqual(monthly)

  // The new far contracts, everywhere a client looks.
  const fresh = sb.market.instruments().filter((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && (i.expiry === weekly[1] || i.expiry === monthly[1]))
  const master = await masterRows('/NFOSymbolDownload')
  for (const i of [fresh.find(isFuture)!, fresh.find(isOption)!]) {
    expect(master.some((row) => row[1] === i.token && row[4] === i.tradingSymbol)).toBe(true)
    const found = (await post(sb, 'searchScrips', { ...auth, stext: i.tradingSymbol })).body.values
    expect(found.map((v: { token: string }) => v.token)).toContain(i.token)
    const quote = (await post(sb, 'getQuote', { ...auth, exchange: 'NFO', token: i.token })).body.data
    expect(quote.tradingSymbol).toBe(i.tradingSymbol)
    expect(Number(quote.lastTradedPrice)).toBeGreaterThan(0)
  }
  // The next trading morning the new far future trades.
  now = at('2026-12-30T10:00:00')
  const newFuture = fresh.find(isFuture)!
  const sold = await post(sb, 'placeOrder', {
    ...auth, exchange: 'NFO', tradingSymbol: newFuture.tradingSymbol, quantity: String(newFuture.lotSize), price: '0', triggerPrice: '0',
    product: 'M', transactionType: 'S', priceType: 'MKT', retention: 'DAY',
  })
  expect(sb.orders().find((o) => o.orderNumber === sold.body.data.orderNumber)!.status).toBe('COMPLETE')

  // The expired contract leaves the master and the list, keeps answering by token, and its position settled.
  expect(master.some((row) => row[1] === future.token)).toBe(false)
  expect(sb.market.instruments().some((i) => i.token === future.token && i.exchange === 'NFO')).toBe(false)
  expect((await post(sb, 'searchScrips', { ...auth, stext: future.tradingSymbol })).body.values ?? []).toEqual([])
  const last = sb.market.quote('NFO', future.token)!.ltp
  const position = (await post(sb, 'positionBook', auth)).body.data.find((p: Record<string, string>) => p.token === future.token)
  expect(position.netQuantity).toBe('0')
  expect(Number(position.RealizedPNL)).toBeCloseTo((last - order.averagePrice) * future.lotSize, 1)
  sb.market.step(20)
  expect(sb.market.quote('NFO', future.token)!.ltp).toBe(last)
})

test('past the BSE and MCX expiries the next SENSEX options and futures and MCX futures are listed', async () => {
  now = at(`${BSE_EXPIRY_DAY}T15:00:00`)
  sb = await start({ now: () => now })
  const mcxBefore = sb.market.instruments().filter((i) => i.exchange === 'MCX' && i.symbolName === 'GOLD')
  expect(mcxBefore).toHaveLength(1)
  const goldLast = sb.market.quote('MCX', mcxBefore[0]!.token)!.ltp
  now = at(`${BSE_EXPIRY_DAY}T15:31:00`)
  sb.market.step()
  expect(expiries('BFO', 'SENSEX', isOption)).toEqual(names(weeklyExpiries(now, 2, 'BSE', holidays)))
  expect(expiries('BFO', 'SENSEX', isFuture)).toEqual(names(monthlyExpiries(now, 2, 'BSE', holidays)))
  const gold = sb.market.instruments().filter((i) => i.exchange === 'MCX' && i.symbolName === 'GOLD')
  expect(gold.map((i) => i.expiry)).toEqual(names(monthlyExpiries(now, 1, 'MCX', holidays)))
  expect(gold[0]!.token).not.toBe(mcxBefore[0]!.token)
  // The next month opens from where the expiring one closed (within the day's first move).
  expect(Math.abs(sb.market.quote('MCX', gold[0]!.token)!.ltp / goldLast - 1)).toBeLessThan(0.05)
  expect(new Set(sb.market.instruments().map((i) => `${i.exchange}|${i.token}`)).size).toBe(sb.market.instruments().length)
})
