import type { Instrument, Market } from '../model/market.js'
import type { Broker, Order, OrderState } from '../model/broker.js'
import { fixed } from '../util.js'
import { exchangeTime, positionAmounts } from './format.js'
import type { Greeks } from './greeks.js'
import { paise } from './wire.js'

// Socket V2 frames (docs/developer-api-protocol.md §3.1): market records keyed by `EXCH:token` with paise integers,
// order updates (`norenordno`), position updates (`brkname`) and option Greeks.

export type MarketRecord = Record<string, unknown>

/** Keys that change on every frame; a record with only these changed is not sent. */
export const CLOCK_KEYS = new Set(['c_exch_feed_time', 'i_feed_time', 'i_seconds_since_boe', 'i_usecs'])

function levels(inst: Instrument, side: 'bids' | 'asks'): Array<Record<string, number>> {
  if (inst.kind === 'index') return [{}, {}, {}, {}, {}]
  return Array.from({ length: 5 }, (_, i) => {
    const level = inst[side][i]
    return { price: paise(level?.price ?? 0), quantity: level?.qty ?? 0, orders: level?.orders ?? 0 }
  })
}

/** The full market record of one instrument now. */
export function marketRecord(market: Market, inst: Instrument, now: number): MarketRecord {
  const index = inst.kind === 'index'
  const change = inst.ltp - inst.prevClose
  return {
    best_buy: levels(inst, 'bids'),
    best_sell: levels(inst, 'asks'),
    c_exch_feed_time: exchangeTime(now),
    c_exch_seg: inst.exchange,
    c_net_change_indicator: change < 0 ? '45' : '43',
    c_symbol: inst.token,
    i_average_trade_price: index ? 0 : paise(market.averagePrice(inst)),
    i_buy_depth_size: 5,
    i_closing_price: paise(inst.prevClose),
    close_price: paise(inst.prevClose),
    i_feed_time: Math.floor(now / 1000),
    i_high_price: paise(inst.high),
    i_last_trade_quantity: inst.ltq,
    i_last_trade_time: Math.floor(inst.lastTradeAt / 1000),
    i_last_traded_price: paise(inst.ltp),
    i_low_price: paise(inst.low),
    i_lower_circuit_limit: paise(inst.lowerCircuit),
    i_net_price_change_from_closing_price: paise(change),
    i_open_interest: inst.oi,
    i_open_price: paise(inst.open),
    // About 1.77e18, beyond Number.MAX_SAFE_INTEGER, as the real feed sends it (docs/developer-api-protocol.md §3.1).
    i_seconds_since_boe: now * 1_000_000,
    i_sell_depth_size: 5,
    i_total_buy_quantity: index ? 0 : market.totalBuyQty(inst),
    i_total_open_interest: inst.oi,
    i_total_sell_quantity: index ? 0 : market.totalSellQty(inst),
    i_total_tradevalue: Math.round(inst.turnover),
    i_upper_circuit_limit: paise(inst.upperCircuit),
    i_usecs: (now % 1000) * 1000,
    i_volume_traded_today: inst.volume,
    i_yearly_high_price: paise(inst.high52),
    i_yearly_low_price: paise(inst.low52),
  }
}

/** The keys of `now` that differ from `last` (plus the instrument's identity), or undefined when nothing moved. */
export function partialRecord(last: MarketRecord, now: MarketRecord): MarketRecord | undefined {
  const out: MarketRecord = { c_exch_seg: now.c_exch_seg, c_symbol: now.c_symbol }
  let changed = 0
  for (const [key, value] of Object.entries(now)) {
    const same = typeof value === 'object' ? JSON.stringify(value) === JSON.stringify(last[key]) : value === last[key]
    if (same) continue
    out[key] = value
    if (!CLOCK_KEYS.has(key)) changed++
  }
  return changed === 0 ? undefined : out
}

const WS_STATUS: Record<string, string> = { NewAck: 'ORDER ACK', PendingNew: 'ORDER PENDING' }

/** An order update for one state of an order; a fill carries the fill and the totals so far, as Noren's do. */
export function orderUpdate(order: Order, state: OrderState): Record<string, string> {
  const { inst } = order
  const fill = state.fill
    ? { flqty: String(state.fill.quantity), flprc: fixed(state.fill.price), fillshares: String(state.fillShares), avgprc: fixed(state.averagePrice) }
    : {}
  return {
    ...fill,
    norenordno: order.orderNumber,
    uid: order.userId,
    actid: order.userId,
    exch: inst.exchange,
    tsym: inst.tradingSymbol,
    token: inst.token,
    qty: String(state.quantity),
    prc: fixed(state.price),
    pcode: order.product,
    trantype: order.transactionType,
    prctyp: state.priceType,
    ret: order.retention,
    status: state.status === 'PENDING' ? (WS_STATUS[state.reportType] ?? 'PENDING') : state.status,
    reporttype: state.reportType,
    rejreason: state.rejectReason || ' ',
    remarks: order.remarks,
    dscqty: '0',
    kidid: String(order.history.length),
    ntm: String(state.at % 1_000_000_000),
    tm: String(Math.floor(state.at / 1000)),
    handlinst: `${order.orderNumber}-${order.history.length}`,
    ls: String(inst.lotSize),
    pp: String(inst.pricePrecision),
    ti: fixed(inst.tickSize),
    mult: '1',
    prcftr: '1.000000',
  }
}

/** The position update after a fill, from the model's position row of that instrument and product. */
export function positionUpdate(broker: Broker, order: Order, now: number): Record<string, unknown> | undefined {
  const { inst } = order
  const position = broker.positions(order.userId).find((p) => p.inst === inst && p.product === order.product)
  if (!position) return undefined
  const amounts = positionAmounts(position)
  const common = {
    ls: String(inst.lotSize),
    pp: String(inst.pricePrecision),
    mult: '1',
    prcftr: '1.000000',
    ti: fixed(inst.tickSize),
    tsym: inst.tradingSymbol,
    buyavgprc: amounts.buyAverage,
    sellavgprc: amounts.sellAverage,
    totbuyavgprc: amounts.buyAverage,
    totbuyamt: amounts.buyAmount,
    totsellamt: amounts.sellAmount,
    daybuyqty: String(position.buyQty),
    daybuyamt: amounts.buyAmount,
    daybuyavgprc: amounts.buyAverage,
    netqty: String(position.net),
    rpnl: fixed(position.realized),
    upload_prc: '0.00',
  }
  return {
    child_orders: [{ ...common, exch: inst.exchange, token: inst.token }],
    ...common,
    totsellavgprc: amounts.sellAverage,
    openbuyqty: '0',
    openbuyamt: '0.00',
    opensellqty: '0',
    opensellamt: '0.00',
    uptm: String(now * 1000),
    uid: order.userId,
    actid: order.userId,
    pcode: order.product,
    token: inst.symbolName,
    exch: inst.segment,
    instname: inst.instrumentName,
    brkname: 'SANDBOX',
    daysellqty: String(position.sellQty),
  }
}

/** A Greeks record of one option (strings, as the SDKs read them). */
export function greeksRecord(inst: Instrument, g: Greeks): Record<string, string> {
  return {
    c_exch_seg: inst.exchange,
    c_symbol: inst.token,
    delta: fixed(g.delta, 4),
    gamma: fixed(g.gamma, 6),
    theta: fixed(g.theta, 4),
    vega: fixed(g.vega, 4),
    rho: fixed(g.rho, 4),
  }
}

/**
 * The Greeks message of one option: its record at the top level, and the same record under its `EXCH:token` key.
 * The frame's real shape is not documented. The official Node package (1.2.8) passes a message to its Greeks callback
 * only when the message itself has a `gamma`, and then calls it with each keyed value that has one; a keyed map alone
 * reaches its market-feed callback instead. This shape reaches both its routing and a reader of the keyed map.
 */
export function greeksMessage(inst: Instrument, g: Greeks): Record<string, unknown> {
  const record = greeksRecord(inst, g)
  return { ...record, [`${inst.exchange}:${inst.token}`]: record }
}
