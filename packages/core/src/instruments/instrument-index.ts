import { describeValue, ValidationError } from '../errors.js'
import { EXCHANGES } from '../schemas/common.js'
import { parseInstrumentText } from './reference.js'
import { expiryCloseTime, istDateKey, parseExpiry } from './dates.js'
import { closestMatches } from './suggest.js'
import type { Instrument } from './types.js'

/**
 * How callers name an instrument:
 * - `'NSE:ITC-EQ'` (exchange and trading symbol), `'NSE|1660'` (exchange and token),
 * - `'NFO:NIFTY 28NOV24 24000 CE'` or `'NFO:BANKNIFTY 27NOV24 FUT'` (readable derivative names),
 * - `'ITC-EQ'` (a trading symbol that exists on exactly one loaded exchange),
 * - `{ exchange, token }` or `{ exchange, tradingSymbol }` (an `Instrument` qualifies).
 */
export type InstrumentRef =
  | string
  | { readonly exchange: string; readonly token: string | number }
  | { readonly exchange: string; readonly tradingSymbol: string }

/** Where the rows of an index came from (filled in by loaders such as `firstock.instruments()`). */
export interface InstrumentSource {
  /** File name, e.g. `NSE`, `NFO`, `INDICES`. */
  name: string
  url?: string
  /** When the copy in use was downloaded. */
  fetchedAt?: Date
  /** True when a download failed and an older copy is in use. */
  stale: boolean
  fromCache: boolean
  rows: number
  skipped: number
}

/** Options of {@link InstrumentIndex}: the clock, and where the instruments came from. */
export interface InstrumentIndexOptions {
  /** The clock used for "nearest" and "expired" (default: the system clock). Inject it in tests. */
  now?: () => Date
  /** The downloaded files the index was built from (for `stale` and diagnostics). */
  sources?: readonly InstrumentSource[]
}

/**
 * Which expiry: `'nearest'` (the first one not yet past 15:30 IST on its day), a `Date` (its IST calendar day),
 * or a string such as `'28NOV24'`, `'28-NOV-2024'` or `'2024-11-28'`.
 */
export type ExpirySelector = 'nearest' | Date | string

/** Filters shared by the futures and options queries of {@link InstrumentIndex}. */
export interface DerivativeQuery {
  /** Only this exchange, e.g. `NFO` or `BFO`. */
  exchange?: string
  /** Include contracts whose expiry has passed (after 15:30 IST on the expiry day). Default false. */
  includeExpired?: boolean
  /** Overrides the index clock for this query. */
  now?: Date
}

/** Which options {@link InstrumentIndex.options} returns: by expiry, strike and type. */
export interface OptionQuery extends DerivativeQuery {
  /** Only this expiry (`'nearest'`, a `Date` or an expiry string). */
  expiry?: ExpirySelector
  /** Only this strike price. */
  strike?: number
  /** Only calls (`CE`) or puts (`PE`). */
  type?: 'CE' | 'PE'
}

/** Which expiries {@link InstrumentIndex.expiries} lists. */
export interface ExpiryQuery extends DerivativeQuery {
  /** Expiries of options, of futures, or of both (default). */
  kind?: 'options' | 'futures' | 'all'
}

/** Options of {@link InstrumentIndex.search}. */
export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number
  /** Only this exchange. */
  exchange?: string
}

/** Thrown by `resolve()` for an instrument the index does not hold. Lists the closest known symbols. */
export class UnknownInstrumentError extends ValidationError {
  override readonly name: string = 'UnknownInstrumentError'
  /** Closest matches as `EXCHANGE:TRADINGSYMBOL`, best first. */
  readonly suggestions: readonly string[]

  constructor(message: string, options: { field: string; suggestions?: readonly string[]; endpoint?: string }) {
    super(message, { code: 'UNKNOWN_SYMBOL', field: options.field, endpoint: options.endpoint, direction: 'request' })
    this.suggestions = options.suggestions ?? []
  }
}

const EXCHANGE_ORDER: readonly string[] = EXCHANGES
const exchangeRank = (exchange: string) => {
  const i = EXCHANGE_ORDER.indexOf(exchange)
  return i === -1 ? EXCHANGE_ORDER.length : i
}
/** Why an exchange has no instruments: not one V3 accepts, or not loaded. */
const notLoaded = (exchange: string, loaded: readonly string[]) =>
  EXCHANGE_ORDER.includes(exchange)
    ? `exchange ${exchange} is not loaded (loaded: ${loaded.join(', ') || 'none'})`
    : `${exchange} is not an exchange V3 accepts (${EXCHANGES.join(', ')})`
const kindRank = (i: Instrument) => (i.optionType ? 2 : i.expiry ? 1 : 0)
const isOption = (i: Instrument) => i.optionType !== undefined
const isFuture = (i: Instrument) => i.optionType === undefined && i.expiry !== undefined

/** Per exchange, one map keyed by upper-case trading symbol and one keyed by token (no key strings to build). */
interface ExchangeMaps {
  bySymbol: Map<string, Instrument>
  byToken: Map<string, Instrument>
}

/** `EXCHANGE:TRADINGSYMBOL` of an instrument, e.g. `NSE:ITC-EQ`. */
export const instrumentKey = (i: { readonly exchange: string; readonly tradingSymbol: string }) => `${i.exchange}:${i.tradingSymbol}`
/** `EXCHANGE|token` of an instrument, e.g. `NSE|1660` — the form the stream subscribes with. */
export const instrumentTokenKey = (i: { readonly exchange: string; readonly token: string }) => `${i.exchange}|${i.token}`

const byExpiryStrike = (a: Instrument, b: Instrument) =>
  (a.expiry?.getTime() ?? 0) - (b.expiry?.getTime() ?? 0) ||
  (a.strike ?? 0) - (b.strike ?? 0) ||
  (a.optionType === b.optionType ? 0 : a.optionType === 'CE' ? -1 : 1) ||
  exchangeRank(a.exchange) - exchangeRank(b.exchange)

const READABLE_OPTION = /^(.+?)\s+(\d{1,2}\s?[A-Z]{3}\s?\d{2,4}|\d{4}-\d{2}-\d{2})\s+(\d+(?:\.\d+)?)\s*(CE|PE|C|P)$/
const READABLE_FUTURE = /^(.+?)\s+(\d{1,2}\s?[A-Z]{3}\s?\d{2,4}|\d{4}-\d{2}-\d{2})\s+(FUT|FUTURE|F)$/

/**
 * An in-memory instrument master: O(1) lookups by `EXCHANGE:TRADINGSYMBOL` and `EXCHANGE|token`,
 * derivative queries by underlying, and a ranked search. Case-insensitive throughout.
 */
export class InstrumentIndex implements Iterable<Instrument> {
  /** Where the rows came from, when a loader filled it in. */
  readonly sources: readonly InstrumentSource[]
  /** Rows dropped because an instrument with the same exchange and trading symbol or token came first. */
  readonly duplicates: number
  readonly #instruments: Instrument[] = []
  readonly #maps = new Map<string, ExchangeMaps>()
  readonly #derivatives = new Map<string, Instrument[]>()
  readonly #sorted = new Set<string>()
  readonly #now: () => Date
  #searchText: string[] | undefined

  constructor(instruments: Iterable<Instrument>, options: InstrumentIndexOptions = {}) {
    this.#now = options.now ?? (() => new Date())
    this.sources = options.sources ?? []
    let duplicates = 0
    for (const instrument of instruments) {
      let maps = this.#maps.get(instrument.exchange)
      if (!maps) this.#maps.set(instrument.exchange, (maps = { bySymbol: new Map(), byToken: new Map() }))
      const sKey = instrument.tradingSymbol.toUpperCase()
      if (maps.bySymbol.has(sKey) || maps.byToken.has(instrument.token)) {
        duplicates++
        continue
      }
      maps.bySymbol.set(sKey, instrument)
      maps.byToken.set(instrument.token, instrument)
      this.#instruments.push(instrument)
      if (instrument.expiry) {
        const underlying = instrument.symbol.toUpperCase()
        const group = this.#derivatives.get(underlying)
        if (group) group.push(instrument)
        else this.#derivatives.set(underlying, [instrument])
      }
    }
    this.duplicates = duplicates
  }

  /** Number of instruments. */
  get size(): number {
    return this.#instruments.length
  }

  /** True when any source is an older copy kept because a download failed. */
  get stale(): boolean {
    return this.sources.some((s) => s.stale)
  }

  /** Exchanges present, in the usual order (NSE, BSE, NFO, BFO, …). */
  get exchanges(): string[] {
    const seen = new Set(this.#instruments.map((i) => i.exchange))
    return [...seen].sort((a, b) => exchangeRank(a) - exchangeRank(b) || a.localeCompare(b))
  }

  /** Every instrument of the index, in load order. */
  [Symbol.iterator](): Iterator<Instrument> {
    return this.#instruments[Symbol.iterator]()
  }

  /** All instruments, in file order. */
  all(): readonly Instrument[] {
    return this.#instruments
  }

  /** O(1): `bySymbol('NSE', 'ITC-EQ')`. */
  bySymbol(exchange: string, tradingSymbol: string): Instrument | undefined {
    return this.#maps.get(exchange.trim().toUpperCase())?.bySymbol.get(tradingSymbol.trim().toUpperCase())
  }

  /** O(1): `byToken('NSE', '1660')`. */
  byToken(exchange: string, token: string | number): Instrument | undefined {
    return this.#maps.get(exchange.trim().toUpperCase())?.byToken.get(String(token).trim())
  }

  /** Like `resolve()`, but answers undefined instead of throwing. */
  get(ref: InstrumentRef): Instrument | undefined {
    try {
      return this.resolve(ref)
    } catch (error) {
      if (error instanceof ValidationError) return undefined
      throw error
    }
  }

  /**
   * The instrument a reference names (see `InstrumentRef`). Throws `UnknownInstrumentError` (a `ValidationError`,
   * code `UNKNOWN_SYMBOL`) whose message lists the closest known symbols.
   */
  resolve(ref: InstrumentRef): Instrument {
    if (typeof ref === 'object' && ref !== null) {
      if ('token' in ref && ref.token !== undefined && ref.token !== '') return this.#resolveToken(ref.exchange, ref.token)
      if ('tradingSymbol' in ref) return this.#resolveSymbol(ref.exchange, ref.tradingSymbol)
    }
    if (typeof ref !== 'string' || ref.trim() === '') {
      throw new UnknownInstrumentError(
        `instrument must be "EXCHANGE:TRADINGSYMBOL", "EXCHANGE|token" or { exchange, token } (got ${describeValue(ref)})`,
        { field: 'symbol' },
      )
    }
    const text = ref.trim()
    const parsed = parseInstrumentText(text)
    if (parsed?.kind === 'token' && parsed.token !== '') return this.#resolveToken(parsed.exchange, parsed.token)
    if (parsed?.kind === 'symbol' && parsed.exchange !== undefined) return this.#resolveSymbol(parsed.exchange, parsed.tradingSymbol)
    if (/^\d+$/.test(text)) {
      const matches = this.exchanges.map((e) => this.byToken(e, text)).filter((i) => i !== undefined)
      const hint = matches.length > 0 ? ` Did you mean ${matches.map(instrumentTokenKey).join(', ')}?` : ''
      throw new UnknownInstrumentError(`token ${text} needs its exchange, e.g. "NSE|${text}".${hint}`, {
        field: 'token',
        suggestions: matches.map(instrumentKey),
      })
    }
    // A bare trading symbol: fine when exactly one exchange has it.
    const matches = this.exchanges
      .map((e) => this.bySymbol(e, text) ?? this.#readable(e, text))
      .filter((i) => i !== undefined)
    if (matches.length === 1) return matches[0]!
    if (matches.length > 1) {
      const keys = matches.map(instrumentKey)
      throw new UnknownInstrumentError(`"${text}" trades on several exchanges; name one: ${keys.join(', ')}`, {
        field: 'symbol',
        suggestions: keys,
      })
    }
    return this.#unknown(text, undefined)
  }

  /**
   * Options of an underlying (`'NIFTY'`), sorted by expiry, strike, then CE before PE.
   * `options('NIFTY', { expiry: 'nearest', strike: 24000, type: 'CE' })` → the one contract, in an array.
   */
  options(underlying: string, query: OptionQuery = {}): Instrument[] {
    let rows = this.#derivativesOf(underlying, query).filter(isOption)
    if (query.expiry !== undefined) {
      const day = this.#expiryDay(underlying, query.expiry, rows, query)
      rows = day === undefined ? [] : rows.filter((i) => istDateKey(i.expiry!) === day)
    }
    if (query.strike !== undefined) rows = rows.filter((i) => i.strike === query.strike)
    if (query.type !== undefined) rows = rows.filter((i) => i.optionType === query.type)
    return rows
  }

  /** Futures of an underlying, nearest expiry first. */
  futures(underlying: string, query: DerivativeQuery = {}): Instrument[] {
    return this.#derivativesOf(underlying, query).filter(isFuture)
  }

  /** Distinct expiries of an underlying's derivatives (00:00 IST of each day), nearest first. */
  expiries(underlying: string, query: ExpiryQuery = {}): Date[] {
    const kind = query.kind ?? 'all'
    const rows = this.#derivativesOf(underlying, query).filter((i) =>
      kind === 'options' ? isOption(i) : kind === 'futures' ? isFuture(i) : true,
    )
    const days = new Map<string, Date>()
    for (const i of rows) {
      const key = istDateKey(i.expiry!)
      if (!days.has(key)) days.set(key, i.expiry!)
    }
    return [...days.values()].sort((a, b) => a.getTime() - b.getTime())
  }

  /**
   * The nearest expiry still trading: an expiry stays "nearest" on its day until 15:30 IST, then the next one does.
   */
  nearestExpiry(underlying: string, query: ExpiryQuery = {}): Date | undefined {
    return this.expiries(underlying, { ...query, includeExpired: false })[0]
  }

  /**
   * Ranked search: exact symbol first, then symbol prefix, then a substring of the name or trading symbol.
   * Within a rank: cash and index rows before futures before options, nearer expiry, then NSE before BSE.
   */
  search(query: string, options: SearchOptions = {}): Instrument[] {
    const q = query.trim().toUpperCase()
    const limit = options.limit ?? 10
    if (q === '' || limit <= 0) return []
    const exchange = options.exchange?.toUpperCase()
    const text = (this.#searchText ??= this.#instruments.map((i) => `${i.symbol.toUpperCase()}\n${i.name.toUpperCase()}`))
    const hits: { i: Instrument; rank: number }[] = []
    this.#instruments.forEach((i, n) => {
      if (exchange !== undefined && i.exchange !== exchange) return
      const tsym = i.tradingSymbol.toUpperCase()
      const both = text[n]!
      let rank: number
      if (tsym === q || both.startsWith(`${q}\n`)) rank = 0
      else if (tsym.startsWith(q) || both.startsWith(q)) rank = 1
      else if (both.includes(q) || tsym.includes(q)) rank = 2
      else return
      hits.push({ i, rank })
    })
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        kindRank(a.i) - kindRank(b.i) ||
        (a.i.expiry?.getTime() ?? 0) - (b.i.expiry?.getTime() ?? 0) ||
        exchangeRank(a.i.exchange) - exchangeRank(b.i.exchange) ||
        a.i.tradingSymbol.length - b.i.tradingSymbol.length ||
        (a.i.tradingSymbol < b.i.tradingSymbol ? -1 : a.i.tradingSymbol > b.i.tradingSymbol ? 1 : 0),
    )
    return hits.slice(0, limit).map((h) => h.i)
  }

  /** Closest known `EXCHANGE:TRADINGSYMBOL`s to some text (used in error messages). */
  suggest(text: string, options: { exchange?: string; limit?: number } = {}): string[] {
    const exchange = options.exchange?.toUpperCase()
    const pool = exchange && this.exchanges.includes(exchange) ? this.#instruments.filter((i) => i.exchange === exchange) : this.#instruments
    const byName = new Map(pool.map((i) => [i.tradingSymbol, i]))
    return closestMatches(text, byName.keys(), options.limit ?? 5).map((s) => instrumentKey(byName.get(s)!))
  }

  #resolveToken(exchange: string, token: string | number): Instrument {
    const found = this.byToken(exchange, token)
    if (found) return found
    const ex = exchange.toUpperCase()
    const loaded = this.exchanges
    const why = loaded.includes(ex)
      ? `no ${ex} instrument has token ${String(token).trim()}`
      : notLoaded(ex, loaded)
    throw new UnknownInstrumentError(`Unknown instrument "${ex}|${String(token).trim()}": ${why}`, { field: 'token' })
  }

  #resolveSymbol(exchange: string, tradingSymbol: string): Instrument {
    return this.bySymbol(exchange, tradingSymbol) ?? this.#readable(exchange, tradingSymbol) ?? this.#unknown(tradingSymbol.trim(), exchange.toUpperCase())
  }

  /** `NIFTY 28NOV24 24000 CE` / `BANKNIFTY 27NOV24 FUT` on one exchange. */
  #readable(exchange: string, text: string): Instrument | undefined {
    const t = text.trim().toUpperCase().replace(/\s+/g, ' ')
    const option = READABLE_OPTION.exec(t)
    const future = option ? undefined : READABLE_FUTURE.exec(t)
    const m = option ?? future
    if (!m) return undefined
    const expiry = parseExpiry(m[2]!.replace(/\s/g, ''))
    if (!expiry) return undefined
    const day = istDateKey(expiry)
    const ex = exchange.toUpperCase()
    const rows = (this.#derivatives.get(m[1]!) ?? []).filter((i) => i.exchange === ex && istDateKey(i.expiry!) === day)
    if (future) return rows.find(isFuture)
    const strike = Number(m[3])
    const type = m[4]!.startsWith('C') ? 'CE' : 'PE'
    return rows.find((i) => i.strike === strike && i.optionType === type)
  }

  #unknown(text: string, exchange: string | undefined): never {
    const loaded = this.exchanges
    const shown = exchange ? `${exchange}:${text}` : text
    if (exchange && !loaded.includes(exchange)) {
      throw new UnknownInstrumentError(`Unknown instrument "${shown}": ${notLoaded(exchange, loaded)}`, { field: 'symbol' })
    }
    const suggestions = this.suggest(text, exchange === undefined ? {} : { exchange })
    const hint = suggestions.length > 0 ? `closest matches: ${suggestions.join(', ')}` : `nothing similar on ${exchange ?? loaded.join(', ')}`
    throw new UnknownInstrumentError(`Unknown instrument "${shown}"; ${hint}`, { field: 'symbol', suggestions })
  }

  #derivativesOf(underlying: string, query: DerivativeQuery): Instrument[] {
    const key = underlying.trim().toUpperCase()
    const group = this.#derivatives.get(key)
    if (!group) return []
    if (!this.#sorted.has(key)) {
      group.sort(byExpiryStrike)
      this.#sorted.add(key)
    }
    const exchange = query.exchange?.toUpperCase()
    const now = (query.now ?? this.#now()).getTime()
    return group.filter(
      (i) => (exchange === undefined || i.exchange === exchange) && (query.includeExpired === true || expiryCloseTime(i.expiry!).getTime() > now),
    )
  }

  #expiryDay(underlying: string, selector: ExpirySelector, rows: Instrument[], query: DerivativeQuery): string | undefined {
    if (selector === 'nearest') {
      const now = (query.now ?? this.#now()).getTime()
      const next = rows.find((i) => expiryCloseTime(i.expiry!).getTime() > now)
      return next && istDateKey(next.expiry!)
    }
    if (selector instanceof Date) {
      if (Number.isNaN(selector.getTime())) throw invalidExpiry(underlying, selector)
      return istDateKey(selector)
    }
    const parsed = parseExpiry(selector)
    if (!parsed) throw invalidExpiry(underlying, selector)
    return istDateKey(parsed)
  }
}

function invalidExpiry(underlying: string, value: unknown): ValidationError {
  return new ValidationError(
    `options(${JSON.stringify(underlying)}): expiry must be 'nearest', a Date or a date such as '28NOV24' (got ${describeValue(value)})`,
    { code: 'INVALID_INPUT', field: 'expiry', direction: 'request' },
  )
}


/** Builds an index from parsed instruments. */
export function createInstrumentIndex(instruments: Iterable<Instrument>, options: InstrumentIndexOptions = {}): InstrumentIndex {
  return new InstrumentIndex(instruments, options)
}

/**
 * Turns whatever a caller passed where an instrument is expected — a token reference, a trading symbol, an
 * `{ exchange, token }` — into the instrument, or throws `UnknownInstrumentError` naming the closest matches.
 * For use by every entry point that accepts a token (quotes, stream subscriptions, the CLI).
 */
export function resolveInstrument(index: InstrumentIndex, ref: InstrumentRef): Instrument {
  return index.resolve(ref)
}
