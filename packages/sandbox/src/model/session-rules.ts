import type { Market } from './market.js'
import type { OrderInput, Position } from './order.js'

// What the market sessions mean for orders. Rejections read like the sandbox's other exchange-side rejections
// (`ORA:` prefix): the order is accepted, then REJECTED in the order book with this reason.

/** Why an order cannot enter the book at `now`, or undefined when it can. */
export function sessionRejectReason(market: Market, input: OrderInput, now: number): string | undefined {
  const { inst } = input
  if (market.expired(inst, now)) return `ORA:Contract ${inst.tradingSymbol} has expired`
  const phase = market.hours.phase(inst.exchange, now)
  if (phase === 'closed') return `ORA:Market is closed for ${inst.exchange}`
  if (phase === 'pre-open' && (input.retention === 'IOC' || input.priceType.startsWith('SL'))) {
    return 'ORA:Only DAY limit and market orders are accepted in the pre-open session'
  }
  return undefined
}

/** Closes an expired contract's open position at `price` (its last price), realising the P&L. */
export function settlePosition(position: Position, price: number, applyToNet: (p: Position, signed: number, price: number) => void): void {
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
