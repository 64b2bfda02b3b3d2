import type { Registry } from '../../client.js'
import { login, logout, userDetails } from './auth.js'
import { getMultiQuotes, getMultiQuotesLtp, getQuote, getQuoteLtp, indexList, optionChain, optionGreek, searchScrips, securityInfo, spanCalculators, timePriceSeries } from './market.js'
import { basketMargin, cancelOrder, modifyOrder, multiPlaceOrders, orderMargin, placeOrder, productConversion, singleOrderHistory } from './orders.js'
import { holdings, limit, orderBook, positionBook, tradeBook } from './reports.js'
import { bearPutSpread, bullCallSpread, longStraddle, longStrangle, shortStraddle, shortStrangle } from './strategies.js'

/** Every V3 REST endpoint (docs/connect-protocol.md §2), keyed by its method name. */
export const v3Endpoints: V3Endpoints = {
  login, logout, userDetails,
  placeOrder, orderMargin, orderBook, cancelOrder, modifyOrder, singleOrderHistory, tradeBook, positionBook,
  productConversion, holdings, limit, basketMargin, multiPlaceOrders,
  getQuote, getQuoteLtp, getMultiQuotes, getMultiQuotesLtp, searchScrips, securityInfo, indexList, optionChain,
  spanCalculators, timePriceSeries, optionGreek,
  bullCallSpread, bearPutSpread, longStraddle, longStrangle, shortStraddle, shortStrangle,
} as const

/** Firstock Connect V3: hosts, rate limits (docs/connect-protocol.md §5) and endpoints. */
export const v3 = {
  version: 'v3',
  baseUrl: 'https://connect.thefirstock.com/api/V3/',
  wsUrl: 'wss://norenapi.thefirstock.com/NorenWSTP/',
  limits: {
    quote: { limit: 3, windowMs: 1_000 },
    candles: { limit: 3, windowMs: 1_000 },
    order: { limit: 200, windowMs: 60_000 },
    other: { limit: 10, windowMs: 1_000 },
  },
  endpoints: v3Endpoints,
} as const satisfies Registry

/** The type of {@link v3Endpoints}: every V3 endpoint row by name, with its input and output types (a type, not an interface, so it fits `Registry`). */
export type V3Endpoints = {
  readonly login: typeof login
  readonly logout: typeof logout
  readonly userDetails: typeof userDetails
  readonly placeOrder: typeof placeOrder
  readonly orderMargin: typeof orderMargin
  readonly orderBook: typeof orderBook
  readonly cancelOrder: typeof cancelOrder
  readonly modifyOrder: typeof modifyOrder
  readonly singleOrderHistory: typeof singleOrderHistory
  readonly tradeBook: typeof tradeBook
  readonly positionBook: typeof positionBook
  readonly productConversion: typeof productConversion
  readonly holdings: typeof holdings
  readonly limit: typeof limit
  readonly basketMargin: typeof basketMargin
  readonly multiPlaceOrders: typeof multiPlaceOrders
  readonly getQuote: typeof getQuote
  readonly getQuoteLtp: typeof getQuoteLtp
  readonly getMultiQuotes: typeof getMultiQuotes
  readonly getMultiQuotesLtp: typeof getMultiQuotesLtp
  readonly searchScrips: typeof searchScrips
  readonly securityInfo: typeof securityInfo
  readonly indexList: typeof indexList
  readonly optionChain: typeof optionChain
  readonly spanCalculators: typeof spanCalculators
  readonly timePriceSeries: typeof timePriceSeries
  readonly optionGreek: typeof optionGreek
  readonly bullCallSpread: typeof bullCallSpread
  readonly bearPutSpread: typeof bearPutSpread
  readonly longStraddle: typeof longStraddle
  readonly longStrangle: typeof longStrangle
  readonly shortStraddle: typeof shortStraddle
  readonly shortStrangle: typeof shortStrangle
}
export * from './auth.js'
export * from './market.js'
export * from './orders.js'
export * from './reports.js'
export * from './strategies.js'
export {
  v3Schemas,
  checkPrices,
  rowsOf,
  EMPTY_BOOK,
  type Schemas,
  type OrderRow,
  type NoInput,
  type OrderAck,
  type ExchangeTokenInput,
  type InstrumentsInput,
  type Quote,
  type QuoteLtp,
  type LegResult,
  type LegOutcome,
  type InvalidRow,
  type BookRows,
} from './shared.js'
