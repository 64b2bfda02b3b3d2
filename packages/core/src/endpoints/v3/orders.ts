import { defineEndpoint } from '../../define-endpoint.js'
import { checkPrices, rowsOf } from './shared.js'

/**
 * `placeOrder`: places one order. Never retried: when it was sent and no verdict came back, the call rejects
 * with {@link OrderOutcomeUnknownError} carrying the tag it sent in `remarks` (see `reconcileOrder` in `@firstock/node`).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { orderNumber } = await firstock.placeOrder({
 *   exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT',
 * })
 * ```
 */
export const placeOrder = defineEndpoint({
  name: 'placeOrder',
  path: 'placeOrder',
  auth: 'session',
  retry: 'never',
  orderGuard: true,
  limit: 'order',
  tagField: 'remarks',
  request: ({ request, OrderFields }) => request(OrderFields).superRefine(checkPrices),
  response: ({ OrderAck }) => OrderAck,
})

/**
 * `modifyOrder`: changes quantity, price or type of an open order. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.modifyOrder({ orderNumber, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410.5, priceType: 'LMT' })
 * ```
 */
export const modifyOrder = defineEndpoint({
  name: 'modifyOrder',
  path: 'modifyOrder',
  auth: 'session',
  retry: 'never',
  orderGuard: true,
  limit: 'other',
  request: ({ request, Exchange, Text, TradingSymbol, Quantity, Price, PriceType }) =>
    request({
      orderNumber: Text,
      exchange: Exchange,
      tradingSymbol: TradingSymbol,
      quantity: Quantity,
      price: Price,
      triggerPrice: Price.default('0'),
      priceType: PriceType,
    }).superRefine(checkPrices),
  response: ({ OrderAck }) => OrderAck,
})

/**
 * `cancelOrder`: cancels an open order. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.cancelOrder({ orderNumber })
 * ```
 */
export const cancelOrder = defineEndpoint({
  name: 'cancelOrder',
  path: 'cancelOrder',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: ({ request, Text }) => request({ orderNumber: Text }),
  response: ({ OrderAck }) => OrderAck,
})

/**
 * `orderMargin`: the margin an order would need, without placing it.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { marginused } = await firstock.orderMargin({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410, product: 'C', transactionType: 'B', priceType: 'LMT' })
 * ```
 */
export const orderMargin = defineEndpoint({
  name: 'orderMargin',
  path: 'orderMargin',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, Exchange, TradingSymbol, Quantity, Price, Product, TransactionType, PriceType }) =>
    request({
      exchange: Exchange,
      tradingSymbol: TradingSymbol,
      quantity: Quantity,
      price: Price,
      product: Product,
      transactionType: TransactionType,
      priceType: PriceType,
    }),
  response: ({ response, num, str, requiredNum }) => response({ requestTime: str, cash: num, marginused: requiredNum, remarks: str }),
})

/**
 * `singleOrderHistory`: every state change of one order, newest first.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const history = await firstock.singleOrderHistory({ orderNumber })
 * ```
 */
export const singleOrderHistory = defineEndpoint({
  name: 'singleOrderHistory',
  path: 'singleOrderHistory',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, Text }) => request({ orderNumber: Text }),
  response: ({ z, OrderRow }) => rowsOf(z, OrderRow),
})

/**
 * `productConversion`: moves a position between products (e.g. intraday to delivery). Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.productConversion({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, product: 'C', previousProduct: 'I', transactionType: 'B', positionType: 'DAY' })
 * ```
 */
export const productConversion = defineEndpoint({
  name: 'productConversion',
  path: 'productConversion',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: ({ request, Exchange, TradingSymbol, Quantity, Product, TransactionType, PositionType }) =>
    request({
      exchange: Exchange,
      tradingSymbol: TradingSymbol,
      quantity: Quantity,
      product: Product,
      previousProduct: Product,
      transactionType: TransactionType,
      positionType: PositionType,
    }),
  response: ({ response, str }) => response({ status: str, requestTime: str }),
})

/**
 * `basketMargin`: the margin a basket of orders would need together.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const itc = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410, product: 'C', priceType: 'LMT' } as const
 * const { marginused } = await firstock.basketMargin({ basket: [{ ...itc, transactionType: 'B' }, { ...itc, transactionType: 'S' }] })
 * ```
 */
export const basketMargin = defineEndpoint({
  name: 'basketMargin',
  path: 'basketMargin',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ z, request, Exchange, TradingSymbol, Quantity, Price, Product, TransactionType, PriceType }) =>
    request({
      basket: z
        .array(
          request({
            exchange: Exchange,
            tradingSymbol: TradingSymbol,
            quantity: Quantity,
            transactionType: TransactionType,
            price: Price,
            product: Product,
            priceType: PriceType,
          }),
        )
        .min(1, { error: 'must hold at least one order' }),
    }),
  response: ({ response, num, str, requiredNum }) =>
    response({ request_time: str, stat: str, marginused: requiredNum, marginusedtrade: num, remarks: str }),
})

/**
 * `strategies/multiPlaceOrders`: places several orders in one request, each with its own result. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const buy = { exchange: 'NSE', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
 * const legs = await firstock.multiPlaceOrders({ data: [{ ...buy, tradingSymbol: 'ITC-EQ' }, { ...buy, tradingSymbol: 'RELIANCE-EQ' }] })
 * ```
 */
export const multiPlaceOrders = defineEndpoint({
  name: 'multiPlaceOrders',
  path: 'strategies/multiPlaceOrders',
  auth: 'session',
  retry: 'never',
  orderGuard: true,
  limit: 'order',
  envelope: 'list',
  legs: 'items',
  request: ({ z, request, OrderFields }) =>
    request({
      data: z
        .array(request(OrderFields).superRefine(checkPrices))
        .min(1, { error: 'must hold at least one order' })
        .max(10, { error: 'Firstock accepts at most 10 orders in one multiPlaceOrders call' }),
    }),
  response: ({ LegResults }) => LegResults,
})
