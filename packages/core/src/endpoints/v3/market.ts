import { z } from 'zod'
import { defineEndpoint } from '../../define-endpoint.js'
import {
  CandleInterval,
  Count,
  Exchange,
  InstrumentName,
  num,
  OptionType,
  PositivePrice,
  SignedInteger,
  str,
  Text,
  Token,
} from '../../schemas/common.js'
import { request, response } from './shared.js'

const Instrument = request({ exchange: Exchange, token: Token })

const levels = [1, 2, 3, 4, 5] as const
const depthFields = Object.fromEntries(
  levels.flatMap((level) =>
    ['bestBuyPrice', 'bestBuyQuantity', 'bestBuyOrder', 'bestSellPrice', 'bestSellQuantity', 'bestSellOrder'].map(
      (key) => [`${key}${level}`, num],
    ),
  ),
) as Record<`${'bestBuy' | 'bestSell'}${'Price' | 'Quantity' | 'Order'}${(typeof levels)[number]}`, typeof num>

/** A full quote. Prices and quantities are numbers; token, symbol and ISIN stay strings. */
export const Quote = response({
  requestTime: str,
  exchange: str,
  tradingSymbol: str,
  companyName: str,
  symbolName: str,
  segment: str,
  instrumentName: str,
  token: str,
  isin: str,
  pricePrecision: num,
  lotSize: num,
  tickSize: num,
  multipler: num,
  priceFactor: str,
  lastTradedPrice: num,
  upperCircuit: num,
  lowerCircuit: num,
  dayOpenPrice: num,
  dayHighPrice: num,
  dayLowPrice: num,
  dayClosePrice: num,
  volume: num,
  lastTradedQuantity: num,
  lastTradeTime: str,
  averageTradePrice: num,
  totalBuyQuantity: num,
  totalSellQuantity: num,
  openInterest: num,
  ...depthFields,
})

export const QuoteLtp = response({ requestTime: str, companyName: str, exchange: str, token: str, lastTradedPrice: num })

const Instruments = request({ data: z.array(Instrument).min(1, { error: 'must hold at least one instrument' }) })

export const getQuote = defineEndpoint({
  name: 'getQuote',
  path: 'getQuote',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: Instrument,
  response: Quote,
})

export const getQuoteLtp = defineEndpoint({
  name: 'getQuoteLtp',
  path: 'getQuote/ltp',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: Instrument,
  response: QuoteLtp,
})

export const getMultiQuotes = defineEndpoint({
  name: 'getMultiQuotes',
  path: 'getMultiQuotes',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: Instruments,
  response: z.array(response({ token: str, result: Quote })),
})

export const getMultiQuotesLtp = defineEndpoint({
  name: 'getMultiQuotesLtp',
  path: 'getMultiQuotes/ltp',
  auth: 'session',
  retry: 'safe',
  limit: 'quote',
  request: Instruments,
  response: z.array(response({ token: str, result: QuoteLtp })),
})

export const searchScrips = defineEndpoint({
  name: 'searchScrips',
  path: 'searchScrips',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  envelope: 'values',
  request: request({ stext: Text }),
  response: z.array(
    response({
      exchange: str,
      tradingSymbol: str,
      token: str,
      companyName: str,
      instrumentName: str,
      pricePrecision: num,
      lotSize: num,
      tickSize: num,
    }),
  ),
})

export const securityInfo = defineEndpoint({
  name: 'securityInfo',
  path: 'securityInfo',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: Instrument,
  response: response({
    requestTime: str,
    exchange: str,
    tradingSymbol: str,
    companyName: str,
    symbolName: str,
    segment: str,
    instrumentName: str,
    isin: str,
    token: str,
    tickSize: num,
    lotSize: num,
    pricePrecision: num,
    mult: num,
    prcftr_d: str,
  }),
})

export const indexList = defineEndpoint({
  name: 'indexList',
  path: 'indexList',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({ exchange: Exchange }),
  response: response({ requestTime: str, values: z.array(response({ idxname: z.string(), token: z.string() })) }),
})

export const optionChain = defineEndpoint({
  name: 'optionChain',
  path: 'optionChain',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({ exchange: Exchange, tradingSymbol: Text, strikePrice: PositivePrice, count: Count }),
  response: response({
    requestTime: str,
    values: z.array(
      response({
        exchange: str,
        tradingSymbol: z.string(),
        token: z.string(),
        optionType: str,
        strikePrice: num,
        pricePrecision: num,
        lotSize: num,
        tickSize: num,
      }),
    ),
  }),
})

const DayMonthYear = z
  .string()
  .regex(/^\d{2}-[A-Za-z]{3}-\d{4}$/, { error: 'must be a date as DD-MMM-YYYY, e.g. 23-FEB-2023' })
  .transform((value) => value.toUpperCase())

export const spanCalculators = defineEndpoint({
  name: 'spanCalculators',
  path: 'spanCalculators',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({
    data: z
      .array(
        request({
          exchange: Exchange,
          instrumentName: InstrumentName,
          symbolName: Text,
          expireDate: DayMonthYear,
          optionType: OptionType.optional(),
          strikePrice: PositivePrice.optional(),
          netQuantity: SignedInteger,
        }),
      )
      .min(1, { error: 'must hold at least one position' }),
  }),
  response: response({ status: str, requestTime: str, span: num, expo: num, span_trade: num, expo_trade: num }),
})

const DateTime = z
  .string()
  .regex(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/, { error: 'must be DD/MM/YYYY HH:MM:SS, e.g. 20/02/2023 09:15:00' })

export const timePriceSeries = defineEndpoint({
  name: 'timePriceSeries',
  path: 'timePriceSeries',
  auth: 'session',
  retry: 'safe',
  limit: 'candles',
  request: request({
    exchange: Exchange,
    /** A token or a trading symbol (v3.md §2.3). */
    token: z.union([Text, z.number().transform(String)]),
    startTime: DateTime,
    endTime: DateTime,
    interval: z.union([CandleInterval, z.number().transform(String).pipe(CandleInterval)]),
  }),
  response: z.array(
    response({
      stat: str,
      time: z.string(),
      ssboe: str,
      into: num,
      inth: num,
      intl: num,
      intc: num,
      intvwap: num,
      intv: num,
      intoi: num,
      v: num,
      oi: num,
    }),
  ),
})

export const optionGreek = defineEndpoint({
  name: 'optionGreek',
  path: 'optionGreek',
  auth: 'session',
  retry: 'safe',
  limit: 'other',
  request: request({
    expiryDate: DayMonthYear,
    strikePrice: PositivePrice,
    spotPrice: PositivePrice,
    initRate: SignedInteger.or(PositivePrice),
    volatility: PositivePrice,
    optionType: OptionType,
  }),
  response: response({
    request_time: str,
    stat: str,
    cal_price: num,
    put_price: num,
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
