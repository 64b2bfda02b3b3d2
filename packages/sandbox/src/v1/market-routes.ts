import type { Instrument } from '../model/market.js'
import { freezeQty } from '../shell/symbols.js'
import { ddmmmyy, ddMmmYyyy, fixed, IST_OFFSET_MS, parseExpiry, requestTime } from '../util.js'
import type { RouteTable, V1Context, V1Model } from './context.js'
import { greeksOf } from './greeks.js'
import { instrumentOf } from './orders.js'
import { bad, type Body, isMissing, missing, numeric, type Reply, require, success, text, V1Failure } from './wire.js'

// V1 market information (docs/developer-api-protocol.md §2.5): quotes by tradingSymbol, chains, expiries, candles.

/** getQuote `data`: VWAP, the day's prices, totals and five depth levels, from the model's numbers. */
function quote(model: V1Model, inst: Instrument, rt: string): Record<string, string> {
  const { market } = model
  const p = (n: number) => fixed(n, inst.pricePrecision)
  const index = inst.kind === 'index'
  const out: Record<string, string> = {
    VWAP: p(market.averagePrice(inst)),
    companyName: inst.companyName,
    dayClosePrice: p(inst.prevClose),
    dayHighPrice: p(inst.high),
    dayLowPrice: p(inst.low),
    dayOpenPrice: p(inst.open),
    exchange: inst.exchange,
    lastTradedPrice: p(inst.ltp),
    lotSize: String(inst.lotSize),
    multipler: '1',
    openInterest: String(inst.oi),
    priceFactor: '(1 / 1 ) * (1 / 1)',
    pricePrecision: String(inst.pricePrecision),
    requestTime: rt,
    segment: inst.segment,
    symbolName: inst.symbolName,
    tickSize: fixed(inst.tickSize, inst.tickSize < 0.01 ? 4 : 2),
    token: inst.token,
    totalBuyQuantity: String(index ? 0 : market.totalBuyQty(inst)),
    totalSellQuantity: String(index ? 0 : market.totalSellQty(inst)),
    tradingSymbol: inst.tradingSymbol,
  }
  for (const [side, levels] of [['Buy', inst.bids], ['Sell', inst.asks]] as const) {
    for (let i = 0; i < 5; i++) {
      const level = levels[i]
      out[`best${side}Order${i + 1}`] = String(level?.orders ?? 0)
      out[`best${side}Price${i + 1}`] = p(level?.price ?? 0)
      out[`best${side}Quantity${i + 1}`] = String(level?.qty ?? 0)
    }
  }
  return out
}

const ltp = (inst: Instrument, rt: string) => ({
  companyName: inst.companyName,
  exchange: inst.exchange,
  lastTradedPrice: fixed(inst.ltp, inst.pricePrecision),
  requestTime: rt,
  token: inst.token,
})

function items(body: Body): Body[] {
  const data = body.data
  if (isMissing(data) || (Array.isArray(data) && data.length === 0)) throw missing('data')
  if (!Array.isArray(data)) throw bad('data', 'data must be an array of {exchange, tradingSymbol}')
  return data.map((item) => (item && typeof item === 'object' ? (item as Body) : {}))
}

/** Multi-quote items: a bad item comes back inline with `status:"error"` (docs/developer-api-protocol.md §2.5). */
function multi(model: V1Model, body: Body, rt: string, view: (inst: Instrument) => Record<string, unknown>): unknown[] {
  return items(body).map((item) => {
    const identifier = `${text(item.exchange).toUpperCase()}:${text(item.tradingSymbol)}`
    try {
      const inst = instrumentOf(model, item)
      return { ...view(inst), identifier }
    } catch (error) {
      if (!(error instanceof V1Failure)) throw error
      const exchange = text(item.exchange).toUpperCase()
      return { companyName: '', exchange, identifier, requestTime: rt, tradingSymbol: text(item.tradingSymbol), status: 'error', error: error.message }
    }
  })
}

const kindName = { equity: 'Equity', index: 'Index', future: 'Futures', option: 'Options' } as const

/** The derivatives segment of an underlying's exchange (docs/developer-api-protocol.md §2.0: NSE→NFO, BSE→BFO). */
function derivativeExchange(body: Body): string {
  const exchange = text(body.exchange).toUpperCase()
  const mapped = exchange === 'NSE' ? 'NFO' : exchange === 'BSE' ? 'BFO' : exchange
  if (mapped !== 'NFO' && mapped !== 'BFO') throw bad('exchange', 'Invalid exchange provided')
  return mapped
}

export function addMarketRoutes(routes: RouteTable, model: V1Model): void {
  const add = (path: string, bucket: 'quote' | 'candle' | 'other', handle: (ctx: V1Context) => Reply, name = path) =>
    routes.set(path, { name, auth: true, bucket, handle })
  const { market } = model
  const symbolRequired = (body: Body) => {
    require(body, ['exchange'])
    if (isMissing(body.tradingSymbol)) throw bad('tradingSymbol', 'Trading Symbol is required')
  }

  add('getQuote', 'quote', ({ body, rt }) => {
    symbolRequired(body)
    return success('Quote data retrieved successfully', [quote(model, instrumentOf(model, body), rt)])
  })
  add('getQuote/ltp', 'quote', ({ body, rt }) => {
    symbolRequired(body)
    return success('LTP data retrieved successfully', [ltp(instrumentOf(model, body), rt)])
  }, 'getQuoteLtp')
  add('getMultiQuotes', 'quote', ({ body, rt }) =>
    success('Multiple quotes data retrieved successfully', multi(model, body, rt, (inst) => ({ ...quote(model, inst, rt), instrumentName: inst.instrumentName }))),
  )
  add('getMultiQuotes/ltp', 'quote', ({ body, rt }) =>
    success('Multiple LTP data retrieved successfully', multi(model, body, rt, (inst) => ({ ...ltp(inst, rt), token: Number(inst.token), tradingSymbol: inst.tradingSymbol }))),
  'getMultiQuotesLtp')

  add('securityInfo', 'other', ({ body }) => {
    symbolRequired(body)
    const inst = instrumentOf(model, body)
    return success('Security info', {
      companyName: inst.companyName,
      exchange: inst.exchange,
      freezeQuantity: String(freezeQty(inst) ?? 0),
      instrumentName: inst.instrumentName,
      lotSize: String(inst.lotSize),
      mult: '1',
      priceFactor: '(1 / 1 ) * (1 / 1)',
      pricePrecision: String(inst.pricePrecision),
      segment: inst.segment,
      symbolName: inst.symbolName,
      tickSize: fixed(inst.tickSize),
      token: inst.token,
      tradingSymbol: inst.tradingSymbol,
    })
  })
  add('searchScrips', 'other', ({ body }) => {
    require(body, ['stext'])
    return success(
      'Search symbols',
      market.search(text(body.stext)).map((i) => ({
        token: i.token,
        exchange: i.exchange,
        companyName: i.companyName,
        representationName: i.symbolName,
        instrumentName: kindName[i.kind],
        tradingSymbol: i.tradingSymbol,
      })),
    )
  })
  add('indexList', 'other', () =>
    success(
      'All indexes',
      market.list
        .filter((i) => i.kind === 'index')
        .map((i) => ({ exchange: i.exchange, token: i.token, tradingSymbol: i.symbolName, symbol: i.symbolName, idxname: i.tradingSymbol })),
    ),
  )
  add('getExpiry', 'other', ({ body }) => {
    if (isMissing(body.exchange)) throw missing('exchange')
    if (isMissing(body.tradingSymbol)) throw new V1Failure(400, 'MISSING_FIELD', 'tradingSymbol', 'Trading symbol is required')
    const exchange = derivativeExchange(body)
    const symbol = text(body.tradingSymbol).toUpperCase()
    const expiries = [...new Set(market.list.filter((i) => i.exchange === exchange && i.symbolName === symbol && i.expiry !== undefined).map((i) => i.expiry!))]
    if (expiries.length === 0) throw bad('tradingSymbol', `No expiries for ${symbol} on ${exchange}`)
    return success('Expiry dates retrieved successfully', { expiryDates: expiries.sort((a, b) => a - b).map((e) => ddMmmYyyy(e).replace(/-/g, '')) })
  })
  add('optionChain', 'other', ({ body }) => success('Option chain', chain(model, body, false)))
  add('optionChainGreeks', 'other', ({ body }) => success('Option chain with Greeks retrieved successfully', chain(model, body, true)))
  add('timePriceSeries', 'candle', ({ body }) => candles(model, body))
  add('getFundamentals', 'other', ({ body }) => {
    symbolRequired(body)
    const inst = instrumentOf(model, body)
    if (inst.kind !== 'equity') throw bad('tradingSymbol', 'Fundamentals exist for equities only')
    return success('Fundamentals', {
      mcap: fixed(inst.ltp * 1e7, 0),
      company_profile: `${inst.companyName} (simulated)`,
      isin_code: inst.isin,
      roe: '12.50',
      index_mapped: ['NIFTY 50'],
      calculations: JSON.stringify({ EPS: fixed(inst.ltp / 25), 'P/E': '25.00', 'P/B': '3.10' }),
    })
  })
}

/** optionChain / optionChainGreeks: `count` strikes either side of `strikePrice`, CE and PE (docs/developer-api-protocol.md §2.5). */
function chain(model: V1Model, body: Body, withGreeks: boolean): unknown[] {
  require(body, ['exchange', 'symbol'])
  const exchange = derivativeExchange(body)
  if (isMissing(body.count)) throw missing('count')
  const all = withGreeks && text(body.count).toUpperCase() === 'ALL'
  const count = all ? Number.POSITIVE_INFINITY : Number(text(body.count))
  if (!all && (!Number.isInteger(count) || count <= 0)) throw bad('count', withGreeks ? 'Count must be a valid positive number or ALL' : 'count must be a positive number')
  if (count > 30 && !all) throw bad('count', 'Count cannot exceed 30')
  if (!all && isMissing(body.strikePrice)) throw bad('strikePrice', 'Strike Price is required when count is not ALL')
  const strike = all ? 0 : numeric(body, 'strikePrice')
  if (!all && !(strike > 0)) throw bad('strikePrice', 'Strike Price must be a valid positive number')
  const symbol = text(body.symbol).toUpperCase()
  const options = model.market.list.filter((i) => i.kind === 'option' && i.exchange === exchange && i.symbolName === symbol)
  if (options.length === 0) throw bad('symbol', `No options for ${symbol} on ${exchange}`)
  let expiry = Math.min(...options.map((i) => i.expiry!))
  if (!isMissing(body.expiry)) {
    const wanted = text(body.expiry).toUpperCase()
    if (!/^\d{2}[A-Z]{3}\d{2}$/.test(wanted) || parseExpiry(wanted) === undefined) throw bad('expiry', 'Invalid expiry format')
    expiry = options.find((i) => ddmmmyy(i.expiry!) === wanted)?.expiry ?? Number.NaN
  }
  const series = options.filter((i) => i.expiry === expiry)
  if (series.length === 0) throw bad('expiry', `No ${symbol} options expire on ${text(body.expiry)}`)
  const strikes = [...new Set(series.map((i) => i.strike!))].sort((a, b) => a - b)
  const chosen = all ? strikes : [...strikes.filter((s) => s <= strike).slice(-count), ...strikes.filter((s) => s > strike).slice(0, count)]
  return chosen.flatMap((s) =>
    series
      .filter((i) => i.strike === s)
      .sort((a, b) => (a.optionType === 'CE' ? -1 : 1) - (b.optionType === 'CE' ? -1 : 1))
      .map((i) => {
        const row: Record<string, string> = {
          exchange: i.exchange,
          lotSize: String(i.lotSize),
          optionType: i.optionType!,
          parentToken: i.underlying?.token ?? '',
          pricePrecision: String(i.pricePrecision),
          strikePrice: fixed(s),
          tickSize: fixed(i.tickSize),
          token: i.token,
          tradingSymbol: i.tradingSymbol,
          lastTradedPrice: fixed(i.ltp, i.pricePrecision),
        }
        const g = withGreeks ? greeksOf(i, model.market.modelTime()) : undefined
        if (g) Object.assign(row, { delta: fixed(g.delta, 4), gamma: fixed(g.gamma, 6), theta: fixed(g.theta, 4), vega: fixed(g.vega, 4), rho: fixed(g.rho, 4), iv: fixed(g.iv), oi: String(i.oi) })
        return row
      }),
  )
}

/** `HH:MM:SS DD-MM-YYYY` (IST) → epoch ms. */
function parseV1Time(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2}):(\d{2}) (\d{2})-(\d{2})-(\d{4})$/.exec(value.trim())
  if (!m) return undefined
  const ms = Date.UTC(+m[6]!, +m[5]! - 1, +m[4]!, +m[1]!, +m[2]!, +m[3]!) - IST_OFFSET_MS
  return Number.isFinite(ms) ? ms : undefined
}

const MINUTES = new Set([1, 2, 3, 5, 10, 15, 30, 60, 120, 240])

function candles(model: V1Model, body: Body): Reply {
  for (const field of ['exchange', 'tradingSymbol', 'startTime', 'endTime', 'interval']) {
    if (isMissing(body[field])) throw new V1Failure(400, 'MISSING_FIELD', field, `${field} cannot be empty`)
  }
  const inst = instrumentOf(model, body)
  const interval = text(body.interval).toLowerCase()
  const minutes = /^(\d+)mi$/.exec(interval)
  if (interval !== '1d' && !(minutes && MINUTES.has(Number(minutes[1])))) throw bad('interval', 'Invalid interval: expected 1mi, 2mi, 5mi, … or 1d')
  const from = parseV1Time(text(body.startTime))
  if (from === undefined) throw bad('startTime', 'startTime must be HH:MM:SS DD-MM-YYYY')
  const to = parseV1Time(text(body.endTime))
  if (to === undefined) throw bad('endTime', 'endTime must be HH:MM:SS DD-MM-YYYY')
  const daily = interval === '1d'
  const rows = model.market.candles(inst, daily ? 'DAY' : Number(minutes![1]), from, to)
  const isoLocal = (ms: number) => new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 19)
  return success(
    'Time price series data retrieved successfully',
    rows.map((c) => ({
      time: daily ? requestTime(c.t) : isoLocal(c.t),
      epochTime: Math.floor(c.t / 1000),
      open: c.o,
      high: c.h,
      low: c.l,
      close: c.c,
      volume: c.v,
      oi: c.oi,
    })),
  )
}
