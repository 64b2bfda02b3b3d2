// The fat-finger guard: optional per-client ceilings on one order's quantity and value, checked before sending.
import type { Client } from './client.js'
import { ValidationError } from './errors.js'

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
