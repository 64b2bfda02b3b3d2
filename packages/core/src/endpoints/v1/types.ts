import type { Check, Endpoint, EndpointInput, EndpointOutput, EndpointRow, ExactRows } from '../../define-endpoint.js'
import type { LegResult, NoInput } from '../v3/shared.js'
import type { brokerageCalculator, getExpiry, getFundamentals, getMultiQuotes, getMultiQuotesLtp, getQuote, getQuoteLtp, indexList, optionChain, optionChainGreeks, searchScrips, securityInfo, timePriceSeries } from './market.js'
import type { basketMargin, basketOrder, cancelOrder, modifyAMO, modifyOrder, orderMargin, placeAMO, placeOrder, productConversion } from './orders.js'
import type { cancelGttOrder, combinedHoldings, gttOrderBook, holdings, holdingsDetails, limit, login, logout, modifyGttOrder, orderBook, placeGttOrder, positionBook, singleOrderHistory, tradeBook, userDetails } from './reports.js'

// The V1 rows by name with named input and output types: hover and the API report show these names. Each name is
// read from one row's schemas; `Endpoint` checks both ways that every row using it takes and gives that type.

/** The type of {@link v1Endpoints}: every V1 endpoint row by name, with its input and output types (a type, not an interface, so it fits `Registry`). */
export type V1Endpoints = {
  readonly login: Endpoint<'login', V1LoginInput, V1LoginResult>
  readonly logout: Endpoint<'logout', NoInput, unknown>
  readonly userDetails: Endpoint<'userDetails', NoInput, V1UserDetails>
  readonly placeOrder: Endpoint<'placeOrder', V1OrderInput, V1PlacedOrders>
  readonly modifyOrder: Endpoint<'modifyOrder', V1ModifyOrderInput, V1OrderChange>
  readonly cancelOrder: Endpoint<'cancelOrder', V1OrderNumberInput, V1OrderChange>
  readonly orderMargin: Endpoint<'orderMargin', V1OrderMarginInput, V1OrderMargin>
  readonly orderBook: Endpoint<'orderBook', NoInput, V1OrderRow[]>
  readonly singleOrderHistory: Endpoint<'singleOrderHistory', V1OrderNumberInput, V1OrderHistoryRow[]>
  readonly tradeBook: Endpoint<'tradeBook', NoInput, V1Trade[]>
  readonly positionBook: Endpoint<'positionBook', NoInput, V1Position[]>
  readonly productConversion: Endpoint<'productConversion', V1ProductConversionInput, V1ProductConversionResult>
  readonly holdings: Endpoint<'holdings', NoInput, V1Holding[]>
  readonly holdingsDetails: Endpoint<'holdingsDetails', NoInput, V1HoldingDetail[]>
  readonly combinedHoldings: Endpoint<'combinedHoldings', NoInput, V1CombinedHoldings>
  readonly limit: Endpoint<'limit', NoInput, V1Limits>
  readonly basketMargin: Endpoint<'basketMargin', V1BasketMarginInput, V1BasketMargin>
  readonly basketOrder: Endpoint<'basketOrder', V1BasketOrderInput, LegResult[]>
  readonly placeAMO: Endpoint<'placeAMO', V1OrderInput, V1PlacedOrders>
  readonly modifyAMO: Endpoint<'modifyAMO', V1ModifyAMOInput, V1OrderAck>
  readonly brokerageCalculator: Endpoint<'brokerageCalculator', V1BrokerageCalculatorInput, V1Brokerage>
  readonly securityInfo: Endpoint<'securityInfo', V1InstrumentInput, V1SecurityInfo>
  readonly getQuote: Endpoint<'getQuote', V1InstrumentInput, V1Quote>
  readonly getQuoteLtp: Endpoint<'getQuoteLtp', V1InstrumentInput, V1QuoteLtp>
  readonly getMultiQuotes: Endpoint<'getMultiQuotes', V1InstrumentsInput, V1MultiQuoteItem[]>
  readonly getMultiQuotesLtp: Endpoint<'getMultiQuotesLtp', V1InstrumentsInput, V1MultiQuoteLtp[]>
  readonly indexList: Endpoint<'indexList', NoInput, V1IndexEntry[]>
  readonly getExpiry: Endpoint<'getExpiry', V1InstrumentInput, V1Expiries>
  readonly optionChain: Endpoint<'optionChain', V1OptionChainInput, V1OptionChainRow[]>
  readonly optionChainGreeks: Endpoint<'optionChainGreeks', V1OptionChainGreeksInput, V1OptionGreeksRow[]>
  readonly searchScrips: Endpoint<'searchScrips', V1SearchScripsInput, V1ScripMatch[]>
  readonly timePriceSeries: Endpoint<'timePriceSeries', V1TimePriceSeriesInput, V1Candle[]>
  readonly placeGttOrder: Endpoint<'placeGttOrder', V1PlaceGttOrderInput, V1GttAck>
  readonly modifyGttOrder: Endpoint<'modifyGttOrder', V1ModifyGttOrderInput, V1GttAck>
  readonly cancelGttOrder: Endpoint<'cancelGttOrder', V1GttIdInput, V1GttAck>
  readonly gttOrderBook: Endpoint<'gttOrderBook', NoInput, V1GttOrder[]>
  readonly getFundamentals: Endpoint<'getFundamentals', V1InstrumentInput, V1Fundamentals>
}

/** What V1 `login` takes. */
export interface V1LoginInput extends EndpointInput<typeof login> {}

/** What V1 `login` resolves to. */
export interface V1LoginResult extends EndpointOutput<typeof login> {}

/** What V1 `userDetails` resolves to. */
export interface V1UserDetails extends EndpointOutput<typeof userDetails> {}

/** What V1 `placeOrder` takes. */
export interface V1OrderInput extends EndpointInput<typeof placeOrder> {}

/** What V1 `placeOrder` resolves to. */
export interface V1PlacedOrders extends EndpointOutput<typeof placeOrder> {}

/** What V1 `modifyOrder` takes. */
export interface V1ModifyOrderInput extends EndpointInput<typeof modifyOrder> {}

/** What V1 `modifyOrder` resolves to. */
export interface V1OrderChange extends EndpointOutput<typeof modifyOrder> {}

/** What V1 `cancelOrder` takes. */
export interface V1OrderNumberInput extends EndpointInput<typeof cancelOrder> {}

/** What V1 `orderMargin` takes. */
export interface V1OrderMarginInput extends EndpointInput<typeof orderMargin> {}

/** What V1 `orderMargin` resolves to. */
export interface V1OrderMargin extends EndpointOutput<typeof orderMargin> {}

/** One row of what V1 `orderBook` resolves to. */
export interface V1OrderRow extends EndpointRow<typeof orderBook> {}

/** One row of what V1 `singleOrderHistory` resolves to. */
export interface V1OrderHistoryRow extends EndpointRow<typeof singleOrderHistory> {}

/** One row of what V1 `tradeBook` resolves to. */
export interface V1Trade extends EndpointRow<typeof tradeBook> {}

/** One row of what V1 `positionBook` resolves to. */
export interface V1Position extends EndpointRow<typeof positionBook> {}

/** What V1 `productConversion` takes. */
export interface V1ProductConversionInput extends EndpointInput<typeof productConversion> {}

/** What V1 `productConversion` resolves to. */
export interface V1ProductConversionResult extends EndpointOutput<typeof productConversion> {}

/** One row of what V1 `holdings` resolves to. */
export interface V1Holding extends EndpointRow<typeof holdings> {}

/** One row of what V1 `holdingsDetails` resolves to. */
export interface V1HoldingDetail extends EndpointRow<typeof holdingsDetails> {}

/** What V1 `combinedHoldings` resolves to. */
export interface V1CombinedHoldings extends EndpointOutput<typeof combinedHoldings> {}

/** What V1 `limit` resolves to. */
export interface V1Limits extends EndpointOutput<typeof limit> {}

/** What V1 `basketMargin` takes. */
export interface V1BasketMarginInput extends EndpointInput<typeof basketMargin> {}

/** What V1 `basketMargin` resolves to. */
export interface V1BasketMargin extends EndpointOutput<typeof basketMargin> {}

/** What V1 `basketOrder` takes. */
export interface V1BasketOrderInput extends EndpointInput<typeof basketOrder> {}

/** What V1 `modifyAMO` takes. */
export interface V1ModifyAMOInput extends EndpointInput<typeof modifyAMO> {}

/** What V1 `modifyAMO` resolves to. */
export interface V1OrderAck extends EndpointOutput<typeof modifyAMO> {}

/** What V1 `brokerageCalculator` takes. */
export interface V1BrokerageCalculatorInput extends EndpointInput<typeof brokerageCalculator> {}

/** What V1 `brokerageCalculator` resolves to. */
export interface V1Brokerage extends EndpointOutput<typeof brokerageCalculator> {}

/** What V1 `securityInfo` takes. */
export interface V1InstrumentInput extends EndpointInput<typeof securityInfo> {}

/** What V1 `securityInfo` resolves to. */
export interface V1SecurityInfo extends EndpointOutput<typeof securityInfo> {}

/** What V1 `getQuote` resolves to. */
export interface V1Quote extends EndpointOutput<typeof getQuote> {}

/** What V1 `getQuoteLtp` resolves to. */
export interface V1QuoteLtp extends EndpointOutput<typeof getQuoteLtp> {}

/** What V1 `getMultiQuotes` takes. */
export interface V1InstrumentsInput extends EndpointInput<typeof getMultiQuotes> {}

/** One item of what V1 `getMultiQuotes` resolves to. */
export type V1MultiQuoteItem = EndpointRow<typeof getMultiQuotes>

/** One row of what V1 `getMultiQuotesLtp` resolves to. */
export interface V1MultiQuoteLtp extends EndpointRow<typeof getMultiQuotesLtp> {}

/** One row of what V1 `indexList` resolves to. */
export interface V1IndexEntry extends EndpointRow<typeof indexList> {}

/** What V1 `getExpiry` resolves to. */
export interface V1Expiries extends EndpointOutput<typeof getExpiry> {}

/** What V1 `optionChain` takes. */
export interface V1OptionChainInput extends EndpointInput<typeof optionChain> {}

/** One row of what V1 `optionChain` resolves to. */
export interface V1OptionChainRow extends EndpointRow<typeof optionChain> {}

/** What V1 `optionChainGreeks` takes. */
export interface V1OptionChainGreeksInput extends EndpointInput<typeof optionChainGreeks> {}

/** One row of what V1 `optionChainGreeks` resolves to. */
export interface V1OptionGreeksRow extends EndpointRow<typeof optionChainGreeks> {}

/** What V1 `searchScrips` takes. */
export interface V1SearchScripsInput extends EndpointInput<typeof searchScrips> {}

/** One row of what V1 `searchScrips` resolves to. */
export interface V1ScripMatch extends EndpointRow<typeof searchScrips> {}

/** What V1 `timePriceSeries` takes. */
export interface V1TimePriceSeriesInput extends EndpointInput<typeof timePriceSeries> {}

/** One row of what V1 `timePriceSeries` resolves to. */
export interface V1Candle extends EndpointRow<typeof timePriceSeries> {}

/** What V1 `placeGttOrder` takes. */
export interface V1PlaceGttOrderInput extends EndpointInput<typeof placeGttOrder> {}

/** What V1 `placeGttOrder` resolves to. */
export interface V1GttAck extends EndpointOutput<typeof placeGttOrder> {}

/** What V1 `modifyGttOrder` takes. */
export interface V1ModifyGttOrderInput extends EndpointInput<typeof modifyGttOrder> {}

/** What V1 `cancelGttOrder` takes. */
export interface V1GttIdInput extends EndpointInput<typeof cancelGttOrder> {}

/** One row of what V1 `gttOrderBook` resolves to. */
export interface V1GttOrder extends EndpointRow<typeof gttOrderBook> {}

/** What V1 `getFundamentals` resolves to. */
export interface V1Fundamentals extends EndpointOutput<typeof getFundamentals> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof login, V1Endpoints['login']],
  [typeof logout, V1Endpoints['logout']],
  [typeof userDetails, V1Endpoints['userDetails']],
  [typeof placeOrder, V1Endpoints['placeOrder']],
  [typeof modifyOrder, V1Endpoints['modifyOrder']],
  [typeof cancelOrder, V1Endpoints['cancelOrder']],
  [typeof orderMargin, V1Endpoints['orderMargin']],
  [typeof orderBook, V1Endpoints['orderBook']],
  [typeof singleOrderHistory, V1Endpoints['singleOrderHistory']],
  [typeof tradeBook, V1Endpoints['tradeBook']],
  [typeof positionBook, V1Endpoints['positionBook']],
  [typeof productConversion, V1Endpoints['productConversion']],
  [typeof holdings, V1Endpoints['holdings']],
  [typeof holdingsDetails, V1Endpoints['holdingsDetails']],
  [typeof combinedHoldings, V1Endpoints['combinedHoldings']],
  [typeof limit, V1Endpoints['limit']],
  [typeof basketMargin, V1Endpoints['basketMargin']],
  [typeof basketOrder, V1Endpoints['basketOrder']],
  [typeof placeAMO, V1Endpoints['placeAMO']],
  [typeof modifyAMO, V1Endpoints['modifyAMO']],
  [typeof brokerageCalculator, V1Endpoints['brokerageCalculator']],
  [typeof securityInfo, V1Endpoints['securityInfo']],
  [typeof getQuote, V1Endpoints['getQuote']],
  [typeof getQuoteLtp, V1Endpoints['getQuoteLtp']],
  [typeof getMultiQuotes, V1Endpoints['getMultiQuotes']],
  [typeof getMultiQuotesLtp, V1Endpoints['getMultiQuotesLtp']],
  [typeof indexList, V1Endpoints['indexList']],
  [typeof getExpiry, V1Endpoints['getExpiry']],
  [typeof optionChain, V1Endpoints['optionChain']],
  [typeof optionChainGreeks, V1Endpoints['optionChainGreeks']],
  [typeof searchScrips, V1Endpoints['searchScrips']],
  [typeof timePriceSeries, V1Endpoints['timePriceSeries']],
  [typeof placeGttOrder, V1Endpoints['placeGttOrder']],
  [typeof modifyGttOrder, V1Endpoints['modifyGttOrder']],
  [typeof cancelGttOrder, V1Endpoints['cancelGttOrder']],
  [typeof gttOrderBook, V1Endpoints['gttOrderBook']],
  [typeof getFundamentals, V1Endpoints['getFundamentals']],
]>>
