import fc from 'fast-check'
import { expect, test } from 'vitest'
import { buildDepth } from '../src/model/depth.ts'
import { protectionLimit, sweep } from '../src/model/match.ts'
import { mulberry32, roundTo } from '../src/util.ts'

test('sweep: a buy takes the asks from the best up to its limit; the levels lose what was taken', () => {
  const asks = [
    { price: 100.05, qty: 130, orders: 2 },
    { price: 100.1, qty: 65, orders: 1 },
    { price: 100.2, qty: 650, orders: 9 },
  ]
  expect(sweep('B', 260, 100.1, asks)).toEqual([
    { price: 100.05, qty: 130 },
    { price: 100.1, qty: 65 },
  ])
  expect(asks.map((a) => a.qty)).toEqual([0, 0, 650])
  expect(sweep('B', 65, 100.15, asks)).toEqual([])
  expect(sweep('B', 65, 100.2, asks)).toEqual([{ price: 100.2, qty: 65 }])
})

test('sweep: over any book and limit, fills are whole lots, inside the limit, never more than asked or shown', () => {
  fc.assert(
    fc.property(fc.integer(), fc.constantFrom(1, 65, 1600), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: -20, max: 20 }), fc.boolean(), (seed, lot, lots, offset, buy) => {
      const book = buildDepth({ price: 250, tick: 0.05, lot, liquidity: 'medium', derivative: lot > 1 }, mulberry32(seed))
      const side = buy ? 'B' : 'S'
      const levels = buy ? book.asks : book.bids
      const shown = levels.reduce((s, l) => s + l.qty, 0)
      const limit = roundTo(250 + offset * 0.05, 0.05)
      const fills = sweep(side, lots * lot, limit, levels)
      const filled = fills.reduce((s, f) => s + f.qty, 0)
      expect(filled).toBeLessThanOrEqual(Math.min(lots * lot, shown))
      for (const f of fills) {
        expect(f.qty % lot).toBe(0)
        expect(buy ? f.price <= limit : f.price >= limit).toBe(true)
      }
      expect(levels.reduce((s, l) => s + l.qty, 0)).toBe(shown - filled)
    }),
  )
})

test('protectionLimit: the last price ± protection, on the tick, inside the band', () => {
  expect(protectionLimit('B', 100, 0.05, { lower: 0, upper: 0 })).toBe(102)
  expect(protectionLimit('S', 100.03, 0.05, { lower: 0, upper: 0 })).toBe(98)
  expect(protectionLimit('B', 100, 0.05, { lower: 90, upper: 101 })).toBe(101)
  expect(protectionLimit('S', 0.05, 0.05, { lower: 0, upper: 0 })).toBe(0.05)
})
