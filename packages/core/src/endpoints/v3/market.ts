import { defineEndpoint, type Check, type Endpoint, type EndpointInput, type EndpointOutput, type EndpointRow, type ExactRows } from '../../define-endpoint.js'
import type { ExchangeTokenInput, InstrumentsInput, Quote, QuoteLtp } from './shared.js'

const getQuoteRow = defineEndpoint({
  name: 'getQuote',
  path: 'getQuote',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: ({ Instrument }) => Instrument,
  response: ({ Quote }) => Quote,
})

/**
 * `getQuote`: the full quote of one instrument (prices, OHLC, volume, circuit limits, 5-level depth).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const q = await firstock.getQuote({ exchange: 'NSE', token: '26000' })
 * console.log(q.lastTradedPrice, q.dayHighPrice)
 * ```
 */
export const getQuote: Endpoint<'getQuote', ExchangeTokenInput, Quote> = getQuoteRow

const getQuoteLtpRow = defineEndpoint({
  name: 'getQuoteLtp',
  path: 'getQuote/ltp',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: ({ Instrument }) => Instrument,
  response: ({ QuoteLtp }) => QuoteLtp,
})

/**
 * `getQuote/ltp`: the last traded price of one instrument, as a number.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })
 * ```
 */
export const getQuoteLtp: Endpoint<'getQuoteLtp', ExchangeTokenInput, QuoteLtp> = getQuoteLtpRow

const getMultiQuotesRow = defineEndpoint({
  name: 'getMultiQuotes',
  path: 'getMultiQuotes',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: ({ Instruments }) => Instruments,
  response: ({ z, response, Quote, str }) => z.array(response({ token: str, result: Quote })),
})

/**
 * `getMultiQuotes`: full quotes of several instruments in one call.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const quotes = await firstock.getMultiQuotes({ data: [{ exchange: 'NSE', token: '1660' }, { exchange: 'NSE', token: '2885' }] })
 * ```
 */
export const getMultiQuotes: Endpoint<'getMultiQuotes', InstrumentsInput, MultiQuote[]> = getMultiQuotesRow
/** One row of what {@link getMultiQuotes} resolves to. */
export interface MultiQuote extends EndpointRow<typeof getMultiQuotesRow> {}

const getMultiQuotesLtpRow = defineEndpoint({
  name: 'getMultiQuotesLtp',
  path: 'getMultiQuotes/ltp',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: ({ Instruments }) => Instruments,
  response: ({ z, response, QuoteLtp, str }) => z.array(response({ token: str, result: QuoteLtp })),
})

/**
 * `getMultiQuotes/ltp`: last traded prices of several instruments in one call.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const prices = await firstock.getMultiQuotesLtp({ data: [{ exchange: 'NSE', token: '1660' }] })
 * ```
 */
export const getMultiQuotesLtp: Endpoint<'getMultiQuotesLtp', InstrumentsInput, MultiQuoteLtp[]> = getMultiQuotesLtpRow
/** One row of what {@link getMultiQuotesLtp} resolves to. */
export interface MultiQuoteLtp extends EndpointRow<typeof getMultiQuotesLtpRow> {}

const searchScripsRow = defineEndpoint({
  name: 'searchScrips',
  path: 'searchScrips',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  envelope: 'values',
  request: ({ request, Text }) => request({ stext: Text }),
  response: ({ z, response, num, str, requiredStr }) =>
    z.array(
      response({
        exchange: requiredStr,
        tradingSymbol: requiredStr,
        token: requiredStr,
        companyName: str,
        instrumentName: str,
        pricePrecision: num,
        lotSize: num,
        tickSize: num,
      }),
    ),
})

/**
 * `searchScrips`: instruments whose symbol or name matches a search text.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const matches = await firstock.searchScrips({ stext: 'ITC' })
 * ```
 */
export const searchScrips: Endpoint<'searchScrips', SearchScripsInput, ScripMatch[]> = searchScripsRow
/** What {@link searchScrips} takes. */
export interface SearchScripsInput extends EndpointInput<typeof searchScripsRow> {}
/** One row of what {@link searchScrips} resolves to. */
export interface ScripMatch extends EndpointRow<typeof searchScripsRow> {}

const securityInfoRow = defineEndpoint({
  name: 'securityInfo',
  path: 'securityInfo',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ Instrument }) => Instrument,
  response: ({ response, num, str, requiredStr, requiredNum }) =>
    response({
      requestTime: str,
      exchange: requiredStr,
      tradingSymbol: requiredStr,
      companyName: str,
      symbolName: str,
      segment: str,
      instrumentName: str,
      isin: str,
      token: requiredStr,
      tickSize: requiredNum,
      lotSize: requiredNum,
      pricePrecision: num,
      mult: num,
      prcftr_d: str,
    }),
})

/**
 * `securityInfo`: static details of one instrument (lot size, tick size, expiry, ISIN…).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const info = await firstock.securityInfo({ exchange: 'NSE', token: '1660' })
 * ```
 */
export const securityInfo: Endpoint<'securityInfo', ExchangeTokenInput, SecurityInfo> = securityInfoRow
/** What {@link securityInfo} resolves to. */
export interface SecurityInfo extends EndpointOutput<typeof securityInfoRow> {}

const indexListRow = defineEndpoint({
  name: 'indexList',
  path: 'indexList',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, Exchange }) => request({ exchange: Exchange }),
  response: ({ z, response, str }) =>
    response({ requestTime: str, values: z.array(response({ idxname: z.string(), token: z.string() })) }),
})

/**
 * `indexList`: the indices of an exchange with their tokens.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const { values } = await firstock.indexList({ exchange: 'NSE' })
 * ```
 */
export const indexList: Endpoint<'indexList', IndexListInput, IndexList> = indexListRow
/** What {@link indexList} takes. */
export interface IndexListInput extends EndpointInput<typeof indexListRow> {}
/** What {@link indexList} resolves to. */
export interface IndexList extends EndpointOutput<typeof indexListRow> {}

const optionChainRow = defineEndpoint({
  name: 'optionChain',
  path: 'optionChain',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, Exchange, TradingSymbol, Count, PositivePrice }) =>
    request({ exchange: Exchange, tradingSymbol: TradingSymbol, strikePrice: PositivePrice, count: Count }),
  response: ({ z, response, num, str, requiredStr, requiredNum }) =>
    response({
      requestTime: str,
      values: z.array(
        response({
          exchange: requiredStr,
          tradingSymbol: z.string(),
          token: z.string(),
          optionType: requiredStr,
          strikePrice: requiredNum,
          pricePrecision: num,
          lotSize: num,
          tickSize: num,
        }),
      ),
    }),
})

/**
 * `optionChain`: `count` strikes on each side of `strikePrice` for an underlying.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * // tradingSymbol: any option of the wanted underlying and expiry (it anchors both), not the bare underlying.
 * const { values } = await firstock.optionChain({ exchange: 'NFO', tradingSymbol: 'NIFTY28NOV24C24000', strikePrice: 24000, count: 5 })
 * ```
 */
export const optionChain: Endpoint<'optionChain', OptionChainInput, OptionChain> = optionChainRow
/** What {@link optionChain} takes. */
export interface OptionChainInput extends EndpointInput<typeof optionChainRow> {}
/** What {@link optionChain} resolves to. */
export interface OptionChain extends EndpointOutput<typeof optionChainRow> {}

const spanCalculatorsRow = defineEndpoint({
  name: 'spanCalculators',
  path: 'spanCalculators',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ z, request, Exchange, TradingSymbol, PositivePrice, SignedInteger, OptionType, InstrumentName, DayMonthYear }) =>
    request({
      data: z
        .array(
          request({
            exchange: Exchange,
            instrumentName: InstrumentName,
            symbolName: TradingSymbol,
            expireDate: DayMonthYear,
            optionType: OptionType.optional(),
            strikePrice: PositivePrice.optional(),
            netQuantity: SignedInteger,
          }),
        )
        .min(1, { error: 'must hold at least one position' }),
    }),
  response: ({ response, num, str, requiredNum }) =>
    response({ status: str, requestTime: str, span: requiredNum, expo: requiredNum, span_trade: num, expo_trade: num }),
})

/**
 * `spanCalculators`: SPAN and exposure margin for a set of F&O positions.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const m = await firstock.spanCalculators({ data: [{ exchange: 'NFO', instrumentName: 'OPTIDX', symbolName: 'NIFTY', expireDate: '28-NOV-2024', optionType: 'CE', strikePrice: 24000, netQuantity: -50 }] })
 * ```
 */
export const spanCalculators: Endpoint<'spanCalculators', SpanCalculatorsInput, SpanMargin> = spanCalculatorsRow
/** What {@link spanCalculators} takes. */
export interface SpanCalculatorsInput extends EndpointInput<typeof spanCalculatorsRow> {}
/** What {@link spanCalculators} resolves to. */
export interface SpanMargin extends EndpointOutput<typeof spanCalculatorsRow> {}

const timePriceSeriesRow = defineEndpoint({
  name: 'timePriceSeries',
  path: 'timePriceSeries',
  auth: 'session',
  retry: 'safe',
  limit: 'candles',
  request: ({ z, request, Exchange, TradingSymbol, CandleInterval, DateTime }) =>
    request({
      exchange: Exchange,
      /** A token or a trading symbol (docs/connect-protocol.md §2.3). */
      token: z.union([TradingSymbol, z.number().refine(Number.isSafeInteger, { error: 'must be a token or a trading symbol' }).transform(String)]),
      startTime: DateTime,
      endTime: DateTime,
      interval: z.union([CandleInterval, z.number().transform(String).pipe(CandleInterval)]),
    }),
  response: ({ z, response, num, str, requiredNum }) =>
    z.array(
      response({
        stat: str,
        time: z.string(),
        ssboe: str,
        into: requiredNum,
        inth: requiredNum,
        intl: requiredNum,
        intc: requiredNum,
        intvwap: num,
        intv: num,
        intoi: num,
        v: num,
        oi: num,
      }),
    ),
})

/**
 * `timePriceSeries`: OHLC candles between two times (rate-limit bucket `candles`).
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const candles = await firstock.timePriceSeries({ exchange: 'NSE', token: '26000', startTime: '20/02/2023 09:15:00', endTime: '20/02/2023 15:30:00', interval: 5 })
 * ```
 */
export const timePriceSeries: Endpoint<'timePriceSeries', TimePriceSeriesInput, Candle[]> = timePriceSeriesRow
/** What {@link timePriceSeries} takes. */
export interface TimePriceSeriesInput extends EndpointInput<typeof timePriceSeriesRow> {}
/** One row of what {@link timePriceSeries} resolves to. */
export interface Candle extends EndpointRow<typeof timePriceSeriesRow> {}

const optionGreekRow = defineEndpoint({
  name: 'optionGreek',
  path: 'optionGreek',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: ({ request, PositivePrice, SignedInteger, OptionType, DayMonthYear }) =>
    request({
      expiryDate: DayMonthYear,
      strikePrice: PositivePrice,
      spotPrice: PositivePrice,
      initRate: SignedInteger.or(PositivePrice),
      volatility: PositivePrice,
      optionType: OptionType,
    }),
  response: ({ response, num, str, requiredNum }) =>
    response({
      request_time: str,
      stat: str,
      cal_price: requiredNum,
      put_price: requiredNum,
      cal_delta: num,
      put_delta: num,
      cal_gamma: num,
      put_gamma: num,
      cal_theta: num,
      put_theta: num,
      cal_rho: num,
      put_rho: num,
      cal_vego: num,
      put_vego: num,
    }),
})

/**
 * `optionGreek`: option price and greeks from the Black-Scholes inputs.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * const g = await firstock.optionGreek({ expiryDate: '28-NOV-2024', strikePrice: 24000, spotPrice: 23950, initRate: 7, volatility: 15, optionType: 'CE' })
 * ```
 */
export const optionGreek: Endpoint<'optionGreek', OptionGreekInput, OptionGreeks> = optionGreekRow
/** What {@link optionGreek} takes. */
export interface OptionGreekInput extends EndpointInput<typeof optionGreekRow> {}
/** What {@link optionGreek} resolves to. */
export interface OptionGreeks extends EndpointOutput<typeof optionGreekRow> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof getQuoteRow, typeof getQuote],
  [typeof getQuoteLtpRow, typeof getQuoteLtp],
  [typeof getMultiQuotesRow, typeof getMultiQuotes],
  [typeof getMultiQuotesLtpRow, typeof getMultiQuotesLtp],
  [typeof searchScripsRow, typeof searchScrips],
  [typeof securityInfoRow, typeof securityInfo],
  [typeof indexListRow, typeof indexList],
  [typeof optionChainRow, typeof optionChain],
  [typeof spanCalculatorsRow, typeof spanCalculators],
  [typeof timePriceSeriesRow, typeof timePriceSeries],
  [typeof optionGreekRow, typeof optionGreek],
]>>
