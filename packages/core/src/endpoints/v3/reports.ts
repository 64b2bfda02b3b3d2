import { defineEndpoint, type Check, type Endpoint, type EndpointInput, type EndpointOutput, type EndpointRow, type ExactRows } from '../../define-endpoint.js'
import { EMPTY_BOOK, rowsOf, type BookRows, type NoInput, type OrderRow } from './shared.js'

const orderBookRow = defineEndpoint({
  name: 'orderBook',
  path: 'orderBook',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  emptyWhen: EMPTY_BOOK,
  rowTagField: 'remarks',
  request: ({ request, Exchange }) => request({ exchange: Exchange.optional() }),
  response: ({ z, OrderRow }) => rowsOf(z, OrderRow),
})

/**
 * `orderBook`: today's orders of the user (optionally of one exchange). An empty book is `[]`. Rows are decoded one
 * by one: a row that does not decode is not returned but kept in `orders.invalidRows` (`{ index, raw, problem }`), and
 * the client's logger warns once. The same holds for tradeBook, positionBook and holdings.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const orders = await firstock.orderBook()
 * ```
 */
export const orderBook: Endpoint<'orderBook', OrderBookInput, BookRows<OrderRow>> = orderBookRow
/** What {@link orderBook} takes. */
export interface OrderBookInput extends EndpointInput<typeof orderBookRow> {}

const tradeBookRow = defineEndpoint({
  name: 'tradeBook',
  path: 'tradeBook',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  emptyWhen: EMPTY_BOOK,
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, num, str, requiredStr, requiredNum }) =>
    rowsOf(
      z,
      response({
        userId: str,
        orderNumber: z.string().min(1),
        exchange: requiredStr,
        tradingSymbol: requiredStr,
        token: str,
        transactionType: str,
        priceType: str,
        retention: str,
        product: str,
        fillId: str,
        fillTime: str,
        quantity: num,
        fillshares: num,
        fillPrice: requiredNum,
        fillQuantity: requiredNum,
        price: num,
        lotSize: num,
        tickSize: num,
        pricePrecision: num,
        priceFactor: num,
        remarks: str,
        exchordid: str,
        orderTime: str,
        exchangeUpdateTime: str,
      }),
    ),
})

/**
 * `tradeBook`: today's fills of the user.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const trades = await firstock.tradeBook()
 * ```
 */
export const tradeBook: Endpoint<'tradeBook', NoInput, BookRows<Trade>> = tradeBookRow
/** One row of what {@link tradeBook} resolves to. */
export interface Trade extends EndpointRow<typeof tradeBookRow> {}

const positionBookRow = defineEndpoint({
  name: 'positionBook',
  path: 'positionBook',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  emptyWhen: EMPTY_BOOK,
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, num, str, requiredStr, requiredNum }) =>
    rowsOf(
      z,
      response({
        userId: str,
        exchange: requiredStr,
        tradingSymbol: requiredStr,
        product: requiredStr,
        token: str,
        pricePrecision: num,
        lotSize: num,
        tickSize: num,
        mult: num,
        priceFactor: num,
        dayBuyQuantity: num,
        daySellQuantity: num,
        dayBuyAmount: num,
        dayBuyAveragePrice: num,
        daySellAmount: num,
        daySellAveragePrice: num,
        netQuantity: requiredNum,
        netAveragePrice: num,
        lastTradedPrice: num,
        RealizedPNL: num,
        unrealizedMTOM: num,
        uploadPrice: num,
        netUploadPrice: num,
      }),
    ),
})

/**
 * `positionBook`: the user's open and closed positions of the day.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const positions = await firstock.positionBook()
 * ```
 */
export const positionBook: Endpoint<'positionBook', NoInput, BookRows<Position>> = positionBookRow
/** One row of what {@link positionBook} resolves to. */
export interface Position extends EndpointRow<typeof positionBookRow> {}

const holdingsRow = defineEndpoint({
  name: 'holdings',
  path: 'holdings',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  emptyWhen: EMPTY_BOOK,
  request: ({ request, Product }) => request({ product: Product.optional() }),
  response: ({ z, response, num, str, requiredStr, requiredNum }) =>
    rowsOf(
      z,
      response({
        exchangeTradingSymbol: z.array(
          response({ exchange: requiredStr, tradingSymbol: requiredStr, token: str, pricePrecision: num, tickSize: num, lotSize: num }),
        ),
        holdQuantity: requiredNum,
        BTSTQuantity: num,
        usedQuantity: num,
        tradeQuantity: num,
        sellAmount: num,
        uploadPrice: num,
      }),
    ),
})

/**
 * `holdings`: the user's delivery holdings (optionally of one product).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const holdings = await firstock.holdings()
 * ```
 */
export const holdings: Endpoint<'holdings', HoldingsInput, BookRows<Holding>> = holdingsRow
/** What {@link holdings} takes. */
export interface HoldingsInput extends EndpointInput<typeof holdingsRow> {}
/** One row of what {@link holdings} resolves to. */
export interface Holding extends EndpointRow<typeof holdingsRow> {}

const limitRow = defineEndpoint({
  name: 'limit',
  path: 'limit',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ response, num, str, requiredNum }) =>
    response({
      requestTime: str,
      cash: requiredNum,
      payin: num,
      payout: num,
      marginused: num,
      brkcollamt: num,
      peak_mar: num,
      span: num,
      expo: num,
      premium: num,
      collateral: num,
    }),
})

/**
 * `limit`: cash, collateral and margin used of the user's account.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { cash } = await firstock.limit()
 * ```
 */
export const limit: Endpoint<'limit', NoInput, Limits> = limitRow
/** What {@link limit} resolves to. */
export interface Limits extends EndpointOutput<typeof limitRow> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof orderBookRow, typeof orderBook],
  [typeof tradeBookRow, typeof tradeBook],
  [typeof positionBookRow, typeof positionBook],
  [typeof holdingsRow, typeof holdings],
  [typeof limitRow, typeof limit],
]>>
