import fc from 'fast-check'
import { expect, test } from 'vitest'
import { buildDepth, type Liquidity } from '../src/model/depth.ts'
import { stepSigma, walkStep } from '../src/model/walk.ts'
import { mulberry32, roundTo } from '../src/util.ts'

const liquidity = fc.constantFrom<Liquidity>('high', 'medium', 'low')
const onTick = (p: number, tick: number) => Math.abs(roundTo(p, tick) - p) < 1e-9

test('depth: best bid < best ask, bid ≤ last ≤ ask, every price on the tick, whole lots, deterministic per seed', () => {
  fc.assert(
    fc.property(
      fc.integer(),
      fc.double({ min: 0.05, max: 60_000, noNaN: true }),
      fc.constantFrom(0.05, 0.01, 1),
      fc.constantFrom(1, 25, 65, 1600),
      liquidity,
      fc.double({ min: 0, max: 3, noNaN: true }),
      (seed, raw, tick, lot, liq, farness) => {
        const price = Math.max(tick, roundTo(raw, tick))
        const input = { price, tick, lot, liquidity: liq, farness, derivative: lot > 1 }
        const { bids, asks } = buildDepth(input, mulberry32(seed))
        expect(buildDepth(input, mulberry32(seed))).toEqual({ bids, asks })
        expect(asks).toHaveLength(5)
        expect(bids.length).toBeGreaterThanOrEqual(1)
        expect(bids[0]!.price).toBeLessThan(asks[0]!.price)
        expect(bids[0]!.price).toBeLessThanOrEqual(Math.max(price, tick))
        expect(asks[0]!.price).toBeGreaterThanOrEqual(price)
        for (const [i, level] of [...bids, ...asks].entries()) {
          expect(onTick(level.price, tick)).toBe(true)
          expect(level.price).toBeGreaterThanOrEqual(tick)
          expect(level.qty % lot).toBe(0)
          expect(level.qty).toBeGreaterThan(0)
          expect(level.orders).toBeGreaterThanOrEqual(1)
          expect(level.orders).toBeLessThanOrEqual(level.qty / lot)
          void i
        }
        for (let i = 1; i < bids.length; i++) expect(bids[i]!.price).toBeLessThan(bids[i - 1]!.price)
        for (let i = 1; i < asks.length; i++) expect(asks[i]!.price).toBeGreaterThan(asks[i - 1]!.price)
      },
    ),
    { numRuns: 500 },
  )
})

test('depth: a liquid stock shows hundreds to thousands of shares; far strikes and illiquid names spread wider', () => {
  const spreads = (liq: Liquidity, farness: number) => {
    let sum = 0
    for (let seed = 0; seed < 200; seed++) {
      const { bids, asks } = buildDepth({ price: 395.5, tick: 0.05, lot: 1, liquidity: liq, farness, derivative: false }, mulberry32(seed))
      sum += asks[0]!.price - bids[0]!.price
    }
    return sum / 200
  }
  const itc = buildDepth({ price: 395.5, tick: 0.05, lot: 1, liquidity: 'high', derivative: false }, mulberry32(7))
  for (const level of [...itc.bids, ...itc.asks]) {
    expect(level.qty).toBeGreaterThanOrEqual(100)
    expect(level.qty).toBeLessThanOrEqual(5000)
  }
  expect(spreads('low', 0)).toBeGreaterThan(spreads('high', 0))
  expect(spreads('high', 2)).toBeGreaterThan(spreads('high', 0))
})

test('walk: every step on the tick, inside the band, and never more than four standard deviations', () => {
  fc.assert(
    fc.property(
      fc.integer(),
      fc.double({ min: 10, max: 50_000, noNaN: true }),
      fc.double({ min: 0.05, max: 0.8, noNaN: true }),
      fc.constantFrom(0.05, 1),
      fc.boolean(),
      (seed, start, vol, tick, banded) => {
        const prev = Math.max(tick, roundTo(start, tick))
        const limits = banded
          ? { tick, lower: roundTo(prev * 0.9, tick), upper: roundTo(prev * 1.1, tick) }
          : { tick, lower: 0, upper: 0 }
        const sigma = stepSigma(vol, 250)
        const rand = mulberry32(seed)
        let price = prev
        const bad: string[] = []
        for (let i = 0; i < 1000; i++) {
          const next = walkStep(price, sigma, limits, rand)
          if (!onTick(next, tick)) bad.push(`${next} off the tick`)
          if (banded && (next < limits.lower || next > limits.upper)) bad.push(`${next} outside the band`)
          if (Math.abs(Math.log(next / price)) > 4 * sigma + Math.log(1 + tick / price) + 1e-9) bad.push(`${price} → ${next} jumps`)
          price = next
        }
        expect(bad).toEqual([])
      },
    ),
    { numRuns: 60 },
  )
}, 60_000)

test('walk: NIFTY at 13 % a year moves about 0.8 % in a day of quarter-second steps', () => {
  const sigma = stepSigma(0.13, 250)
  const steps = 6.25 * 3600 * 4
  expect(sigma * Math.sqrt(steps)).toBeCloseTo(0.13 / Math.sqrt(250), 6)
})

test('depth: the same number of random draws at any price, so one book never shifts the walk of another instrument', () => {
  fc.assert(
    fc.property(fc.integer(), fc.double({ min: 0.05, max: 5000, noNaN: true }), liquidity, (seed, price, liq) => {
      const after = (p: number) => {
        const rand = mulberry32(seed)
        buildDepth({ price: p, tick: 0.05, lot: 65, liquidity: liq, derivative: true }, rand)
        return rand()
      }
      expect(after(roundTo(price, 0.05) || 0.05)).toBe(after(0.05))
    }),
  )
})
