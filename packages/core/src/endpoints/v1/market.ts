import { defineV1Endpoint } from './shared.js'

// V1 market-data rows (docs/developer-api-protocol.md §2.5). Symbols with `&` go out URL-encoded (§2).


export const securityInfo = /* @__PURE__ */ defineV1Endpoint({
  name: 'securityInfo', path: 'securityInfo', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ Instrument }) => Instrument,
  response: ({ response, str, num }) =>
    response({
      exchange: str, tradingSymbol: str, token: str, companyName: str, symbolName: str, instrumentName: str, segment: str,
      lotSize: num, tickSize: num, pricePrecision: num, freezeQuantity: num, mult: num, priceFactor: str,
    }),
})

/** V1 answers a one-item array (§2.5): unwrapped to the quote. The price scale of the docs sample is unverified. */
export const getQuote = /* @__PURE__ */ defineV1Endpoint({
  name: 'getQuote', path: 'getQuote', auth: 'session', retry: 'safe', limit: 'quote',
  request: ({ Instrument }) => Instrument,
  response: ({ z, Quote }) => z.union([z.array(Quote).length(1).transform(([quote]) => quote!), Quote]),
})

/** An array per the docs, an object per GO (§2.1 row 24): both decode to one LTP. */
export const getQuoteLtp = /* @__PURE__ */ defineV1Endpoint({
  name: 'getQuoteLtp', path: 'getQuote/ltp', auth: 'session', retry: 'safe', limit: 'quote',
  request: ({ Instrument }) => Instrument,
  response: ({ z, QuoteLtp }) => z.union([z.array(QuoteLtp).length(1).transform(([ltp]) => ltp!), QuoteLtp]),
})

/** Items with `status: "error"` are per-item failures (`{ok: false, error}`), not a failed call (§2.5). */
export const getMultiQuotes = /* @__PURE__ */ defineV1Endpoint({
  name: 'getMultiQuotes', path: 'getMultiQuotes', auth: 'session', retry: 'safe', limit: 'quote',
  request: ({ Instruments }) => Instruments,
  response: ({ z, Quote, str }) =>
    z.array(
      z.union([
        z.looseObject({ status: z.literal('error'), error: str, identifier: str }).transform((item) => ({ ok: false as const, ...item })),
        Quote.extend({ identifier: str, instrumentName: str }).transform((quote) => ({ ok: true as const, ...quote })),
      ]),
    ),
})

/** `token` is a JSON number in the V1 sample (§2.5): kept as a string, like every token. */
export const getMultiQuotesLtp = /* @__PURE__ */ defineV1Endpoint({
  name: 'getMultiQuotesLtp', path: 'getMultiQuotes/ltp', auth: 'session', retry: 'safe', limit: 'quote',
  request: ({ Instruments }) => Instruments,
  response: ({ z, QuoteLtp, str }) => z.array(QuoteLtp.extend({ identifier: str })),
})

/** No `exchange` in V1 (NODE still sends it; we follow the docs, §2.5). */
export const indexList = /* @__PURE__ */ defineV1Endpoint({
  name: 'indexList', path: 'indexList', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ NoInput }) => NoInput,
  response: ({ z, response, str }) => z.array(response({ exchange: str, token: str, tradingSymbol: str, symbol: str, idxname: str })),
})

/** Expiries come back as DDMONYYYY (`08MAY2025`), while option chains take DDMONYY (§2.0). */
export const getExpiry = /* @__PURE__ */ defineV1Endpoint({
  name: 'getExpiry', path: 'getExpiry', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ Instrument }) => Instrument,
  response: ({ z, response }) => response({ expiryDates: z.array(z.string()) }),
})

const optionRow = ({ response, str, num }: import('./shared.js').V1Schemas) => ({
  exchange: str, token: str, tradingSymbol: str, optionType: str, parentToken: str, strikePrice: num, lastTradedPrice: num,
  lotSize: num, tickSize: num, pricePrecision: num, response,
})

/** `expiry` is required: the docs mark it so, NODE makes it optional (§2.5); we follow the docs. Count ≤ 30 since v1.2. */
export const optionChain = /* @__PURE__ */ defineV1Endpoint({
  name: 'optionChain', path: 'optionChain', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, Exchange, Text, Expiry, Count, PositivePrice, z }) =>
    request({ exchange: Exchange, symbol: Text, expiry: Expiry, count: Count.pipe(z.string().refine((c) => Number(c) <= 30, { error: 'must be at most 30' })), strikePrice: PositivePrice }),
  response: (s) => {
    const { response, ...row } = optionRow(s)
    return s.z.array(response(row))
  },
})

/** `count` may be `ALL`, then `strikePrice` may be left out (§2.5). Greeks stay as sent and are read as numbers. */
export const optionChainGreeks = /* @__PURE__ */ defineV1Endpoint({
  name: 'optionChainGreeks', path: 'optionChainGreeks', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, Exchange, Text, Expiry, Count, PositivePrice, z }) =>
    request({
      exchange: Exchange, symbol: Text, expiry: Expiry,
      count: z.union([z.literal('ALL'), Count.pipe(z.string().refine((c) => Number(c) <= 30, { error: 'must be at most 30 or ALL' }))]),
      strikePrice: PositivePrice.optional(),
    }).superRefine((input, ctx) => {
      if (input.count !== 'ALL' && input.strikePrice === undefined) ctx.addIssue({ code: 'custom', path: ['strikePrice'], message: 'is required when count is not ALL' })
    }),
  response: (s) => {
    const { response, ...row } = optionRow(s)
    const { num } = s
    return s.z.array(response({ ...row, delta: num, gamma: num, theta: num, vega: num, rho: num, iv: num, oi: num }))
  },
})

export const searchScrips = /* @__PURE__ */ defineV1Endpoint({
  name: 'searchScrips', path: 'searchScrips', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, Text }) => request({ stext: Text }),
  response: ({ z, response, str }) =>
    z.array(response({ token: str, exchange: str, companyName: str, representationName: str, instrumentName: str, tradingSymbol: str })),
})

/** Times as HH:MM:SS DD-MM-YYYY, as every sample has them (the tables say date first; §2.5). Candles are numbers. */
export const timePriceSeries = /* @__PURE__ */ defineV1Endpoint({
  name: 'timePriceSeries', path: 'timePriceSeries', auth: 'session', retry: 'safe', limit: 'candles',
  request: ({ request, Exchange, TradingSymbol, V1Time, Interval }) =>
    request({ exchange: Exchange, tradingSymbol: TradingSymbol, startTime: V1Time, endTime: V1Time, interval: Interval }),
  response: ({ z, response, str, num }) =>
    z.array(response({ time: str, epochTime: num, open: num, high: num, low: num, close: num, volume: num, oi: num })),
})

/** `Product` with a capital P, as documented (§1.3). The answer's numbers are JSON numbers. */
export const brokerageCalculator = /* @__PURE__ */ defineV1Endpoint({
  name: 'brokerageCalculator', path: 'brokerageCalculator', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ request, Exchange, TradingSymbol, TransactionType, Product, Quantity, Price, InstrumentName, z }) =>
    request({
      exchange: Exchange, tradingSymbol: TradingSymbol, transactionType: TransactionType, Product, quantity: Quantity,
      price: Price, strike_price: Price.default('0'), inst_name: z.union([InstrumentName, z.literal('EQ')]).optional(), lot_size: Quantity.default('1'),
    }),
  response: ({ response, num, str }) =>
    response({ brokerage: num, exchange_charge: num, gst: num, sebi_charge: num, stamp_duty: num, remarks: str }),
})

/** `getFundamentals`: NODE-only and undocumented (§2.5); the result is kept open. */
export const getFundamentals = /* @__PURE__ */ defineV1Endpoint({
  name: 'getFundamentals', path: 'getFundamentals', auth: 'session', retry: 'safe', limit: 'other',
  request: ({ Instrument }) => Instrument,
  response: ({ response }) => response({}),
})
