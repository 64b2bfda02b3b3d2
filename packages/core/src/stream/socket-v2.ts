import { parseDecimal } from '../numbers.js'
import { scrub } from '../redact.js'
import type { Scrip } from './commands.js'
import type { FeedFrame, FrameData, UnknownFrame } from './frames.js'
import type { Depth, FeedMerger, Tick } from './merge.js'
import type { GreeksFrame, MarketFrame, StreamChannel, StreamFrame, StreamProtocol } from './protocol.js'

// Socket V2 of the V1 Developer API, as pure functions.
// - Auth is in the URL (`?userId=&jKey=&source=developer-api`); the first frame answers it:
//   `{"status":"success","message":"Authentication successful"}`, or `"failed"` (then the server closes). A 4th
//   socket of one user is refused with a frame that contains "Maximum sessions limit (3) reached".
// - `{"action":"subscribe","tokens":"NSE:26000|BSE:1"}` / `unsubscribe`, and `subscribe-option-greeks` /
//   `unsubscribe-option-greeks`. Nothing acknowledges them: the first market record of a scrip is the only sign.
// - Market messages are objects keyed `EXCH:token` whose records carry `i_*` integers in paise; later records may
//   carry only what changed. Order updates (`norenordno`) and position updates (`brkname`) are pushed after auth.
// - The server sends WebSocket pings and drops a socket that has not answered one within 10 s; WebSocket libraries
//   answer pings by themselves, so there is no heartbeat message.
// Market records are turned into the Noren keys (`lp`, `bp1`, …) with prices in rupees, so the one merge in
// merge.ts gives the same Tick and Depth on both protocols.

/** Paise values at or above this are the feed's "no value" sentinel (9223372036854775808, 2^63). */
const SENTINEL = 9e18
const SESSION_LIMIT = /Maximum sessions limit/i
const EXCERPT = 200

/** `i_*` price fields (paise) → Noren key. Zero, negative and sentinel prices are left out: they never overwrite a price. */
const PRICE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['i_last_traded_price', 'lp'],
  ['i_open_price', 'o'],
  ['i_high_price', 'h'],
  ['i_low_price', 'l'],
  ['i_closing_price', 'c'],
  ['close_price', 'c'],
  ['i_average_trade_price', 'ap'],
  ['i_upper_circuit_limit', 'uc'],
  ['i_lower_circuit_limit', 'lc'],
  ['i_yearly_high_price', '52h'],
  ['i_yearly_low_price', '52l'],
]

/**
 * Count and time fields → Noren key. `i_seconds_since_boe` (about 1.77e18, beyond 2^53, so `JSON.parse` cannot
 * read it exactly) is left out on purpose: `feedTime` comes from `i_feed_time` instead.
 */
const COUNT_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['i_volume_traded_today', 'v'],
  ['i_open_interest', 'oi'],
  ['i_total_open_interest', 'toi'],
  ['i_feed_time', 'ft'],
  ['i_last_trade_quantity', 'ltq'],
  ['i_total_buy_quantity', 'tbq'],
  ['i_total_sell_quantity', 'tsq'],
]

const DEPTH_SIDES: ReadonlyArray<readonly [string, string]> = [
  ['best_buy', 'b'],
  ['best_sell', 's'],
]

/**
 * A socket V2 price (integer paise) in rupees; `undefined` for anything that is not a real price: not a number,
 * zero or less, or the 2^63 sentinel. Circuit and 52-week values may come as floats (`125190.00000000001`).
 */
export function paiseToRupees(value: unknown): number | undefined {
  const n = parseDecimal(value)
  if (n === undefined || n <= 0 || n >= SENTINEL) return undefined
  return Math.round(n) / 100
}

function count(value: unknown): number | undefined {
  const n = parseDecimal(value)
  return n === undefined || Math.abs(n) >= SENTINEL ? undefined : n
}

let lastSeconds = -1
let lastTime = ''
/** Epoch seconds as `HH:MM:SS` in India time (UTC+5:30), as Noren's `ltt`; independent of the machine's zone. */
function indiaTime(seconds: number): string {
  // Many records in a row carry the same second: format it once.
  if (seconds === lastSeconds) return lastTime
  const d = new Date((seconds + 19_800) * 1000)
  const two = (n: number) => (n < 10 ? `0${n}` : String(n))
  lastSeconds = seconds
  lastTime = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return lastTime
}

/** Wire key → Noren key and whether it is a price in paise; one lookup per key the record carries. */
const WIRE_KEYS: Readonly<Record<string, { readonly key: string; readonly price: boolean }>> = (() => {
  const out: Record<string, { key: string; price: boolean }> = Object.create(null) as Record<string, { key: string; price: boolean }>
  for (const [wire, key] of PRICE_KEYS) out[wire] = { key, price: true }
  for (const [wire, key] of COUNT_KEYS) out[wire] = { key, price: false }
  return out
})()

/** `[price, quantity, orders]` keys of each depth level per side, e.g. `bp1`, `bq1`, `bo1`. */
const LEVEL_KEYS: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = Object.fromEntries(
  DEPTH_SIDES.map(([wire, side]) => [wire, Array.from({ length: 5 }, (_, i) => [`${side}p${i + 1}`, `${side}q${i + 1}`, `${side}o${i + 1}`] as const)]),
)

function levelsInto(out: Record<string, number | string>, levels: unknown, keys: ReadonlyArray<readonly [string, string, string]>): void {
  if (!Array.isArray(levels)) return
  for (let i = 0; i < levels.length && i < keys.length; i++) {
    const level = levels[i] as Record<string, unknown> | null
    if (level === null || typeof level !== 'object') continue
    const [p, q, o] = keys[i]!
    const price = paiseToRupees(level.price)
    if (price !== undefined) out[p] = price
    const quantity = count(level.quantity)
    if (quantity !== undefined) out[q] = quantity
    const orders = count(level.orders)
    if (orders !== undefined) out[o] = orders
  }
}

/** One market record in Noren keys with prices in rupees; only the keys the record carries. */
export function marketRecordData(record: Readonly<Record<string, unknown>>): FrameData {
  const out: Record<string, number | string> = {}
  for (const wire in record) {
    const spec = WIRE_KEYS[wire]
    if (spec !== undefined) {
      const n = spec.price ? paiseToRupees(record[wire]) : count(record[wire])
      if (n !== undefined) out[spec.key] = n
    } else if (wire === 'best_buy' || wire === 'best_sell') {
      levelsInto(out, record[wire], LEVEL_KEYS[wire]!)
    } else if (wire === 'i_last_trade_time') {
      const ltt = count(record[wire])
      if (ltt !== undefined && ltt > 0) out.ltt = indiaTime(ltt)
    }
  }
  return out
}

const idOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)

/** `EXCH` and `token` of a record: its own `c_exch_seg`/`c_symbol`, else the `EXCH:token` key it came under. */
function scripOf(key: string | undefined, record: Record<string, unknown>): [string, string] | undefined {
  const e = idOf(record.c_exch_seg)
  const tk = idOf(record.c_symbol)
  if (e && tk) return [e, tk]
  const colon = key?.indexOf(':') ?? -1
  return key && colon > 0 ? [key.slice(0, colon), key.slice(colon + 1)] : undefined
}

function itemFrame(key: string | undefined, value: unknown): MarketFrame | GreeksFrame | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  const scrip = scripOf(key, record)
  if (!scrip) return undefined
  if ('gamma' in record) return { t: 'gk', e: scrip[0], tk: scrip[1], data: record as FrameData }
  return { t: 'mk', e: scrip[0], tk: scrip[1], data: marketRecordData(record) }
}

function unknownFrame(reason: UnknownFrame['reason'], text: string): UnknownFrame {
  return { t: 'unknown', reason, text: scrub(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text) }
}

let textDecoder: TextDecoder | undefined

/**
 * Decodes one socket V2 message into frames: `ck` (the auth answer, or the session-cap refusal), `om` (order
 * update), `pm` (position update), `mk` (one market record per scrip) and `gk` (option Greeks per option).
 * Never throws; a message it cannot read gives one `unknown` frame.
 */
export function decodeSocketV2(input: string | ArrayBuffer | ArrayBufferView, sink: (frame: StreamFrame) => void): void {
  const text = typeof input === 'string' ? input : (textDecoder ??= new TextDecoder()).decode(input)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The session-cap refusal's wrapper is not documented: its text is what counts.
    if (SESSION_LIMIT.test(text)) return sink({ t: 'ck', ok: false, uid: undefined, message: unknownFrame('not-json', text).text })
    return sink(unknownFrame('not-json', text))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return sink(unknownFrame('not-an-object', text))
  const o = value as Record<string, unknown>
  if (typeof o.status === 'string' && 'message' in o) {
    const message = idOf(o.message)
    return sink({ t: 'ck', ok: o.status.toLowerCase() === 'success', uid: undefined, message })
  }
  if ('norenordno' in o) return sink({ t: 'om', data: o as FrameData })
  if ('brkname' in o) return sink({ t: 'pm', data: o })
  // The older `/ws` socket sent one flat record per message instead of the keyed map.
  if ('c_symbol' in o && 'c_exch_seg' in o) {
    const frame = itemFrame(undefined, o)
    return sink(frame ?? unknownFrame('missing-keys', text))
  }
  let any = false
  for (const key in o) {
    const frame = itemFrame(key, o[key])
    if (!frame) continue
    any = true
    sink(frame)
  }
  if (any) return
  if (SESSION_LIMIT.test(text)) return sink({ t: 'ck', ok: false, uid: undefined, message: unknownFrame('unknown-type', text).text })
  sink(unknownFrame('unknown-type', text))
}

/** Merges a market record: the first one of a scrip (on this socket) is its snapshot, later ones change it. */
function mergeV2<T extends Tick | Depth>(
  frame: FeedFrame | MarketFrame,
  prev: T | undefined,
  kinds: readonly [FeedFrame['t'], FeedFrame['t']],
  apply: (f: FeedFrame) => T | undefined,
): T | undefined {
  if (frame.t !== 'mk') return undefined
  const data = frame.data as Record<string, number | string | undefined>
  // The wire's own net change is in paise against a close it may not resend; derive the percentage from rupees.
  // `data` was built by the decoder for this frame alone, so it takes the derived key in place.
  const last = data.lp
  const close = typeof data.c === 'number' ? data.c : prev?.close
  if (typeof last === 'number' && close !== undefined && close > 0) data.pc = Math.round(((last - close) / close) * 10_000) / 100
  return apply({ t: prev === undefined ? kinds[0] : kinds[1], e: frame.e, tk: frame.tk, data })
}

function tokensOf(scrips: readonly Scrip[]): string {
  return scrips.map((s) => `${s.exchange}:${s.token}`).join('|')
}

const V2_CHANNELS: ReadonlySet<StreamChannel> = new Set(['touchline', 'depth', 'greeks'])

/**
 * Socket V2 (API V1): see the file comment. Touchline and depth share one wire subscription (`subscribe`); option
 * Greeks have their own (`subscribe-option-greeks`). Order updates need no subscription.
 */
export const socketV2Protocol: StreamProtocol = {
  name: 'socket-v2',
  socketUrl(base, c) {
    const url = new URL(base)
    url.searchParams.set('userId', c.userId)
    url.searchParams.set('jKey', c.jKey)
    url.searchParams.set('source', 'developer-api')
    return url.href
  },
  connectMessage: () => undefined,
  heartbeat: undefined,
  wireChannel: (channel) => (channel === 'greeks' ? 'greeks' : 'market'),
  channels: V2_CHANNELS,
  subscribe: (channel, scrips) =>
    JSON.stringify({ action: channel === 'greeks' ? 'subscribe-option-greeks' : 'subscribe', tokens: tokensOf(scrips) }),
  unsubscribe: (channel, scrips) =>
    JSON.stringify({ action: channel === 'greeks' ? 'unsubscribe-option-greeks' : 'unsubscribe', tokens: tokensOf(scrips) }),
  subscribeOrders: () => undefined,
  unsubscribeOrders: () => undefined,
  acknowledgesSubscribe: false,
  decode: decodeSocketV2,
  touchline: (merger, frame) =>
    mergeV2(frame, frame.t === 'mk' ? merger.getTick(frame.e, frame.tk) : undefined, ['tk', 'tf'], (f) => merger.touchline(f)),
  depth: (merger, frame) =>
    mergeV2(frame, frame.t === 'mk' ? merger.getDepth(frame.e, frame.tk) : undefined, ['dk', 'df'], (f) => merger.depth(f)),
}
