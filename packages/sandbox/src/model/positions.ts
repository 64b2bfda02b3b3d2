import type { Position } from './order.js'

// Position arithmetic: fills, product conversion and expiry settlement change a position only through these.

/** Adds a signed fill to a position's net quantity, realising P&L on the part that closes it. */
export function applyToNet(position: Position, signed: number, price: number): void {
  if (position.net === 0 || Math.sign(position.net) === Math.sign(signed)) {
    const total = Math.abs(position.net) + Math.abs(signed)
    position.netAvg = (Math.abs(position.net) * position.netAvg + Math.abs(signed) * price) / total
    position.net += signed
    return
  }
  const closing = Math.min(Math.abs(signed), Math.abs(position.net))
  position.realized += closing * (price - position.netAvg) * Math.sign(position.net)
  position.net += signed
  if (position.net === 0) position.netAvg = 0
  else if (Math.sign(position.net) === Math.sign(signed)) position.netAvg = price
}

/** Moves `qty` of a position's `side` to another product's position at the source's average price. */
export function movePosition(source: Position, dest: Position, side: 'B' | 'S', qty: number): void {
  const avg = source.netAvg
  const signed = side === 'B' ? qty : -qty
  source.net -= signed
  if (source.net === 0) source.netAvg = 0
  if (side === 'B') {
    source.buyQty -= qty
    source.buyAmt -= qty * avg
    dest.buyQty += qty
    dest.buyAmt += qty * avg
  } else {
    source.sellQty -= qty
    source.sellAmt -= qty * avg
    dest.sellQty += qty
    dest.sellAmt += qty * avg
  }
  applyToNet(dest, signed, avg)
}

/** Closes an expired contract's open position at `price` (its last price), realising the P&L. */
export function settlePosition(position: Position, price: number): void {
  const qty = Math.abs(position.net)
  if (qty === 0) return
  if (position.net > 0) {
    position.sellQty += qty
    position.sellAmt += qty * price
  } else {
    position.buyQty += qty
    position.buyAmt += qty * price
  }
  applyToNet(position, -position.net, price)
}
