import { NO_PRICE, parseDecimal, parsePrice } from '../numbers.js'
import type { FeedFrame, FrameData, OrderFrame } from './frames.js'

// Snapshot + partial merge (docs/connect-protocol.md §4.3). This is the hot path: one output object (and its `changed` list) per frame,
// key → field tables built once, no schema library, no string building per frame.
// Numbers follow the wire rule of `numbers.ts`: plain decimals only. Anything else (null, " ", "1e400", "0x10",
// true, []) keeps the previous value; Noren's no-price marker (42949672.95) makes a price `undefined`, never a price.

/**
 * Fields shared by touchline ticks and depth. Quantities and other numbers are 0 until the exchange has sent them;
 * prices are `undefined` until it has sent one, and again when it sends its "no price" marker (e.g. before the open).
 */
export interface QuoteFields {
  readonly exchange: string
  readonly token: string
  /** `EXCH|TOKEN`, the subscription key. */
  readonly key: string
  /** Trading symbol (`ts`), sent with the snapshot only. */
  readonly symbol: string
  readonly pricePrecision: number
  readonly tickSize: number
  readonly lotSize: number
  readonly lastPrice: number | undefined
  /** % change vs previous close. */
  readonly changePercent: number
  readonly volume: number
  readonly open: number | undefined
  readonly high: number | undefined
  readonly low: number | undefined
  /** Previous close. */
  readonly close: number | undefined
  readonly averagePrice: number | undefined
  readonly openInterest: number
  readonly previousOpenInterest: number
  readonly totalOpenInterest: number
  /** Feed time, epoch seconds. */
  readonly feedTime: number
  /** True for the full snapshot (`tk`/`dk`) the server sends on (re)subscribe. */
  readonly snapshot: boolean
  /** Names of the fields this frame changed (for a snapshot: every field it carried). */
  readonly changed: readonly string[]
}

/** Touchline: the full current state of one scrip, best bid/ask included. */
export interface Tick extends QuoteFields {
  readonly bidPrice: number | undefined
  readonly bidQuantity: number
  readonly askPrice: number | undefined
  readonly askQuantity: number
}

/** One price level of market depth. */
export interface DepthLevel {
  /** `undefined` until a price is sent for this level, or when the exchange sends its no-price marker. */
  readonly price: number | undefined
  readonly quantity: number
  readonly orders: number
}

/** Market depth: the full current state with 5 levels each side. */
export interface Depth extends QuoteFields {
  /** `HH:MM:SS` of the last trade. */
  readonly lastTradeTime: string
  readonly lastTradeQuantity: number
  readonly totalBuyQuantity: number
  readonly totalSellQuantity: number
  readonly upperCircuit: number | undefined
  readonly lowerCircuit: number | undefined
  readonly high52Week: number | undefined
  readonly low52Week: number | undefined
  readonly bids: readonly DepthLevel[]
  readonly asks: readonly DepthLevel[]
}

/** Depth levels on each side (5). */
export const DEPTH_LEVELS = 5

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
/** `num`: a number on the wire; `price`: a number where the no-price marker means absent. */
type Spec = { readonly field: string; readonly num: boolean; readonly price: boolean }
type LevelSpec = { readonly side: 0 | 1; readonly level: number; readonly prop: keyof DepthLevel; readonly field: string }

function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

const QUOTE_KEYS: Record<string, Spec> = {
  ts: { field: 'symbol', num: false, price: false },
  pp: { field: 'pricePrecision', num: true, price: false },
  ti: { field: 'tickSize', num: true, price: false },
  ls: { field: 'lotSize', num: true, price: false },
  lp: { field: 'lastPrice', num: true, price: true },
  pc: { field: 'changePercent', num: true, price: false },
  v: { field: 'volume', num: true, price: false },
  o: { field: 'open', num: true, price: true },
  h: { field: 'high', num: true, price: true },
  l: { field: 'low', num: true, price: true },
  c: { field: 'close', num: true, price: true },
  ap: { field: 'averagePrice', num: true, price: true },
  oi: { field: 'openInterest', num: true, price: false },
  poi: { field: 'previousOpenInterest', num: true, price: false },
  toi: { field: 'totalOpenInterest', num: true, price: false },
  ft: { field: 'feedTime', num: true, price: false },
}

/** Wire key → Tick field. */
export const TICK_KEYS: Readonly<Record<string, Spec>> = table({
  ...QUOTE_KEYS,
  bp1: { field: 'bidPrice', num: true, price: true },
  bq1: { field: 'bidQuantity', num: true, price: false },
  sp1: { field: 'askPrice', num: true, price: true },
  sq1: { field: 'askQuantity', num: true, price: false },
})

/** Wire key → Depth field (levels live in DEPTH_LEVEL_KEYS). */
export const DEPTH_KEYS: Readonly<Record<string, Spec>> = table({
  ...QUOTE_KEYS,
  ltt: { field: 'lastTradeTime', num: false, price: false },
  ltq: { field: 'lastTradeQuantity', num: true, price: false },
  tbq: { field: 'totalBuyQuantity', num: true, price: false },
  tsq: { field: 'totalSellQuantity', num: true, price: false },
  uc: { field: 'upperCircuit', num: true, price: true },
  lc: { field: 'lowerCircuit', num: true, price: true },
  '52h': { field: 'high52Week', num: true, price: true },
  '52l': { field: 'low52Week', num: true, price: true },
})

/** Wire key (`bp1`…`so5`) → depth level; `field` is the name reported in `changed`, e.g. `bids[0].price`. */
export const DEPTH_LEVEL_KEYS: Readonly<Record<string, LevelSpec>> = (() => {
  const out: Record<string, LevelSpec> = {}
  const props = [
    ['p', 'price'],
    ['q', 'quantity'],
    ['o', 'orders'],
  ] as const
  for (let i = 0; i < DEPTH_LEVELS; i++) {
    for (const [letter, prop] of props) {
      out[`b${letter}${i + 1}`] = { side: 0, level: i, prop, field: `bids[${i}].${prop}` }
      out[`s${letter}${i + 1}`] = { side: 1, level: i, prop, field: `asks[${i}].${prop}` }
    }
  }
  return table(out)
})()

const NO_CHANGES: readonly string[] = Object.freeze([])

/** Returned by {@link wireValue} for a value that is not a number: the field keeps what it had. */
const KEEP = Symbol('keep')

/** A wire value as a field value: a number, `undefined` for the no-price marker of a price, or {@link KEEP}. */
function wireValue(raw: unknown, price: boolean): number | undefined | typeof KEEP {
  const n = parseDecimal(raw)
  if (n === undefined) return KEEP
  return price && n === NO_PRICE ? undefined : n
}

function blankTick(exchange: string, token: string): Mutable<Tick> {
  return {
    exchange, token, key: `${exchange}|${token}`, symbol: '',
    pricePrecision: 0, tickSize: 0, lotSize: 0, lastPrice: undefined, changePercent: 0, volume: 0,
    open: undefined, high: undefined, low: undefined, close: undefined, averagePrice: undefined,
    openInterest: 0, previousOpenInterest: 0, totalOpenInterest: 0, feedTime: 0,
    snapshot: true, changed: NO_CHANGES,
    bidPrice: undefined, bidQuantity: 0, askPrice: undefined, askQuantity: 0,
  }
}

// A literal copy keeps one object shape for every tick (faster than spread in V8, and monomorphic downstream).
function copyTick(t: Tick): Mutable<Tick> {
  return {
    exchange: t.exchange, token: t.token, key: t.key, symbol: t.symbol,
    pricePrecision: t.pricePrecision, tickSize: t.tickSize, lotSize: t.lotSize, lastPrice: t.lastPrice,
    changePercent: t.changePercent, volume: t.volume,
    open: t.open, high: t.high, low: t.low, close: t.close, averagePrice: t.averagePrice,
    openInterest: t.openInterest, previousOpenInterest: t.previousOpenInterest,
    totalOpenInterest: t.totalOpenInterest, feedTime: t.feedTime,
    snapshot: false, changed: NO_CHANGES,
    bidPrice: t.bidPrice, bidQuantity: t.bidQuantity, askPrice: t.askPrice, askQuantity: t.askQuantity,
  }
}

function blankLevels(): DepthLevel[] {
  const out: DepthLevel[] = []
  for (let i = 0; i < DEPTH_LEVELS; i++) out.push({ price: undefined, quantity: 0, orders: 0 })
  return out
}

function blankDepth(exchange: string, token: string): Mutable<Depth> {
  return {
    exchange, token, key: `${exchange}|${token}`, symbol: '',
    pricePrecision: 0, tickSize: 0, lotSize: 0, lastPrice: undefined, changePercent: 0, volume: 0,
    open: undefined, high: undefined, low: undefined, close: undefined, averagePrice: undefined,
    openInterest: 0, previousOpenInterest: 0, totalOpenInterest: 0, feedTime: 0,
    snapshot: true, changed: NO_CHANGES,
    lastTradeTime: '', lastTradeQuantity: 0, totalBuyQuantity: 0, totalSellQuantity: 0,
    upperCircuit: undefined, lowerCircuit: undefined, high52Week: undefined, low52Week: undefined,
    bids: blankLevels(), asks: blankLevels(),
  }
}

function copyDepth(d: Depth): Mutable<Depth> {
  return {
    exchange: d.exchange, token: d.token, key: d.key, symbol: d.symbol,
    pricePrecision: d.pricePrecision, tickSize: d.tickSize, lotSize: d.lotSize, lastPrice: d.lastPrice,
    changePercent: d.changePercent, volume: d.volume,
    open: d.open, high: d.high, low: d.low, close: d.close, averagePrice: d.averagePrice,
    openInterest: d.openInterest, previousOpenInterest: d.previousOpenInterest,
    totalOpenInterest: d.totalOpenInterest, feedTime: d.feedTime,
    snapshot: false, changed: NO_CHANGES,
    lastTradeTime: d.lastTradeTime, lastTradeQuantity: d.lastTradeQuantity,
    totalBuyQuantity: d.totalBuyQuantity, totalSellQuantity: d.totalSellQuantity,
    upperCircuit: d.upperCircuit, lowerCircuit: d.lowerCircuit, high52Week: d.high52Week, low52Week: d.low52Week,
    // Levels are shared with the previous state and copied on write below.
    bids: d.bids, asks: d.asks,
  }
}

/**
 * Applies plain fields of `data` to `target` using `keys`. Returns the changed list (or undefined if none).
 * `all` (snapshots) reports every field carried, changed or not.
 */
function applyFields(
  target: Record<string, unknown>,
  data: FrameData,
  keys: Readonly<Record<string, Spec>>,
  all: boolean,
  changed: string[] | undefined,
): string[] | undefined {
  for (const k in data) {
    const spec = keys[k]
    if (spec === undefined) continue
    const raw = data[k]
    if (spec.num) {
      const n = wireValue(raw, spec.price)
      if (n === KEEP) continue // not a number: keep the previous value
      if (all || target[spec.field] !== n) {
        target[spec.field] = n
        ;(changed ??= []).push(spec.field)
      }
    } else if (typeof raw === 'string' || typeof raw === 'number') {
      const s = typeof raw === 'string' ? raw : String(raw)
      if (all || target[spec.field] !== s) {
        target[spec.field] = s
        ;(changed ??= []).push(spec.field)
      }
    }
  }
  return changed
}

const isSnapshot = (frame: FeedFrame) => frame.t === 'tk' || frame.t === 'dk'

/**
 * Touchline merge, pure: `tk` starts a fresh state, `tf` is applied to `prev`. A `tf` with no `prev` (a partial
 * before the scrip's snapshot) gives `undefined`: there is no full state to report yet.
 * `prev` is never modified; the result is a new object.
 */
export function applyTouchline(prev: Tick | undefined, frame: FeedFrame): Tick | undefined {
  const snapshot = isSnapshot(frame)
  if (!snapshot && prev === undefined) return undefined
  const next = snapshot || prev === undefined ? blankTick(frame.e, frame.tk) : copyTick(prev)
  next.snapshot = snapshot
  const changed = applyFields(next as unknown as Record<string, unknown>, frame.data, TICK_KEYS, snapshot, undefined)
  next.changed = changed ?? NO_CHANGES
  return next
}

/**
 * Depth merge, pure: `dk` starts a fresh state, `df` is applied to `prev` (`undefined` without one, as for
 * {@link applyTouchline}). Levels are copied only when they change.
 */
export function applyDepth(prev: Depth | undefined, frame: FeedFrame): Depth | undefined {
  const snapshot = isSnapshot(frame)
  if (!snapshot && prev === undefined) return undefined
  const next = snapshot || prev === undefined ? blankDepth(frame.e, frame.tk) : copyDepth(prev)
  next.snapshot = snapshot
  const target = next as unknown as Record<string, unknown>
  let changed = applyFields(target, frame.data, DEPTH_KEYS, snapshot, undefined)
  // Copy-on-write: `copied` has bit 0/1 for the bid/ask arrays and bits 2+ for the individual levels.
  let copied = snapshot ? -1 : 0
  const data = frame.data
  for (const k in data) {
    const spec = DEPTH_LEVEL_KEYS[k]
    if (spec === undefined) continue
    const n = wireValue(data[k], spec.prop === 'price')
    if (n === KEEP) continue
    const side = spec.side === 0 ? next.bids : next.asks
    const level = side[spec.level] as DepthLevel
    if (!snapshot && level[spec.prop] === n) continue
    if ((copied & (1 << spec.side)) === 0) {
      copied |= 1 << spec.side
      if (spec.side === 0) next.bids = next.bids.slice()
      else next.asks = next.asks.slice()
    }
    const bit = 1 << (2 + spec.side * DEPTH_LEVELS + spec.level)
    const arr = (spec.side === 0 ? next.bids : next.asks) as Mutable<DepthLevel>[]
    let target = arr[spec.level] as Mutable<DepthLevel>
    if ((copied & bit) === 0) {
      copied |= bit
      target = { price: target.price, quantity: target.quantity, orders: target.orders }
      arr[spec.level] = target
    }
    ;(target as Record<keyof DepthLevel, number | undefined>)[spec.prop] = n
    ;(changed ??= []).push(spec.field)
  }
  next.changed = changed ?? NO_CHANGES
  return next
}

/** Keeps the merged state per scrip. One per connection; `clear()` it when the socket is replaced. */
export interface FeedMerger {
  /** Applies a `tk`/`tf` frame and returns the full current tick; `undefined` for a `tf` before the snapshot. */
  touchline(frame: FeedFrame): Tick | undefined
  /** Applies a `dk`/`df` frame and returns the full current depth; `undefined` for a `df` before the snapshot. */
  depth(frame: FeedFrame): Depth | undefined
  /** The merged tick of a scrip, if any frame arrived for it. */
  getTick(exchange: string, token: string): Tick | undefined
  /** The merged depth of a scrip, if any frame arrived for it. */
  getDepth(exchange: string, token: string): Depth | undefined
  /** Drops the state of one scrip (after unsubscribe). */
  forget(kind: 'touchline' | 'depth', exchange: string, token: string): void
  /** Forgets every scrip (after a reconnect the server sends new snapshots). */
  clear(): void
}

/**
 * Merges `tk`/`tf` and `dk`/`df` frames (snapshot + partial updates) into full {@link Tick}s and {@link Depth}s.
 * @example
 * ```ts
 * const merger = createMerger()
 * const frame = decodeFrame(message)
 * if (frame.t === 'tk' || frame.t === 'tf') console.log(merger.touchline(frame)?.lastPrice) // undefined before a snapshot
 * ```
 */
export function createMerger(): FeedMerger {
  // Two-level maps: looking up by exchange then token needs no `EXCH|TOKEN` string per frame.
  const ticks = new Map<string, Map<string, Tick>>()
  const depths = new Map<string, Map<string, Depth>>()

  function bucket<T>(maps: Map<string, Map<string, T>>, exchange: string): Map<string, T> {
    let m = maps.get(exchange)
    if (m === undefined) maps.set(exchange, (m = new Map()))
    return m
  }

  return {
    // A frame that yields nothing (a partial before its snapshot) leaves no entry behind.
    touchline(frame) {
      const next = applyTouchline(ticks.get(frame.e)?.get(frame.tk), frame)
      if (next) bucket(ticks, frame.e).set(frame.tk, next)
      return next
    },
    depth(frame) {
      const next = applyDepth(depths.get(frame.e)?.get(frame.tk), frame)
      if (next) bucket(depths, frame.e).set(frame.tk, next)
      return next
    },
    getTick: (exchange, token) => ticks.get(exchange)?.get(token),
    getDepth: (exchange, token) => depths.get(exchange)?.get(token),
    forget(kind, exchange, token) {
      ;(kind === 'touchline' ? ticks : depths).get(exchange)?.delete(token)
    },
    clear() {
      ticks.clear()
      depths.clear()
    },
  }
}

/** An order update (`om`), named like an orderBook row. Numbers are parsed; absent optional keys are undefined. */
export interface OrderUpdate {
  /** `norenordno`, kept as a string (it does not fit a safe integer everywhere). */
  readonly orderNumber: string
  readonly userId: string
  readonly accountId: string
  readonly exchange: string
  readonly tradingSymbol: string
  /** `B` or `S`. */
  readonly transactionType: string
  readonly quantity: number
  /** The order's price; `undefined` when the frame carries none (or Noren's no-price marker). 0 for market orders. */
  readonly price: number | undefined
  /** `pcode` (real frames) or `prd` (docs): C, M or I. */
  readonly product: string
  readonly priceType: string
  readonly retention: string
  readonly status: string
  readonly reportType: string
  readonly remarks: string
  readonly exchangeOrderNumber: string
  readonly disclosedQuantity: number | undefined
  readonly triggerPrice: number | undefined
  /** `exch_tm`, `DD-MM-YYYY HH:MM:SS`. */
  readonly exchangeTime: string | undefined
  readonly fillQuantity: number | undefined
  readonly fillPrice: number | undefined
  readonly fillId: string | undefined
  readonly fillTime: string | undefined
  readonly fillShares: number | undefined
  readonly averagePrice: number | undefined
  readonly cancelQuantity: number | undefined
  readonly rejectReason: string | undefined
  /** The frame as received, for keys this type does not name (`snonum`, `blprc`, `amo`, …); the book row for a resync. */
  readonly raw: FrameData
  /**
   * `live`: an `om` frame. `resync`: read from the order book after a reconnect, because the order changed
   * (status, filled quantity or average price) while the socket was down.
   */
  readonly source: 'live' | 'resync'
}

// Frames are JSON: a value may be anything (an object whose `toString` is not a function would throw in String()).
const optText = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)
const text = (v: unknown): string => optText(v) ?? ''
const optNumber = (v: string | number | undefined): number | undefined => parseDecimal(v)
const optPrice = (v: string | number | undefined): number | undefined => parsePrice(v)

/**
 * Turns a raw `om` frame into a typed {@link OrderUpdate} (numbers as numbers).
 * @example
 * ```ts
 * const frame = decodeFrame(message)
 * if (frame.t === 'om') console.log(toOrderUpdate(frame).status)
 * ```
 */
export function toOrderUpdate(frame: OrderFrame): OrderUpdate {
  const d = frame.data
  return {
    orderNumber: text(d.norenordno),
    userId: text(d.uid),
    accountId: text(d.actid),
    exchange: text(d.exch),
    tradingSymbol: text(d.tsym),
    transactionType: text(d.trantype),
    quantity: optNumber(d.qty) ?? 0,
    price: optPrice(d.prc),
    product: text(d.pcode ?? d.prd),
    priceType: text(d.prctyp),
    retention: text(d.ret),
    status: text(d.status),
    reportType: text(d.reporttype),
    remarks: text(d.remarks),
    exchangeOrderNumber: text(d.exchordid),
    disclosedQuantity: optNumber(d.dscqty),
    triggerPrice: optPrice(d.trgprc),
    exchangeTime: optText(d.exch_tm),
    fillQuantity: optNumber(d.flqty),
    fillPrice: optPrice(d.flprc),
    fillId: optText(d.flid),
    fillTime: optText(d.fltm),
    fillShares: optNumber(d.fillshares),
    averagePrice: optPrice(d.avgprc),
    cancelQuantity: optNumber(d.cancelqty),
    rejectReason: optText(d.rejreason),
    raw: d,
    source: 'live',
  }
}
