import type { FeedFrame, FrameData, OrderFrame } from './frames.js'

// Snapshot + partial merge (docs/protocol-v3.md §4.3). This is the hot path: one output object (and its `changed` list) per frame,
// key → field tables built once, no schema library, no string building per frame.

/** Fields shared by touchline ticks and depth. Numbers are 0 until the exchange has sent them. */
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
  readonly lastPrice: number
  /** % change vs previous close. */
  readonly changePercent: number
  readonly volume: number
  readonly open: number
  readonly high: number
  readonly low: number
  /** Previous close. */
  readonly close: number
  readonly averagePrice: number
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
  readonly bidPrice: number
  readonly bidQuantity: number
  readonly askPrice: number
  readonly askQuantity: number
}

/** One price level of market depth. */
export interface DepthLevel {
  readonly price: number
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
  readonly upperCircuit: number
  readonly lowerCircuit: number
  readonly high52Week: number
  readonly low52Week: number
  readonly bids: readonly DepthLevel[]
  readonly asks: readonly DepthLevel[]
}

/** Depth levels on each side (5). */
export const DEPTH_LEVELS = 5

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type Spec = { readonly field: string; readonly num: boolean }
type LevelSpec = { readonly side: 0 | 1; readonly level: number; readonly prop: keyof DepthLevel; readonly field: string }

function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

const QUOTE_KEYS: Record<string, Spec> = {
  ts: { field: 'symbol', num: false },
  pp: { field: 'pricePrecision', num: true },
  ti: { field: 'tickSize', num: true },
  ls: { field: 'lotSize', num: true },
  lp: { field: 'lastPrice', num: true },
  pc: { field: 'changePercent', num: true },
  v: { field: 'volume', num: true },
  o: { field: 'open', num: true },
  h: { field: 'high', num: true },
  l: { field: 'low', num: true },
  c: { field: 'close', num: true },
  ap: { field: 'averagePrice', num: true },
  oi: { field: 'openInterest', num: true },
  poi: { field: 'previousOpenInterest', num: true },
  toi: { field: 'totalOpenInterest', num: true },
  ft: { field: 'feedTime', num: true },
}

/** Wire key → Tick field. */
export const TICK_KEYS: Readonly<Record<string, Spec>> = table({
  ...QUOTE_KEYS,
  bp1: { field: 'bidPrice', num: true },
  bq1: { field: 'bidQuantity', num: true },
  sp1: { field: 'askPrice', num: true },
  sq1: { field: 'askQuantity', num: true },
})

/** Wire key → Depth field (levels live in DEPTH_LEVEL_KEYS). */
export const DEPTH_KEYS: Readonly<Record<string, Spec>> = table({
  ...QUOTE_KEYS,
  ltt: { field: 'lastTradeTime', num: false },
  ltq: { field: 'lastTradeQuantity', num: true },
  tbq: { field: 'totalBuyQuantity', num: true },
  tsq: { field: 'totalSellQuantity', num: true },
  uc: { field: 'upperCircuit', num: true },
  lc: { field: 'lowerCircuit', num: true },
  '52h': { field: 'high52Week', num: true },
  '52l': { field: 'low52Week', num: true },
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

/** A wire value as a number, or NaN when it is not one (the field then keeps its value). */
function toNumber(raw: string | number | undefined): number {
  if (typeof raw === 'number') return raw
  if (raw === undefined || raw === '') return Number.NaN
  return +raw
}

function blankTick(exchange: string, token: string): Mutable<Tick> {
  return {
    exchange, token, key: `${exchange}|${token}`, symbol: '',
    pricePrecision: 0, tickSize: 0, lotSize: 0, lastPrice: 0, changePercent: 0, volume: 0,
    open: 0, high: 0, low: 0, close: 0, averagePrice: 0,
    openInterest: 0, previousOpenInterest: 0, totalOpenInterest: 0, feedTime: 0,
    snapshot: true, changed: NO_CHANGES,
    bidPrice: 0, bidQuantity: 0, askPrice: 0, askQuantity: 0,
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
  for (let i = 0; i < DEPTH_LEVELS; i++) out.push({ price: 0, quantity: 0, orders: 0 })
  return out
}

function blankDepth(exchange: string, token: string): Mutable<Depth> {
  return {
    exchange, token, key: `${exchange}|${token}`, symbol: '',
    pricePrecision: 0, tickSize: 0, lotSize: 0, lastPrice: 0, changePercent: 0, volume: 0,
    open: 0, high: 0, low: 0, close: 0, averagePrice: 0,
    openInterest: 0, previousOpenInterest: 0, totalOpenInterest: 0, feedTime: 0,
    snapshot: true, changed: NO_CHANGES,
    lastTradeTime: '', lastTradeQuantity: 0, totalBuyQuantity: 0, totalSellQuantity: 0,
    upperCircuit: 0, lowerCircuit: 0, high52Week: 0, low52Week: 0,
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
      const n = toNumber(raw)
      if (n !== n) continue // not a number: keep the previous value
      if (all || target[spec.field] !== n) {
        target[spec.field] = n
        ;(changed ??= []).push(spec.field)
      }
    } else if (raw !== undefined) {
      const s = typeof raw === 'string' ? raw : String(raw)
      if (all || target[spec.field] !== s) {
        target[spec.field] = s
        ;(changed ??= []).push(spec.field)
      }
    }
  }
  return changed
}

/**
 * Touchline merge, pure: `tk` starts a fresh state, `tf` is applied to `prev` (or to an empty state if there is none).
 * `prev` is never modified; the result is a new object.
 */
export function applyTouchline(prev: Tick | undefined, frame: FeedFrame): Tick {
  const snapshot = frame.t === 'tk' || frame.t === 'dk' || prev === undefined
  const next = snapshot ? blankTick(frame.e, frame.tk) : copyTick(prev)
  next.snapshot = frame.t === 'tk' || frame.t === 'dk'
  const changed = applyFields(next as unknown as Record<string, unknown>, frame.data, TICK_KEYS, snapshot, undefined)
  next.changed = changed ?? NO_CHANGES
  return next
}

/** Depth merge, pure: `dk` starts a fresh state, `df` is applied to `prev`. Levels are copied only when they change. */
export function applyDepth(prev: Depth | undefined, frame: FeedFrame): Depth {
  const snapshot = frame.t === 'dk' || frame.t === 'tk' || prev === undefined
  const next = snapshot ? blankDepth(frame.e, frame.tk) : copyDepth(prev)
  next.snapshot = frame.t === 'dk' || frame.t === 'tk'
  const target = next as unknown as Record<string, unknown>
  let changed = applyFields(target, frame.data, DEPTH_KEYS, snapshot, undefined)
  // Copy-on-write: `copied` has bit 0/1 for the bid/ask arrays and bits 2+ for the individual levels.
  let copied = snapshot ? -1 : 0
  const data = frame.data
  for (const k in data) {
    const spec = DEPTH_LEVEL_KEYS[k]
    if (spec === undefined) continue
    const n = toNumber(data[k])
    if (n !== n) continue
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
    target[spec.prop] = n
    ;(changed ??= []).push(spec.field)
  }
  next.changed = changed ?? NO_CHANGES
  return next
}

/** Keeps the merged state per scrip. One per connection; `clear()` it when the socket is replaced. */
export interface FeedMerger {
  /** Applies a `tk`/`tf` frame and returns the full current tick. */
  touchline(frame: FeedFrame): Tick
  /** Applies a `dk`/`df` frame and returns the full current depth. */
  depth(frame: FeedFrame): Depth
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
 * if (frame.t === 'tk' || frame.t === 'tf') console.log(merger.touchline(frame).lastPrice)
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
    touchline(frame) {
      const m = bucket(ticks, frame.e)
      const next = applyTouchline(m.get(frame.tk), frame)
      m.set(frame.tk, next)
      return next
    },
    depth(frame) {
      const m = bucket(depths, frame.e)
      const next = applyDepth(m.get(frame.tk), frame)
      m.set(frame.tk, next)
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
  readonly price: number
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
  /** The frame as received, for keys this type does not name (`snonum`, `blprc`, `amo`, …). */
  readonly raw: FrameData
}

const text = (v: string | number | undefined): string => (v === undefined ? '' : String(v))
const optText = (v: string | number | undefined): string | undefined => (v === undefined ? undefined : String(v))
const optNumber = (v: string | number | undefined): number | undefined => {
  const n = toNumber(v)
  return n === n ? n : undefined
}

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
    price: optNumber(d.prc) ?? 0,
    product: text(d.pcode ?? d.prd),
    priceType: text(d.prctyp),
    retention: text(d.ret),
    status: text(d.status),
    reportType: text(d.reporttype),
    remarks: text(d.remarks),
    exchangeOrderNumber: text(d.exchordid),
    disclosedQuantity: optNumber(d.dscqty),
    triggerPrice: optNumber(d.trgprc),
    exchangeTime: optText(d.exch_tm),
    fillQuantity: optNumber(d.flqty),
    fillPrice: optNumber(d.flprc),
    fillId: optText(d.flid),
    fillTime: optText(d.fltm),
    fillShares: optNumber(d.fillshares),
    averagePrice: optNumber(d.avgprc),
    cancelQuantity: optNumber(d.cancelqty),
    rejectReason: optText(d.rejreason),
    raw: d,
  }
}
