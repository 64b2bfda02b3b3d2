import type { Instrument, Market } from '../model/market.js'
import { clockTime, dateTime, fixed } from '../util.js'

// V3's views of an instrument: the getQuote `data` object and the Noren socket's touchline and depth fields.
/** The getQuote `data` object. */
export function quote(market: Market, inst: Instrument, requestTime: string): Record<string, string> {
  const p = (n: number) => fixed(n, inst.pricePrecision)
  const q: Record<string, string> = {
    requestTime,
    exchange: inst.exchange,
    tradingSymbol: inst.tradingSymbol,
    companyName: inst.companyName,
    symbolName: inst.symbolName,
    segment: inst.segment,
    instrumentName: inst.instrumentName,
    pricePrecision: String(inst.pricePrecision),
    lotSize: String(inst.lotSize),
    tickSize: fixed(inst.tickSize, inst.tickSize < 0.01 ? 4 : 2),
    multipler: '1',
    priceFactor: '(1 / 1 ) * (1 / 1)',
    token: inst.token,
    isin: inst.isin,
    lastTradedPrice: p(inst.ltp),
    upperCircuit: p(inst.upperCircuit),
    lowerCircuit: p(inst.lowerCircuit),
    dayOpenPrice: p(inst.open),
    dayHighPrice: p(inst.high),
    dayLowPrice: p(inst.low),
    dayClosePrice: p(inst.prevClose),
    volume: String(inst.volume),
    lastTradedQuantity: String(inst.ltq),
    lastTradeTime: dateTime(inst.lastTradeAt),
    averageTradePrice: p(market.averagePrice(inst)),
    totalBuyQuantity: String(inst.kind === 'index' ? 0 : market.totalBuyQty(inst)),
    totalSellQuantity: String(inst.kind === 'index' ? 0 : market.totalSellQty(inst)),
    openInterest: String(inst.oi),
  }
  writeDepthLevels(q, inst, p, REST_DEPTH_KEYS)
  return q
}

/** WebSocket touchline fields (without `t`). */
export function touchline(market: Market, inst: Instrument): Record<string, string> {
  const p = (n: number) => fixed(n, inst.pricePrecision)
  const f: Record<string, string> = {
    e: inst.exchange,
    tk: inst.token,
    ts: inst.tradingSymbol,
    pp: String(inst.pricePrecision),
    ls: String(inst.lotSize),
    ti: fixed(inst.tickSize, inst.tickSize < 0.01 ? 4 : 2),
    lp: p(inst.ltp),
    pc: fixed(market.changePercent(inst)),
    o: p(inst.open),
    h: p(inst.high),
    l: p(inst.low),
    c: p(inst.prevClose),
    ft: String(Math.floor(market.now() / 1000)),
  }
  if (inst.kind !== 'index') {
    f.v = String(inst.volume)
    f.ap = p(market.averagePrice(inst))
    f.bp1 = p(inst.bids[0]?.price ?? 0)
    f.bq1 = String(inst.bids[0]?.qty ?? 0)
    f.sp1 = p(inst.asks[0]?.price ?? 0)
    f.sq1 = String(inst.asks[0]?.qty ?? 0)
    if (inst.kind !== 'equity') {
      f.oi = String(inst.oi)
      f.poi = String(inst.poi)
      f.toi = String(inst.oi)
    }
  }
  return f
}

/** WebSocket depth fields (without `t`). */
export function depth(market: Market, inst: Instrument): Record<string, string> {
  const p = (n: number) => fixed(n, inst.pricePrecision)
  const f = touchline(market, inst)
  f.ltt = clockTime(inst.lastTradeAt)
  f.ltq = String(inst.ltq)
  f.tbq = String(inst.kind === 'index' ? 0 : market.totalBuyQty(inst))
  f.tsq = String(inst.kind === 'index' ? 0 : market.totalSellQty(inst))
  f.uc = p(inst.upperCircuit)
  f.lc = p(inst.lowerCircuit)
  f['52h'] = p(inst.high52)
  f['52l'] = p(inst.low52)
  writeDepthLevels(f, inst, p, WS_DEPTH_KEYS)
  return f
}

/** Key prefixes of the five depth levels: bid price, quantity, orders, then ask price, quantity, orders. */
type DepthKeys = readonly [string, string, string, string, string, string]
const REST_DEPTH_KEYS: DepthKeys = ['bestBuyPrice', 'bestBuyQuantity', 'bestBuyOrder', 'bestSellPrice', 'bestSellQuantity', 'bestSellOrder']
const WS_DEPTH_KEYS: DepthKeys = ['bp', 'bq', 'bo', 'sp', 'sq', 'so']

/** Writes levels 1–5 under REST's or the WebSocket's key names (empty levels as zeros). */
function writeDepthLevels(out: Record<string, string>, inst: Instrument, price: (n: number) => string, keys: DepthKeys): void {
  const [bidPrice, bidQty, bidOrders, askPrice, askQty, askOrders] = keys
  for (let i = 0; i < 5; i++) {
    const bid = inst.bids[i]
    const ask = inst.asks[i]
    const level = i + 1
    out[`${bidPrice}${level}`] = price(bid?.price ?? 0)
    out[`${bidQty}${level}`] = String(bid?.qty ?? 0)
    out[`${bidOrders}${level}`] = String(bid?.orders ?? 0)
    out[`${askPrice}${level}`] = price(ask?.price ?? 0)
    out[`${askQty}${level}`] = String(ask?.qty ?? 0)
    out[`${askOrders}${level}`] = String(ask?.orders ?? 0)
  }
}
