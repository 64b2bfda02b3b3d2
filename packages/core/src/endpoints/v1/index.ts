import type { Registry } from '../../client.js'
import type { V1Endpoints } from './types.js'
import { getExpiry, getFundamentals, getMultiQuotes, getMultiQuotesLtp, getQuote, getQuoteLtp, indexList, optionChain, optionChainGreeks, searchScrips, securityInfo, brokerageCalculator, timePriceSeries } from './market.js'
import { basketMargin, basketOrder, cancelOrder, modifyAMO, modifyOrder, orderMargin, placeAMO, placeOrder, productConversion } from './orders.js'
import { cancelGttOrder, combinedHoldings, gttOrderBook, holdings, holdingsDetails, limit, login, logout, modifyGttOrder, orderBook, placeGttOrder, positionBook, singleOrderHistory, tradeBook, userDetails } from './reports.js'

/** Every V1 REST endpoint (docs/developer-api-protocol.md §2.1), keyed by its method name. */
export const v1Endpoints: V1Endpoints = {
  login, logout, userDetails,
  placeOrder, modifyOrder, cancelOrder, orderMargin, orderBook, singleOrderHistory, tradeBook, positionBook,
  productConversion, holdings, holdingsDetails, combinedHoldings, limit, basketMargin, basketOrder, placeAMO, modifyAMO,
  brokerageCalculator, securityInfo, getQuote, getQuoteLtp, getMultiQuotes, getMultiQuotesLtp, indexList, getExpiry,
  optionChain, optionChainGreeks, searchScrips, timePriceSeries,
  placeGttOrder, modifyGttOrder, cancelGttOrder, gttOrderBook, getFundamentals,
}

/** Symbol master: `GET symbols/{NSE|BSE|NFO|BFO|Indices}`, CSV, no auth (docs/developer-api-protocol.md §2.6). */
export const V1_SYMBOL_MASTER_URL = 'https://api.firstock.in/V1/symbols/'

/**
 * Firstock Developer API V1: hosts, rate limits and endpoints. Quotes at 1/s: the change log says both 3/s and
 * "reduced to 1 req/sec"; the safer one is chosen (docs/developer-api-protocol.md §1.1). Orders 10/s, others 10/s.
 */
export const v1 = {
  version: 'v1',
  baseUrl: 'https://api.firstock.in/V1/',
  wsUrl: 'wss://socket.firstock.in/V2/ws',
  limits: {
    quote: { limit: 1, windowMs: 1_000 },
    candles: { limit: 3, windowMs: 1_000 },
    order: { limit: 10, windowMs: 1_000 },
    other: { limit: 10, windowMs: 1_000 },
  },
  endpoints: v1Endpoints,
} as const satisfies Registry

export type * from './types.js'
export * from './market.js'
export * from './orders.js'
export * from './reports.js'
export { v1Schemas, checkMarketProtection, defineV1Endpoint, V1_RETENTIONS, MSG_FLAGS, V1_INTERVALS, type V1Schemas } from './shared.js'
