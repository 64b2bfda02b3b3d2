import fc from 'fast-check'
import { expect, test } from 'vitest'
import { forwardPrice, normalCdf, priceOnSmile, priceOption, type Smile, yearsToExpiry } from '../src/model/pricing.ts'
import { roundTo } from '../src/util.ts'

const TICK = 0.05
/** Underlyings as the sandbox lists them: spot, strike step, smile. */
const underlying = fc.record({
  spot: fc.double({ min: 100, max: 90_000, noNaN: true }),
  days: fc.double({ min: 0.01, max: 95, noNaN: true }),
  smile: fc.record({
    atm: fc.double({ min: 0.08, max: 0.6, noNaN: true }),
    skew: fc.double({ min: -2, max: 0, noNaN: true }),
    curvature: fc.double({ min: 0, max: 4, noNaN: true }),
  }),
})
/** A chain of 41 strikes around the money, 0.5 % of the spot apart, on a round step. */
function strikes(spot: number): number[] {
  const step = Math.max(1, Math.round(spot * 0.005))
  const centre = Math.round(spot / step) * step
  return Array.from({ length: 41 }, (_, i) => centre + (i - 20) * step).filter((k) => k > 0)
}
const onTick = (n: number) => Math.max(TICK, roundTo(n, TICK))

test('normalCdf: known values, symmetric, monotonic', () => {
  // The erf is accurate to about 1e-7: a thousandth of a rupee on a price of 60,000, far below a tick.
  expect(normalCdf(0)).toBeCloseTo(0.5, 7)
  expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7)
  expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 9)
  expect(normalCdf(-6) / 9.865876450377e-10).toBeCloseTo(1, 5)
  fc.assert(
    fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (x, dx) => {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 7)
      expect(normalCdf(x + dx)).toBeGreaterThanOrEqual(normalCdf(x))
    }),
  )
})

test('chain on the smile: calls fall and puts rise with strike, on the tick', () => {
  fc.assert(
    fc.property(underlying, ({ spot, days, smile }) => {
      const t = days / 365
      let prev: { call: number; put: number } | undefined
      for (const k of strikes(spot)) {
        const o = priceOnSmile(spot, k, t, smile)
        const now = { call: onTick(o.call), put: onTick(o.put) }
        if (prev) {
          expect(now.call).toBeLessThanOrEqual(prev.call)
          expect(now.put).toBeGreaterThanOrEqual(prev.put)
        }
        prev = now
      }
    }),
    { numRuns: 300 },
  )
})

test('put–call parity against the forward within 3 ticks, after rounding to the tick', () => {
  fc.assert(
    fc.property(underlying, ({ spot, days, smile }) => {
      const t = days / 365
      const forward = forwardPrice(spot, t)
      for (const k of strikes(spot)) {
        const o = priceOnSmile(spot, k, t, smile)
        const parity = (forward - k) * Math.exp(-0.07 * t)
        expect(Math.abs(onTick(o.call) - onTick(o.put) - parity)).toBeLessThanOrEqual(3 * TICK + 1e-9)
      }
    }),
    { numRuns: 300 },
  )
})

test('greeks: delta and gamma agree with the price they come from (finite differences)', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1000, max: 60_000, noNaN: true }),
      fc.double({ min: 0.9, max: 1.1, noNaN: true }),
      fc.double({ min: 2, max: 60, noNaN: true }),
      fc.double({ min: 0.1, max: 0.4, noNaN: true }),
      (spot, moneyness, days, vol) => {
        const k = spot * moneyness
        const t = days / 365
        const h = spot * 1e-4
        const o = priceOption(spot, k, t, vol)
        const up = priceOption(spot + h, k, t, vol)
        const down = priceOption(spot - h, k, t, vol)
        expect(o.callDelta).toBeCloseTo((up.call - down.call) / (2 * h), 3)
        expect(o.putDelta).toBeCloseTo((up.put - down.put) / (2 * h), 3)
        expect(o.callDelta - o.putDelta).toBeCloseTo(1, 12)
        // Theta is per calendar day: the change over a thousandth of a day, scaled up.
        const later = priceOption(spot, k, t - 0.001 / 365, vol)
        expect(Math.abs(o.callTheta - (later.call - o.call) / 0.001)).toBeLessThan(5e-3 * Math.max(1, Math.abs(o.callTheta)))
      },
    ),
    { numRuns: 200 },
  )
})

test('futures: the spot carried at one rate; expiry is the 15:30 IST close', () => {
  expect(forwardPrice(17_900, 0.25)).toBeCloseTo(17_900 * Math.exp(0.07 * 0.25), 6)
  const day = Date.UTC(2026, 11, 8) - 330 * 60_000
  expect(yearsToExpiry(day, day) * 365 * 24).toBeCloseTo(15.5, 6)
  expect(yearsToExpiry(day, day + 20 * 3_600_000)).toBeGreaterThan(0)
})

test('the smile: puts below the money carry more volatility than calls above it', () => {
  const smile: Smile = { atm: 0.14, skew: -1.2, curvature: 3 }
  const t = 7 / 365
  const low = priceOnSmile(17_900, 17_000, t, smile).vol
  const atm = priceOnSmile(17_900, 17_950, t, smile).vol
  const high = priceOnSmile(17_900, 18_800, t, smile).vol
  expect(low).toBeGreaterThan(atm)
  expect(atm).toBeGreaterThan(high * 0.99)
})
