import { fixed } from '../util.js'
import type { Broker } from './broker.js'
import type { Market } from './market.js'
import { OPEN_STATES, type OrderInput } from './order.js'

// Why an order is rejected at entry: the market session, then the order-entry checks. The order is accepted, then
// REJECTED in the order book with the reason (`ORA:` for exchange-side rules, `RED:` for risk checks).

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

/** The order-entry checks (lot, tick, band, product, holdings, margin): why an order is rejected, or undefined. */
export function orderRejectReason(broker: Broker, userId: string, input: OrderInput): string | undefined {
  const { inst } = input
  const derivative = inst.exchange === 'NFO' || inst.exchange === 'BFO' || inst.exchange === 'MCX'
  if (inst.kind === 'index') return `ORA:Index ${inst.tradingSymbol} is not tradable`
  if (input.product === 'M' && !derivative) return `ORA:Product Regular not enabled on exchange ${inst.exchange}`
  if (input.product === 'C' && derivative) return `ORA:Product Delivery not enabled on exchange ${inst.exchange}`
  if (input.quantity % inst.lotSize !== 0) return `ORA:Quantity ${input.quantity} is not a multiple of lot size ${inst.lotSize}`
  const limitPriced = input.priceType === 'LMT' || input.priceType === 'SL-LMT'
  const offTick = (p: number) => Math.abs(Math.round(p / inst.tickSize) * inst.tickSize - p) > 1e-6
  if (limitPriced && offTick(input.price)) return `ORA:Price ${input.price} is not a multiple of tick size ${inst.tickSize}`
  if (input.priceType.startsWith('SL') && offTick(input.triggerPrice))
    return `ORA:Trigger price ${input.triggerPrice} is not a multiple of tick size ${inst.tickSize}`
  if (limitPriced && inst.upperCircuit > 0 && (input.price > inst.upperCircuit || input.price < inst.lowerCircuit)) {
    return `ORA:Price ${fixed(input.price)} is outside the circuit limits ${fixed(inst.lowerCircuit)} - ${fixed(inst.upperCircuit)}`
  }
  if (input.priceType === 'SL-LMT' || input.priceType === 'SL-MKT') {
    const wrongSide = input.transactionType === 'B' ? input.triggerPrice <= inst.ltp : input.triggerPrice >= inst.ltp
    if (wrongSide) return `RED:Trigger price ${fixed(input.triggerPrice)} is on the wrong side of the last price ${fixed(inst.ltp)}`
  }
  if (input.product === 'C' && input.transactionType === 'S') {
    const account = broker.account(userId)
    const held = account.holdings.filter((h) => h.inst === inst || h.bse === inst).reduce((s, h) => s + h.quantity - h.used, 0)
    const bought = broker.positionOf(userId, inst, 'C')?.net ?? 0
    const pendingSells = account.orders
      .filter((o) => o.inst === inst && o.product === 'C' && o.transactionType === 'S' && OPEN_STATES.has(o.status))
      .reduce((s, o) => s + o.quantity - o.fillShares, 0)
    if (input.quantity > held + Math.max(0, bought) - pendingSells) return 'RED:Insufficient holdings to sell'
  }
  const required = broker.requiredMargin(userId, inst, input.product, input.transactionType, input.quantity, input.price)
  const available = broker.margins(userId).available
  if (required > available + 1e-9) {
    return `RED:Margin Shortfall:INR ${inr(required - Math.max(available, 0))} Available:INR ${inr(Math.max(available, 0))}`
  }
  return undefined
}

function inr(value: number): string {
  return value.toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

