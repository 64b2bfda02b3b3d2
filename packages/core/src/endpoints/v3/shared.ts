import { z } from 'zod'
import {
  Exchange,
  num,
  Price,
  PriceType,
  Product,
  Quantity,
  Retention,
  str,
  Text,
  TransactionType,
} from '../../schemas/common.js'

/** Requests reject unknown fields: a typo such as `quantiy` must not be dropped silently before an order. */
export const request = z.strictObject
/** Responses keep unknown fields: an extra field from the server must never break a trade. */
export const response = z.looseObject

/** Request with no fields besides the session. */
export const NoInput = request({})

/** `{requestTime, orderNumber}`: the answer to place/modify/cancel. */
export const OrderAck = response({ requestTime: str, orderNumber: z.string() })

/** The fields of one order, as placeOrder and each multiPlaceOrders item take them. */
export const OrderFields = {
  exchange: Exchange,
  tradingSymbol: Text,
  quantity: Quantity,
  price: Price,
  triggerPrice: Price.default('0'),
  product: Product,
  transactionType: TransactionType,
  priceType: PriceType,
  retention: Retention.default('DAY'),
  /** Free text echoed in books and order updates; the SDK puts its order tag here. */
  remarks: z.string().max(64, { error: 'must be at most 64 characters' }).optional(),
}

/** Price must be 0 for market orders and positive for limit orders; trigger price positive for stop orders. */
export function checkPrices(
  order: { priceType: string; price: string; triggerPrice?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const price = Number(order.price)
  const trigger = Number(order.triggerPrice ?? '0')
  if ((order.priceType === 'LMT' || order.priceType === 'SL-LMT') && !(price > 0)) {
    ctx.addIssue({ code: 'custom', path: ['price'], message: `must be a positive price for ${order.priceType} orders` })
  }
  if ((order.priceType === 'SL-LMT' || order.priceType === 'SL-MKT') && !(trigger > 0)) {
    ctx.addIssue({ code: 'custom', path: ['triggerPrice'], message: `must be a positive price for ${order.priceType} orders` })
  }
}

/** One row of an array response of per-order envelopes (strategies, multiPlaceOrders). */
export const LegResult = z.union([
  z.looseObject({ status: z.string().regex(/^success$/i), data: OrderAck }),
  z.looseObject({
    status: z.string().regex(/^failed$/i),
    code: str,
    name: str,
    error: z.looseObject({ field: str, message: str }).optional(),
  }),
])
export const LegResults = z.array(LegResult)

/** An order row as orderBook returns it (and singleOrderHistory, with its own casing). */
export const OrderRow = response({
  userId: str,
  orderNumber: z.string(),
  exchange: str,
  tradingSymbol: str,
  token: str,
  quantity: num,
  price: num,
  triggerPrice: num,
  transactionType: str,
  priceType: str,
  retention: str,
  product: str,
  status: str,
  reportType: str,
  orderTime: str,
  fillshares: num,
  fillShares: num,
  averagePrice: num,
  lotSize: num,
  tickSize: num,
  remarks: str,
  rejectReason: str,
  exchordid: str,
  exchangeOrderNumber: str,
  cancelQuantity: num,
})

export type OrderRow = z.output<typeof OrderRow>
