import type { OrderInput } from '../model/broker.js'
import type { Instrument, Market } from '../model/market.js'
import { toNumber } from '../util.js'
import type { V3Model } from './context.js'
import { type Body, exchangeToken, EXCHANGES, Failure, invalid, isMissing, missing, ORDER_FIELDS, text } from './wire.js'

// V3 request parsing shared by several routes: instruments, order bodies, arrays, multi-leg placement.

export function instrumentOf(market: Market, exchange: unknown, token: unknown): Instrument {
  const inst = market.get(text(exchange), text(token))
  if (!inst) throw exchangeToken()
  return inst
}

/** Validates one order body (placeOrder, a multiPlaceOrders item, orderMargin). */
export function orderInput(market: Market, body: Body, fields = ORDER_FIELDS): OrderInput {
  for (const field of fields) if (isMissing(body[field])) throw missing(field)
  const exchange = text(body.exchange).toUpperCase()
  if (!EXCHANGES.has(exchange)) throw invalid('exchange')
  const inst = market.bySymbolName(exchange, text(body.tradingSymbol))
  if (!inst) throw invalid('tradingSymbol')
  const quantity = toNumber(body.quantity)
  if (!Number.isInteger(quantity) || quantity <= 0) throw invalid('quantity')
  const priceType = text(body.priceType).toUpperCase()
  if (!['LMT', 'MKT', 'SL-LMT', 'SL-MKT'].includes(priceType)) throw invalid('priceType')
  const price = toNumber(body.price)
  if (!Number.isFinite(price) || price < 0) throw invalid('price')
  if ((priceType === 'LMT' || priceType === 'SL-LMT') && price <= 0) throw invalid('price')
  const trigger = isMissing(body.triggerPrice) ? 0 : toNumber(body.triggerPrice)
  if (!Number.isFinite(trigger) || trigger < 0) throw invalid('triggerPrice')
  if (priceType.startsWith('SL') && trigger <= 0) throw invalid('triggerPrice')
  const product = text(body.product).toUpperCase()
  if (!['C', 'M', 'I'].includes(product)) throw invalid('product')
  const transactionType = text(body.transactionType).toUpperCase()
  if (transactionType !== 'B' && transactionType !== 'S') throw invalid('transactionType')
  const retention = isMissing(body.retention) ? 'DAY' : text(body.retention).toUpperCase()
  if (!['DAY', 'EOS', 'IOC'].includes(retention)) throw invalid('retention')
  return {
    inst,
    quantity,
    price: priceType === 'MKT' || priceType === 'SL-MKT' ? 0 : price,
    triggerPrice: priceType.startsWith('SL') ? trigger : 0,
    product,
    transactionType,
    priceType,
    retention,
    remarks: typeof body.remarks === 'string' ? body.remarks : '',
  }
}

function placeLeg(model: V3Model, userId: string, body: Body, rt: string) {
  try {
    const order = model.broker.place(userId, orderInput(model.market, body))
    return { status: 'Success', data: { requestTime: rt, orderNumber: order.orderNumber } }
  } catch (error) {
    if (error instanceof Failure) return error.envelope
    throw error
  }
}

/** Places each leg on its own; a refused leg is a failure envelope inside the success answer, as Firstock does. */
export function placeLegs(model: V3Model, userId: string, items: Body[], rt: string, rejectLeg?: number) {
  const refused = rejectLeg === -1 ? items.length : rejectLeg
  return items.map((item, index) =>
    index + 1 === refused
      ? new Failure(400, 'PRODUCT_USAGE', 'product', 'Product Margin not enabled on exchange NFO').envelope
      : placeLeg(model, userId, item, rt),
  )
}

export function array(body: Body, field: string): Body[] {
  const value = body[field]
  if (!Array.isArray(value)) throw new Failure(400, 'BAD_REQUEST', field, `${field} must be an array`)
  if (value.length === 0) throw missing(field)
  return value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? (item as Body) : {}))
}
