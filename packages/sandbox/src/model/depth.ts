import { roundTo } from '../util.js'

// Five levels of depth either side of the last price that look like an Indian exchange's: the best bid below the
// best ask, every price on the tick, quantities in whole lots of the size a liquid stock or contract shows, and the
// spread widening for illiquid names and for strikes far from the money.

export interface Level {
  price: number
  qty: number
  orders: number
}

/** How actively an instrument trades: index options near the money and large caps are `high`. */
export type Liquidity = 'high' | 'medium' | 'low'

export interface DepthInput {
  price: number
  tick: number
  lot: number
  liquidity: Liquidity
  /** 0 at the money, growing with distance (e.g. strikes away from the money / strikes on the chain). */
  farness?: number
  /** Lots (for F&O) or shares (for cash, `lot` 1) are drawn in this class's range: derivatives use lots. */
  derivative: boolean
}

/** Best-level spread in ticks (low, high) and quantity per level (low, high), in shares for cash, lots for F&O. */
const CLASSES: Record<Liquidity, { spread: [number, number]; shares: [number, number]; lots: [number, number] }> = {
  high: { spread: [1, 2], shares: [200, 4000], lots: [10, 300] },
  medium: { spread: [2, 4], shares: [50, 1200], lots: [2, 60] },
  low: { spread: [4, 10], shares: [5, 300], lots: [1, 12] },
}

const between = (rand: () => number, [lo, hi]: [number, number]) => lo + Math.floor(rand() * (hi - lo + 1))

/**
 * Five bid and five ask levels (fewer bids when the price is near one tick). Bid ≤ price ≤ ask, bid < ask, all on
 * the tick, quantities whole lots. Deterministic for the `rand` stream given.
 */
export function buildDepth(input: DepthInput, rand: () => number): { bids: Level[]; asks: Level[] } {
  const { price, tick, lot, liquidity, derivative } = input
  const farness = Math.max(0, input.farness ?? 0)
  const cls = CLASSES[liquidity]
  const spread = Math.max(1, Math.round(between(rand, cls.spread) * (1 + farness)))
  const below = Math.floor(rand() * (spread + 1))
  const last = roundTo(price, tick)
  let bid = roundTo(last - below * tick, tick)
  let ask = roundTo(last + (spread - below) * tick, tick)
  if (bid < tick) {
    bid = tick
    ask = roundTo(Math.max(ask, bid + spread * tick), tick)
  }
  const thin = 1 / (1 + 2 * farness)
  const qty = () => {
    const units = derivative ? between(rand, cls.lots) * lot : between(rand, cls.shares)
    return Math.max(lot, Math.round((units * thin) / lot) * lot)
  }
  const orders = (q: number) => Math.max(1, Math.min(q / lot, 1 + Math.floor(rand() * 25)))
  const bids: Level[] = []
  const asks: Level[] = []
  for (let i = 0; i < 5; i++) {
    const gap = () => tick * (1 + Math.floor(rand() * (1 + farness + (liquidity === 'low' ? 2 : 0))))
    // The same draws whatever the price, so one instrument's book never shifts another's random stream.
    const bidQty = qty()
    const bidOrders = Math.floor(orders(bidQty))
    if (bid >= tick) bids.push({ price: bid, qty: bidQty, orders: bidOrders })
    const askQty = qty()
    asks.push({ price: ask, qty: askQty, orders: Math.floor(orders(askQty)) })
    bid = roundTo(bid - gap(), tick)
    ask = roundTo(ask + gap(), tick)
  }
  return { bids, asks }
}

/** Moves a book's levels so its best bid and ask are the given ones, keeping their gaps and quantities. */
export function anchorDepth(book: { bids: Level[]; asks: Level[] }, bid: number, ask: number, tick: number): void {
  const shift = (levels: Level[], to: number) => {
    const by = roundTo(to, tick) - (levels[0]?.price ?? to)
    return levels.map((l) => ({ ...l, price: roundTo(l.price + by, tick) })).filter((l) => l.price >= tick)
  }
  book.bids = shift(book.bids, bid)
  book.asks = shift(book.asks, ask)
}
