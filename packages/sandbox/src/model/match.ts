import type { Level } from './depth.js'

// Matching an order against the book's depth: a buy takes the asks from the best one up, a sell the bids from the best
// one down, while the level's price is inside the order's limit. What a step's depth cannot fill waits for the next.

export interface DepthFill {
  price: number
  qty: number
}

/**
 * Fills `qty` (whole lots) against `levels` (the asks for a buy, the bids for a sell, best first) at each level's
 * price while it is inside `limit`, taking the quantities out of the levels. Returns the fills, best price first.
 */
export function sweep(side: 'B' | 'S', qty: number, limit: number, levels: Level[]): DepthFill[] {
  const fills: DepthFill[] = []
  let left = qty
  for (const level of levels) {
    if (left <= 0) break
    if (side === 'B' ? level.price > limit : level.price < limit) break
    const take = Math.min(left, level.qty)
    if (take <= 0) continue
    fills.push({ price: level.price, qty: take })
    level.qty -= take
    left -= take
  }
  return fills
}

/** Default market protection: a market order takes the book up to this fraction beyond the last price. */
export const MARKET_PROTECTION = 0.02

/**
 * The limit a market order fills within: the last price plus (buy) or minus (sell) the protection, on the tick and
 * inside the price band when the instrument has one.
 */
export function protectionLimit(side: 'B' | 'S', ltp: number, tick: number, band: { lower: number; upper: number }, protection = MARKET_PROTECTION): number {
  const raw = side === 'B' ? ltp * (1 + protection) : ltp * (1 - protection)
  const ticks = side === 'B' ? Math.ceil(raw / tick - 1e-9) : Math.floor(raw / tick + 1e-9)
  let limit = Math.round(ticks * tick * 100) / 100
  if (band.upper > 0) limit = Math.min(band.upper, Math.max(band.lower, limit))
  return Math.max(tick, limit)
}
