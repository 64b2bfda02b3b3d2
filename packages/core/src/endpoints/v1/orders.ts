import { checkPrices } from '../v3/shared.js'
import { checkMarketProtection, defineV1Endpoint } from './shared.js'

// V1 order rows (docs/developer-api-protocol.md §2.3). Never retried; unknown outcomes reconcile by the tag in `remarks`.

const both = (order: { priceType: string; price: string; triggerPrice?: string | undefined; mkt_protection?: string | undefined }, ctx: Parameters<typeof checkPrices>[1]) => {
  checkPrices(order, ctx)
  checkMarketProtection(order, ctx)
}

/** A non-empty `rejreason` means the modify or cancel did not happen (docs/developer-api-protocol.md §1.2). */
const rejreason = (data: unknown) => {
  const reason = (data as { rejreason?: unknown } | undefined)?.rejreason
  return typeof reason === 'string' && reason.trim() !== '' ? reason : undefined
}

/** `placeOrder`: one order; resolves `{ orders }` with one ack per slice (sliced above the freeze quantity, §2.3). */
export const placeOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'placeOrder', path: 'placeOrder', auth: 'session', retry: 'never', orderGuard: true, limit: 'order', tagField: 'remarks',
  request: ({ request, OrderFields }) => request(OrderFields).superRefine(both),
  response: ({ PlacedOrders }) => PlacedOrders,
})

/**
 * `placeAMO`: an after-market order. Path `placeAMO` as the docs' curl samples and all three official SDKs use,
 * not the docs title `placeAfterMarketOrder` (§2.3). Slices like placeOrder.
 */
export const placeAMO = /* @__PURE__ */ defineV1Endpoint({
  name: 'placeAMO', path: 'placeAMO', auth: 'session', retry: 'never', orderGuard: true, limit: 'order', tagField: 'remarks',
  request: ({ request, OrderFields }) => request(OrderFields).superRefine(both),
  response: ({ PlacedOrders }) => PlacedOrders,
})

/**
 * `modifyOrder`: V1 adds `product`, `retention`, `mkt_protection`. `exchange` is optional but sent when given: the
 * docs note needs it with mkt_protection for MKT/SL-MKT, the change-log sample omits it (§2.3); we follow the note.
 */
export const modifyOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'modifyOrder', path: 'modifyOrder', auth: 'session', retry: 'never', orderGuard: true, limit: 'order', rejection: rejreason,
  request: ({ request, Text, Exchange, TradingSymbol, Quantity, Price, PositivePrice, PriceType, Product, Retention }) =>
    request({
      orderNumber: Text, exchange: Exchange.optional(), priceType: PriceType, tradingSymbol: TradingSymbol, price: Price,
      triggerPrice: Price.default('0'), quantity: Quantity.optional(), product: Product, retention: Retention.default('DAY'),
      mkt_protection: PositivePrice.optional(),
    }).superRefine((order, ctx) => {
      both(order, ctx)
      if ((order.priceType === 'MKT' || order.priceType === 'SL-MKT') && !order.exchange) {
        ctx.addIssue({ code: 'custom', path: ['exchange'], message: `is required for ${order.priceType} modifications` })
      }
    }),
  response: ({ OrderChange }) => OrderChange,
})

/** `cancelOrder`: a non-empty `rejreason` rejects with `RejectedError`. */
export const cancelOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'cancelOrder', path: 'cancelOrder', auth: 'session', retry: 'never', limit: 'order', rejection: rejreason,
  request: ({ request, Text }) => request({ orderNumber: Text }),
  response: ({ OrderChange }) => OrderChange,
})

/** `modifyAMO`: exactly the fields NODE/PY1 send; no exchange or symbol (§2.3). */
export const modifyAMO = /* @__PURE__ */ defineV1Endpoint({
  name: 'modifyAMO', path: 'modifyAMO', auth: 'session', retry: 'never', orderGuard: true, limit: 'order', rejection: rejreason,
  request: ({ request, Text, Quantity, Price, PositivePrice, PriceType, Product }) =>
    request({
      orderNumber: Text, quantity: Quantity, price: Price, priceType: PriceType, product: Product,
      triggerPrice: Price.default('0'), mkt_protection: PositivePrice.optional(),
    }).superRefine(both),
  response: ({ OrderAck }) => OrderAck,
})

/**
 * `basketOrder` (v1.8): legs placed together. Each leg is tagged in `remarks` (`<tag>-1`, `<tag>-2`, … or the
 * caller's text with a unique suffix) so every leg can be found by `reconcileOrder` after an unknown outcome. `data`
 * is one result per leg (an object for a single leg, §2.3); a leg without an order number, or with a `rejreason`,
 * was refused: the call then rejects with `LegsRejectedError` listing the placed legs (to unwind) and the refused
 * ones, as V3's multiPlaceOrders does. Resolves with the placed legs when all went through.
 */
export const basketOrder = /* @__PURE__ */ defineV1Endpoint({
  name: 'basketOrder', path: 'basketOrder', auth: 'session', retry: 'never', orderGuard: true, limit: 'order', legs: 'items', legsField: 'legs',
  request: ({ z, request, OrderFields }) =>
    request({ legs: z.array(request(OrderFields).superRefine(both)).min(1, { error: 'must hold at least one leg' }) }),
  response: ({ BasketLegs }) => BasketLegs,
})

/** `orderMargin`: margin for one order. V1 answers `availableMargin`/`cash` (the sample and GO), not the prose names. */
export const orderMargin = /* @__PURE__ */ defineV1Endpoint({
  name: 'orderMargin', path: 'orderMargin', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, MarginFields }) => request(MarginFields),
  response: ({ response, num, str }) => response({ availableMargin: num, cash: num, marginOnNewOrder: num, remarks: str, requestTime: str }),
})

/** `basketMargin`: the first order flat, the rest in `BasketList_Params` (§2.3). The answer carries JSON numbers. */
export const basketMargin = /* @__PURE__ */ defineV1Endpoint({
  name: 'basketMargin', path: 'basketMargin', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ z, request, MarginFields }) => request({ ...MarginFields, BasketList_Params: z.array(request(MarginFields)).optional() }),
  response: ({ z, response, num, str }) =>
    response({ BasketMargin: z.array(z.number()).optional(), MarginOnNewOrder: num, PreviousMargin: num, Remarks: str, TradedMargin: num }),
})

/**
 * `productConversion`: V1 replaces transactionType + positionType with `msgFlag` (omitted for Buy+Day, §2.4). A
 * `Status` other than a plain success text rejects with `RejectedError`.
 */
export const productConversion = /* @__PURE__ */ defineV1Endpoint({
  name: 'productConversion', path: 'productConversion', auth: 'session', retry: 'never', limit: 'other',
  rejection: (data) => {
    const status = (data as { Status?: unknown } | undefined)?.Status
    return typeof status === 'string' && /^(RED|SAF|ERR)|disallowed|reject|not allowed|invalid/i.test(status) ? status : undefined
  },
  request: ({ request, Exchange, TradingSymbol, Quantity, Product, MsgFlag }) =>
    request({ tradingSymbol: TradingSymbol, exchange: Exchange, previousProduct: Product, product: Product, quantity: Quantity, msgFlag: MsgFlag.optional() }),
  response: ({ response, str }) => response({ Status: str, requestTime: str }),
})
