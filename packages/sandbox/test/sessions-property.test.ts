import { afterEach, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, post, start } from './helpers.ts'

// Property: with real market hours, no order fills outside continuous trading (09:15–15:30 IST on a trading day),
// over many seeds and clock moments: random minutes of a week plus the session's edges.

const HOLIDAY = '2026-12-03'
const WEEK_START = Date.parse('2026-11-30T00:00:00+05:30') // a Monday
const IST = 330 * 60_000

/** The oracle, written apart from the sandbox's own session code. */
function inContinuousSession(ms: number): boolean {
  const ist = new Date(ms + IST)
  const day = ist.getUTCDay()
  const minute = ist.getUTCHours() * 60 + ist.getUTCMinutes()
  return day !== 0 && day !== 6 && ist.toISOString().slice(0, 10) !== HOLIDAY && minute >= 9 * 60 + 15 && minute < 15 * 60 + 30
}

function moments(seed: number): number[] {
  let state = seed * 2_654_435_761
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const out: number[] = []
  for (let i = 0; i < 20; i++) out.push(WEEK_START + Math.floor(next() * 7 * 24 * 60) * 60_000)
  for (const day of [0, 1, 3, 5]) {
    for (const [h, m, s] of [[8, 59, 59], [9, 0, 0], [9, 14, 59], [9, 15, 0], [15, 29, 59], [15, 30, 0]] as const) {
      out.push(WEEK_START + day * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000)
    }
  }
  return out.sort((a, b) => a - b)
}

let sb: Sandbox | undefined
afterEach(() => sb?.close())

test.each([1, 2, 3, 4, 5, 6])('seed %i: every fill happens inside its session', async (seed) => {
  let now = WEEK_START
  sb = await start({ seed, now: () => now, marketHours: 'real', holidays: [HOLIDAY] })
  const auth = await login(sb)
  const equities = sb.market.instruments().filter((i) => i.exchange === 'NSE' && i.instrumentName === 'EQ')
  const seen = new Map<string, number>()
  let filled = 0
  for (const [k, moment] of moments(seed).entries()) {
    now = moment
    const inst = equities[k % equities.length]!
    const ltp = sb.market.quote('NSE', inst.token)!.ltp
    const limit = (Math.round((ltp * (k % 2 ? 1.01 : 0.99)) / inst.tickSize) * inst.tickSize).toFixed(2)
    await post(sb, 'placeOrder', {
      ...auth,
      exchange: 'NSE',
      tradingSymbol: inst.tradingSymbol,
      quantity: '1',
      price: k % 3 === 0 ? '0' : limit,
      triggerPrice: '0',
      product: 'I',
      transactionType: k % 2 ? 'B' : 'S',
      priceType: k % 3 === 0 ? 'MKT' : 'LMT',
      retention: 'DAY',
    })
    sb.market.step(5)
    for (const order of sb.orders()) {
      if (order.fillShares === (seen.get(order.orderNumber) ?? 0)) continue
      expect({ order: order.orderNumber, at: new Date(now).toISOString(), inSession: inContinuousSession(now) }).toMatchObject({ inSession: true })
      seen.set(order.orderNumber, order.fillShares)
      filled++
    }
  }
  // The property is not vacuous: orders did fill inside the sessions.
  expect(filled).toBeGreaterThan(0)
})
