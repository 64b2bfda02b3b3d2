import fc from 'fast-check'
import { expect, test } from 'vitest'
import { Holidays } from '../src/model/calendar.ts'
import { MarketHours } from '../src/model/hours.ts'
import { type Instrument, Market } from '../src/model/market.ts'
import { CARRY_RATE, forwardPrice, yearsToExpiry } from '../src/model/pricing.ts'
import { contractSpec } from '../src/model/contracts.ts'

// The simulated market as a whole, over many seeds and clock moments: the chain obeys the pricing model, the book
// looks like an exchange's, and the walk stays on the tick and inside the band.

/** A clock moment anywhere from 2026 to 2028, at any hour. */
const moment = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) })
const seed = fc.oneof(fc.integer(), fc.string())
const market = (seedValue: number | string, at: number) =>
  new Market({ seed: seedValue, now: () => at, holidays: new Holidays(), hours: new MarketHours('always-open', new Holidays()), tokensPerTick: 40 })

function chains(m: Market): Map<string, Instrument[]> {
  const out = new Map<string, Instrument[]>()
  for (const i of m.list) {
    if (i.kind !== 'option') continue
    const key = `${i.exchange}|${i.symbolName}|${i.expiry}`
    out.set(key, [...(out.get(key) ?? []), i])
  }
  return out
}

test('chain: calls fall and puts rise with strike; put–call parity within 3 ticks, after any number of steps', () => {
  fc.assert(
    fc.property(seed, moment, fc.integer({ min: 0, max: 400 }), (s, at, steps) => {
      const m = market(s, at)
      m.step(steps)
      for (const options of chains(m).values()) {
        const byStrike = new Map<number, { CE?: Instrument; PE?: Instrument }>()
        for (const o of options) byStrike.set(o.strike!, { ...byStrike.get(o.strike!), [o.optionType!]: o })
        const strikes = [...byStrike.keys()].sort((a, b) => a - b)
        for (const [i, k] of strikes.entries()) {
          const { CE, PE } = byStrike.get(k)!
          const t = yearsToExpiry(CE!.expiry!, m.modelTime())
          const parity = (forwardPrice(CE!.underlying!.ltp, t) - k) * Math.exp(-CARRY_RATE * t)
          expect(Math.abs(CE!.ltp - PE!.ltp - parity), `${CE!.tradingSymbol} parity`).toBeLessThanOrEqual(3 * CE!.tickSize + 1e-9)
          if (i === 0) continue
          const prev = byStrike.get(strikes[i - 1]!)!
          expect(CE!.ltp).toBeLessThanOrEqual(prev.CE!.ltp)
          expect(PE!.ltp).toBeGreaterThanOrEqual(prev.PE!.ltp)
        }
      }
    }),
    { numRuns: 12 },
  )
}, 120_000)

test('futures trade at the underlying plus carry, within a few ticks', () => {
  fc.assert(
    fc.property(seed, moment, fc.integer({ min: 1, max: 300 }), (s, at, steps) => {
      const m = market(s, at)
      m.step(steps)
      for (const f of m.list.filter((i) => i.kind === 'future' && i.underlying)) {
        const fair = forwardPrice(f.underlying!.ltp, yearsToExpiry(f.expiry!, m.modelTime()))
        // The basis wanders a few ticks, and the future last traded at most a few hundred steps of carry ago.
        expect(Math.abs(f.ltp - fair) / fair).toBeLessThan(0.02)
      }
    }),
    { numRuns: 10 },
  )
}, 120_000)

test('every price on the tick and inside the band; depth best bid < best ask, whole lots, inside the band', () => {
  fc.assert(
    fc.property(seed, moment, fc.integer({ min: 0, max: 300 }), (s, at, steps) => {
      const m = market(s, at)
      m.step(steps)
      for (const i of m.list) {
        expect(Math.abs(Math.round(i.ltp / i.tickSize) * i.tickSize - i.ltp)).toBeLessThan(1e-6)
        if (i.upperCircuit > 0) {
          expect(i.ltp).toBeLessThanOrEqual(i.upperCircuit)
          expect(i.ltp).toBeGreaterThanOrEqual(i.lowerCircuit)
        }
        if (i.kind === 'index') continue
        if (i.bids[0] && i.asks[0]) expect(i.bids[0].price).toBeLessThan(i.asks[0].price)
        for (const l of [...i.bids, ...i.asks]) {
          expect(l.qty % i.lotSize).toBe(0)
          if (i.upperCircuit > 0) expect(l.price >= i.lowerCircuit && l.price <= i.upperCircuit).toBe(true)
        }
      }
    }),
    { numRuns: 10 },
  )
}, 120_000)

test('the book of a liquid stock shows hundreds to thousands of shares; far strikes spread wider than the money', () => {
  const m = market(42, Date.UTC(2026, 11, 4, 5, 0))
  m.step(100)
  const itc = m.get('NSE', '1660')!
  const shown = [...itc.bids, ...itc.asks].map((l) => l.qty)
  expect(Math.min(...shown)).toBeGreaterThanOrEqual(100)
  expect(Math.max(...shown)).toBeGreaterThanOrEqual(1000)
  const nifty = m.get('NSE', '26000')!
  const calls = m.list.filter((i) => i.symbolName === 'NIFTY' && i.optionType === 'CE' && i.exchange === 'NFO')
  const spread = (i: Instrument) => (i.asks[0]!.price - i.bids[0]!.price) / i.tickSize
  const byDistance = [...calls].sort((a, b) => Math.abs(a.strike! - nifty.ltp) - Math.abs(b.strike! - nifty.ltp))
  const near = byDistance.slice(0, 6).reduce((s, i) => s + spread(i), 0)
  const far = byDistance.slice(-6).reduce((s, i) => s + spread(i), 0)
  expect(far).toBeGreaterThan(near)
})

test('lot sizes and freeze quantities come from the contract table for the contract expiry', () => {
  const m = market(1, Date.UTC(2026, 11, 4, 5, 0))
  for (const i of m.list.filter((x) => x.kind === 'future' || x.kind === 'option')) {
    const spec = contractSpec(i.symbolName, i.expiry!)!
    expect({ lot: i.lotSize, freeze: i.freezeQty }).toEqual({ lot: spec.lotSize, freeze: spec.freezeQty })
  }
  expect(m.list.find((i) => i.symbolName === 'NIFTY' && i.kind === 'option')!.lotSize).toBe(65)
})
