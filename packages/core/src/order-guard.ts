// The fat-finger guard: optional per-client ceilings on one order's quantity and value, checked before sending.
import type { Client } from './client.js'
import { ValidationError } from './errors.js'
import { toDecimalString } from './numbers.js'

/** Per-client ceilings for one order, off unless set. A larger order is refused before anything is sent. */
export interface OrderLimits {
  /** Largest quantity of one order (or one leg), in units (shares / contracts × lot), not lots. */
  maxOrderQuantity?: number | undefined
  /**
   * Largest value of one order: quantity × price (× triggerPrice for a stop-market order). Market orders carry no
   * price, so only their quantity can be checked.
   */
  maxOrderValue?: number | undefined
}

type WireBody = Record<string, unknown>

/** The orders a wire body carries, with the field path of each: `data[i]` for multiPlaceOrders, else the body. */
function ordersOf(wire: WireBody): [path: string, order: WireBody][] {
  if (Array.isArray(wire.data)) return wire.data.map((order, i) => [`data[${i}].`, order as WireBody])
  return 'quantity' in wire ? [['', wire]] : []
}

/** Throws `ValidationError` `ORDER_LIMIT` naming the field and the limit when an order is above the client's limits. */
export function checkOrderLimits(client: Client, endpoint: string, wire: WireBody): void {
  const { maxOrderQuantity, maxOrderValue } = client.orderLimits ?? {}
  if (maxOrderQuantity === undefined && maxOrderValue === undefined) return
  for (const [path, order] of ordersOf(wire)) {
    const quantity = Number(order.quantity)
    const refuse = (field: string, message: string) =>
      new ValidationError(`${endpoint}: ${path}${field} ${message}; nothing was sent (fat-finger guard set on this client)`, {
        code: 'ORDER_LIMIT',
        endpoint,
        field: `${path}${field}`,
        direction: 'request',
      })
    if (maxOrderQuantity !== undefined && quantity > maxOrderQuantity) {
      throw refuse('quantity', `${order.quantity} is above maxOrderQuantity ${maxOrderQuantity}`)
    }
    const price = Number(order.price) || Number(order.triggerPrice) || 0
    if (maxOrderValue !== undefined && quantity * price > maxOrderValue) {
      const field = Number(order.price) ? 'price' : 'triggerPrice'
      throw refuse(field, `× quantity is ${quantity * price}, above maxOrderValue ${maxOrderValue}`)
    }
  }
}

/** What the tick check needs of an instrument: its tick size (0.05 → prices in steps of 5 paise, 2 decimals). */
export interface TickInfo {
  tickSize: number
}

/** Decimal places of a number as written in plain decimal (0.05 → 2, 1 → 0). */
const decimalsOf = (n: number) => (toDecimalString(n).split('.')[1] ?? '').length

/**
 * When the client knows the order's instrument (`client.instrumentOf`): refuses a `price` or `triggerPrice` off the
 * tick size (the exchange would reject it) and writes both at the instrument's precision (`395.5` → `"395.50"`).
 */
export function applyTicks(client: Client, endpoint: string, wire: WireBody): void {
  if (!client.instrumentOf) return
  for (const [path, order] of ordersOf(wire)) {
    const tick = client.instrumentOf(String(order.exchange), String(order.tradingSymbol))?.tickSize
    if (!(typeof tick === 'number' && tick > 0 && Number.isFinite(tick))) continue
    const digits = decimalsOf(tick)
    for (const field of ['price', 'triggerPrice'] as const) {
      if (typeof order[field] !== 'string') continue
      const value = Number(order[field])
      const scale = 10 ** Math.max(digits, decimalsOf(value))
      if (Math.round(value * scale) % Math.round(tick * scale) !== 0) {
        throw new ValidationError(
          `${endpoint}: ${path}${field} must be a multiple of the tick size ${toDecimalString(tick)} of ${String(order.exchange)}:${String(order.tradingSymbol)} (got ${String(order[field])})`,
          { code: 'INVALID_INPUT', endpoint, field: `${path}${field}`, direction: 'request' },
        )
      }
      order[field] = toDecimalString(value, digits)
    }
  }
}
