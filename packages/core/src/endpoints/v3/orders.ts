import { defineEndpoint, type Check, type Endpoint, type EndpointInput, type EndpointOutput, type ExactRows } from '../../define-endpoint.js'
import { checkPrices, rowsOf, type BookRows, type LegResult, type OrderAck, type OrderRow } from './shared.js'

const placeOrderRow = defineEndpoint({
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
export const placeOrder: Endpoint<'placeOrder', PlaceOrderInput, OrderAck> = placeOrderRow
/** What {@link placeOrder} takes. */
export interface PlaceOrderInput extends EndpointInput<typeof placeOrderRow> {}

const modifyOrderRow = defineEndpoint({
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
 * `modifyOrder`: changes quantity, price or type of an open order. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.modifyOrder({ orderNumber, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410.5, priceType: 'LMT' })
 * ```
 */
export const modifyOrder: Endpoint<'modifyOrder', ModifyOrderInput, OrderAck> = modifyOrderRow
/** What {@link modifyOrder} takes. */
export interface ModifyOrderInput extends EndpointInput<typeof modifyOrderRow> {}

const cancelOrderRow = defineEndpoint({
  name: 'cancelOrder',
  path: 'cancelOrder',
  auth: 'session',
  retry: 'never',
  limit: 'other',
  request: ({ request, Text }) => request({ orderNumber: Text }),
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
export const cancelOrder: Endpoint<'cancelOrder', OrderNumberInput, OrderAck> = cancelOrderRow
/** What {@link cancelOrder} takes. */
export interface OrderNumberInput extends EndpointInput<typeof cancelOrderRow> {}

const orderMarginRow = defineEndpoint({
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
 * `orderMargin`: the margin an order would need, without placing it.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { marginused } = await firstock.orderMargin({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410, product: 'C', transactionType: 'B', priceType: 'LMT' })
 * ```
 */
export const orderMargin: Endpoint<'orderMargin', OrderMarginInput, OrderMargin> = orderMarginRow
/** What {@link orderMargin} takes. */
export interface OrderMarginInput extends EndpointInput<typeof orderMarginRow> {}
/** What {@link orderMargin} resolves to. */
export interface OrderMargin extends EndpointOutput<typeof orderMarginRow> {}

const singleOrderHistoryRow = defineEndpoint({
  name: 'singleOrderHistory',
  path: 'singleOrderHistory',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, Text }) => request({ orderNumber: Text }),
  response: ({ z, OrderRow }) => rowsOf(z, OrderRow),
})

/**
 * `singleOrderHistory`: every state change of one order, newest first.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const history = await firstock.singleOrderHistory({ orderNumber })
 * ```
 */
export const singleOrderHistory: Endpoint<'singleOrderHistory', OrderNumberInput, BookRows<OrderRow>> = singleOrderHistoryRow

const productConversionRow = defineEndpoint({
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
 * `productConversion`: moves a position between products (e.g. intraday to delivery). Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.productConversion({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, product: 'C', previousProduct: 'I', transactionType: 'B', positionType: 'DAY' })
 * ```
 */
export const productConversion: Endpoint<'productConversion', ProductConversionInput, ProductConversionResult> = productConversionRow
/** What {@link productConversion} takes. */
export interface ProductConversionInput extends EndpointInput<typeof productConversionRow> {}
/** What {@link productConversion} resolves to. */
export interface ProductConversionResult extends EndpointOutput<typeof productConversionRow> {}

const basketMarginRow = defineEndpoint({
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
 * `basketMargin`: the margin a basket of orders would need together.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const itc = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 410, product: 'C', priceType: 'LMT' } as const
 * const { marginused } = await firstock.basketMargin({ basket: [{ ...itc, transactionType: 'B' }, { ...itc, transactionType: 'S' }] })
 * ```
 */
export const basketMargin: Endpoint<'basketMargin', BasketMarginInput, BasketMargin> = basketMarginRow
/** What {@link basketMargin} takes. */
export interface BasketMarginInput extends EndpointInput<typeof basketMarginRow> {}
/** What {@link basketMargin} resolves to. */
export interface BasketMargin extends EndpointOutput<typeof basketMarginRow> {}

const multiPlaceOrdersRow = defineEndpoint({
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

/**
 * `strategies/multiPlaceOrders`: places several orders in one request, each with its own result. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const buy = { exchange: 'NSE', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
 * const legs = await firstock.multiPlaceOrders({ data: [{ ...buy, tradingSymbol: 'ITC-EQ' }, { ...buy, tradingSymbol: 'RELIANCE-EQ' }] })
 * ```
 */
export const multiPlaceOrders: Endpoint<'multiPlaceOrders', MultiPlaceOrdersInput, LegResult[]> = multiPlaceOrdersRow
/** What {@link multiPlaceOrders} takes. */
export interface MultiPlaceOrdersInput extends EndpointInput<typeof multiPlaceOrdersRow> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof placeOrderRow, typeof placeOrder],
  [typeof modifyOrderRow, typeof modifyOrder],
  [typeof cancelOrderRow, typeof cancelOrder],
  [typeof orderMarginRow, typeof orderMargin],
  [typeof singleOrderHistoryRow, typeof singleOrderHistory],
  [typeof productConversionRow, typeof productConversion],
  [typeof basketMarginRow, typeof basketMargin],
  [typeof multiPlaceOrdersRow, typeof multiPlaceOrders],
]>>
