import type { Firstock, OrderRow, Tick } from '@firstock/node'
import { v1WireTime } from './market.js'
import { type Cell, integer, type Output, price, side, signed, status } from './output.js'

type Out<K extends keyof Firstock> = Firstock[K] extends (...args: never[]) => Promise<infer R> ? R : never
export type Quote = Out<'getQuote'>
export type QuoteLtp = Out<'getQuoteLtp'>
export type Trade = Out<'tradeBook'>[number]
export type Position = Out<'positionBook'>[number]
export type Holding = Out<'holdings'>[number]
export type Limits = Out<'limit'>
export type ScripRow = Out<'searchScrips'>[number]
export type Candle = Out<'timePriceSeries'>[number]

const change = (last: number | undefined, previous: number | undefined) =>
  last !== undefined && previous !== undefined && previous !== 0 ? { abs: last - previous, pct: ((last - previous) / previous) * 100 } : undefined

export function quotesTable(out: Output, quotes: readonly Quote[]): string {
  const rows = quotes.map((q) => {
    const ch = change(q.lastTradedPrice, q.dayClosePrice)
    return [
      out.c.bold(q.tradingSymbol ?? q.token ?? '?'),
      q.exchange,
      out.c.bold(price(q.lastTradedPrice)),
      signed(out, ch?.abs),
      signed(out, ch?.pct, '%'),
      price(q.dayOpenPrice),
      price(q.dayHighPrice),
      price(q.dayLowPrice),
      price(q.dayClosePrice),
      integer(q.volume),
    ]
  })
  return out.table(['Symbol', 'Exch', 'LTP', 'Chg', 'Chg %', 'Open', 'High', 'Low', 'Prev close', 'Volume'], rows, {
    right: [2, 3, 4, 5, 6, 7, 8, 9],
  })
}

/** V1's order book gives epoch seconds; shown like V3's `HH:MM:SS DD-MM-YYYY` (IST). */
const orderTime = (time: string | undefined) => (time && /^\d{9,11}$/.test(time) ? v1WireTime(Number(time) * 1000) : time)

export function ordersTable(out: Output, orders: readonly OrderRow[]): string {
  const rows = orders.map((o) => [
    o.orderNumber,
    orderTime(o.orderTime),
    side(out, o.transactionType),
    `${o.exchange}:${o.tradingSymbol}`,
    o.priceType,
    o.product,
    integer(o.quantity),
    integer(o.fillshares ?? o.fillShares),
    o.priceType === 'MKT' && !o.price ? 'MKT' : price(o.price),
    o.averagePrice ? price(o.averagePrice) : '—',
    status(out, o.status),
    o.rejectReason || o.remarks || '',
  ])
  return out.table(['Order', 'Time', 'Side', 'Symbol', 'Type', 'Prd', 'Qty', 'Filled', 'Price', 'Avg', 'Status', 'Remarks / reason'], rows, {
    right: [6, 7, 8, 9],
  })
}

export function tradesTable(out: Output, trades: readonly Trade[]): string {
  const rows = trades.map((t) => [
    t.orderNumber,
    t.fillTime,
    side(out, t.transactionType),
    `${t.exchange}:${t.tradingSymbol}`,
    t.product,
    integer(t.fillQuantity ?? t.fillshares),
    price(t.fillPrice),
    t.fillId,
  ])
  return out.table(['Order', 'Fill time', 'Side', 'Symbol', 'Prd', 'Qty', 'Price', 'Fill id'], rows, { right: [5, 6] })
}

export function positionsTable(out: Output, positions: readonly Position[]): string {
  const rows = positions.map((p) => [
    `${p.exchange}:${p.tradingSymbol}`,
    p.product,
    signedQty(out, p.netQuantity),
    price(p.netAveragePrice),
    price(p.lastTradedPrice),
    signed(out, p.RealizedPNL),
    signed(out, p.unrealizedMTOM),
    integer(p.dayBuyQuantity),
    integer(p.daySellQuantity),
  ])
  return out.table(['Symbol', 'Prd', 'Net qty', 'Avg', 'LTP', 'Realised', 'Unrealised', 'Bought', 'Sold'], rows, {
    right: [2, 3, 4, 5, 6, 7, 8],
  })
}

function signedQty(out: Output, qty: number | undefined): string {
  if (qty === undefined) return '—'
  if (qty > 0) return out.c.green(`+${qty}`)
  if (qty < 0) return out.c.red(String(qty))
  return '0'
}

export function holdingsTable(out: Output, holdings: readonly Holding[]): string {
  const rows = holdings.map((h) => {
    const symbols = (h.exchangeTradingSymbol ?? []).map((s) => `${s.exchange}:${s.tradingSymbol}`).join(' / ')
    return [symbols || '—', integer(h.holdQuantity), integer(h.BTSTQuantity), integer(h.usedQuantity), integer(h.tradeQuantity), price(h.uploadPrice)]
  })
  return out.table(['Symbol', 'Held', 'BTST', 'Used', 'Traded', 'Upload price'], rows, { right: [1, 2, 3, 4, 5] })
}

export function limitsTable(out: Output, limits: Limits): string {
  const fields: [string, number | undefined][] = [
    ['Cash', limits.cash],
    ['Pay-in', limits.payin],
    ['Pay-out', limits.payout],
    ['Margin used', limits.marginused],
    ['Collateral', limits.collateral],
    ['Span', limits.span],
    ['Exposure', limits.expo],
    ['Premium', limits.premium],
    ['Peak margin', limits.peak_mar],
  ]
  const available = limits.cash !== undefined ? limits.cash + (limits.payin ?? 0) + (limits.collateral ?? 0) - (limits.marginused ?? 0) : undefined
  const rows: Cell[][] = fields.filter(([, v]) => v !== undefined).map(([k, v]) => [k, price(v)])
  rows.push([out.c.bold('Available'), out.c.bold(price(available))])
  return out.table(['Limit', 'Amount (₹)'], rows, { right: [1] })
}

export function scripsTable(out: Output, rows: readonly ScripRow[]): string {
  return out.table(
    ['Symbol', 'Exch', 'Token', 'Company', 'Type', 'Lot', 'Tick'],
    rows.map((r) => [out.c.bold(`${r.exchange}:${r.tradingSymbol}`), r.exchange, r.token, r.companyName, r.instrumentName, integer(r.lotSize), price(r.tickSize)]),
    { right: [5, 6] },
  )
}

/** One row of a live touchline table. */
export interface LiveRow {
  key: string
  symbol: string
  lastPrice: number | undefined
  previousClose: number | undefined
  changePercent: number | undefined
  open: number | undefined
  high: number | undefined
  low: number | undefined
  volume: number | undefined
  /** Direction of the last price move, for the ▲/▼ marker. */
  move: -1 | 0 | 1
  ticks: number
  updatedAt: number | undefined
}

export function rowFromQuote(key: string, q: Quote | undefined, fallbackSymbol: string): LiveRow {
  const ch = change(q?.lastTradedPrice, q?.dayClosePrice)
  return {
    key,
    symbol: q?.tradingSymbol || fallbackSymbol,
    lastPrice: q?.lastTradedPrice,
    previousClose: q?.dayClosePrice,
    changePercent: ch?.pct,
    open: q?.dayOpenPrice,
    high: q?.dayHighPrice,
    low: q?.dayLowPrice,
    volume: q?.volume,
    move: 0,
    ticks: 0,
    updatedAt: undefined,
  }
}

/** Merges a stream tick into a row (a price not sent yet is `undefined`, a quantity 0: neither overwrites a value). */
export function applyTick(row: LiveRow, tick: Tick): LiveRow {
  const pick = (value: number | undefined, previous: number | undefined) => (value ? value : previous)
  const lastPrice = pick(tick.lastPrice, row.lastPrice)
  const previousClose = pick(tick.close, row.previousClose)
  const move = lastPrice !== undefined && row.lastPrice !== undefined ? (lastPrice > row.lastPrice ? 1 : lastPrice < row.lastPrice ? -1 : row.move) : 0
  const ch = change(lastPrice, previousClose)
  return {
    key: row.key,
    symbol: tick.symbol || row.symbol,
    lastPrice,
    previousClose,
    changePercent: tick.changePercent && !ch ? tick.changePercent : (ch?.pct ?? row.changePercent),
    open: pick(tick.open, row.open),
    high: pick(tick.high, row.high),
    low: pick(tick.low, row.low),
    volume: pick(tick.volume, row.volume),
    move,
    ticks: row.ticks + 1,
    updatedAt: Date.now(),
  }
}

export function touchlineTable(out: Output, rows: readonly LiveRow[], title?: string): string {
  const body = rows.map((r) => {
    const arrow = r.move > 0 ? out.c.green('▲') : r.move < 0 ? out.c.red('▼') : ' '
    const last = r.lastPrice === undefined ? '—' : r.move > 0 ? out.c.green(price(r.lastPrice)) : r.move < 0 ? out.c.red(price(r.lastPrice)) : price(r.lastPrice)
    const chAbs = r.lastPrice !== undefined && r.previousClose ? r.lastPrice - r.previousClose : undefined
    return [
      out.c.bold(r.symbol),
      r.key,
      `${last} ${arrow}`,
      signed(out, chAbs),
      signed(out, r.changePercent, '%'),
      price(r.open),
      price(r.high),
      price(r.low),
      integer(r.volume),
      r.ticks,
      r.updatedAt ? new Date(r.updatedAt).toLocaleTimeString('en-GB') : '—',
    ]
  })
  return out.table(['Symbol', 'Key', 'LTP', 'Chg', 'Chg %', 'Open', 'High', 'Low', 'Volume', 'Ticks', 'Updated'], body, {
    right: [2, 3, 4, 5, 6, 7, 8, 9],
    ...(title ? { title } : {}),
  })
}
