import { EXCHANGES, type Exchange, type Firstock, type InstrumentIndex, isExchange, parseInstrumentText, type SymbolFile } from '@firstock/node'
import { UsageError } from './errors.js'
import type { Context, Target } from './target.js'

export interface Instrument {
  exchange: Exchange
  token: string
  /** Known when the symbol was given by name or looked up; tokens given as `NSE|1660` may leave it unset. */
  tradingSymbol: string | undefined
}


/** Indices people type by name (their tokens as Firstock's indexList lists them), with the cash exchange that quotes them. */
const INDICES: Record<string, { exchange: Exchange; token: string; tradingSymbol: string }> = {
  NIFTY: { exchange: 'NSE', token: '26000', tradingSymbol: 'Nifty 50' },
  NIFTY50: { exchange: 'NSE', token: '26000', tradingSymbol: 'Nifty 50' },
  BANKNIFTY: { exchange: 'NSE', token: '26009', tradingSymbol: 'Nifty Bank' },
  FINNIFTY: { exchange: 'NSE', token: '26037', tradingSymbol: 'Nifty Fin Service' },
  NIFTYIT: { exchange: 'NSE', token: '26008', tradingSymbol: 'Nifty IT' },
  INDIAVIX: { exchange: 'NSE', token: '26017', tradingSymbol: 'India VIX' },
  SENSEX: { exchange: 'BSE', token: '1', tradingSymbol: 'SENSEX' },
}

export const INDEX_TOKENS = INDICES

function exchangeOf(raw: string, input: string): Exchange {
  const exchange = raw.toUpperCase()
  if (!isExchange(exchange)) {
    throw new UsageError(`unknown exchange "${raw}" in ${JSON.stringify(input)}`, {
      code: 'UNKNOWN_EXCHANGE',
      field: 'symbol',
      hint: `use ${EXCHANGES.join(', ')} (the exchanges V3 accepts), e.g. NSE:ITC-EQ`,
    })
  }
  return exchange as Exchange
}

/**
 * A symbol argument, read by core's one instrument parser (`parseInstrumentText`) without the network, then checked
 * as the CLI needs: an exchange V3 accepts, a numeric token, NSE when none is written. `NSE|1660` is complete;
 * `NSE:ITC-EQ` and `ITC-EQ` (NSE) need a lookup.
 */
export function readSymbol(input: string): { exchange: Exchange; token?: string; name?: string } {
  const parsed = parseInstrumentText(input)
  if (parsed?.kind === 'token' && /^\d+$/.test(parsed.token)) return { exchange: exchangeOf(parsed.exchange, input), token: parsed.token }
  if (parsed?.kind !== 'symbol') {
    throw new UsageError(`cannot read symbol ${JSON.stringify(input)}`, {
      code: 'INVALID_SYMBOL',
      field: 'symbol',
      hint: 'write EXCHANGE:TRADINGSYMBOL (NSE:ITC-EQ) or EXCHANGE|TOKEN (NSE|1660)',
    })
  }
  return { exchange: exchangeOf(parsed.exchange ?? 'NSE', input), name: parsed.tradingSymbol.toUpperCase() }
}

/** What `connect()` returns: the client and where it points. */
export interface Connection {
  firstock: Firstock
  target: Pick<Target, 'kind'>
}

/** The symbol file holding each exchange's instruments: one per exchange of core's list. */
const SYMBOL_FILES: Record<Exchange, SymbolFile> = Object.fromEntries(EXCHANGES.map((e) => [e, e])) as Record<Exchange, SymbolFile>

/**
 * Where symbol masters are cached: `$FIRSTOCK_CACHE_DIR`; else, for a real account, the SDK's per-user cache
 * (`$XDG_CACHE_HOME/firstock/symbols`, …); for a sandbox nothing is written (its masters are a local download).
 */
export function symbolsCacheDir(env: NodeJS.ProcessEnv, target: Pick<Target, 'kind'>): string | false | undefined {
  if (env.FIRSTOCK_CACHE_DIR) return env.FIRSTOCK_CACHE_DIR
  return target.kind === 'sandbox' ? false : undefined
}

const loaded = new Map<string, Promise<InstrumentIndex | undefined>>()

/**
 * The instrument index for these symbol files (downloaded once a day, cached on disk), or undefined when the masters
 * cannot be loaded — callers then fall back to searchScrips. Loaded once per process per set of files.
 */
export function loadInstruments(ctx: Context, conn: Connection, files: readonly SymbolFile[]): Promise<InstrumentIndex | undefined> {
  const key = [...files].sort().join(',')
  let index = loaded.get(key)
  if (!index) {
    const cacheDir = symbolsCacheDir(ctx.env, conn.target)
    index = conn.firstock
      .instruments({ exchanges: files, signal: ctx.signal, ...(cacheDir === undefined ? {} : { cacheDir }) })
      .catch((error: unknown) => {
        if (ctx.signal.aborted) throw error
        ctx.out.note(`note: symbol masters unavailable (${(error as Error).message ?? String(error)}) — looking symbols up by search instead`)
        return undefined
      })
    loaded.set(key, index)
  }
  return index
}

/** The index's "unknown instrument" as the CLI's one-line usage error (exit code 2). */
function unknownSymbol(shown: string, suggestions: readonly string[]): UsageError {
  return new UsageError(`unknown symbol ${shown}`, {
    code: 'UNKNOWN_SYMBOL',
    field: 'symbol',
    hint: suggestions.length > 0 ? `closest matches: ${suggestions.join(', ')}` : 'find it with `firstock search TEXT`',
  })
}

/** Looks a name up in the index: `NSE:RELIANCE` also finds `RELIANCE-EQ`. Throws with the closest matches. */
function fromIndex(index: InstrumentIndex, exchange: Exchange, name: string): Instrument {
  const found = index.get({ exchange, tradingSymbol: name }) ?? (exchange === 'NSE' && !name.includes('-') ? index.get({ exchange, tradingSymbol: `${name}-EQ` }) : undefined)
  if (found) return { exchange: found.exchange as Exchange, token: found.token, tradingSymbol: found.tradingSymbol }
  try {
    index.resolve({ exchange, tradingSymbol: name })
  } catch (error) {
    throw unknownSymbol(`${exchange}:${name}`, (error as { suggestions?: readonly string[] }).suggestions ?? [])
  }
  throw unknownSymbol(`${exchange}:${name}`, [])
}

/**
 * Resolves `NSE:ITC-EQ` (through the symbol masters, else searchScrips), `NSE|1660` or `NIFTY` to exchange + token.
 * Everything named in one call is resolved against one index, loaded once.
 */
export async function resolveSymbols(ctx: Context, conn: Connection, inputs: readonly string[]): Promise<Instrument[]> {
  const parsed = inputs.map((input) => ({ input, ...readSymbol(input) }))
  const named = parsed.filter((p) => p.token === undefined && indexToken(p.exchange, p.name!) === undefined)
  const files = [...new Set(named.flatMap((p) => SYMBOL_FILES[p.exchange] ?? []))]
  const index = files.length > 0 ? await loadInstruments(ctx, conn, files) : undefined
  return Promise.all(
    parsed.map(async (p): Promise<Instrument> => {
      if (p.token !== undefined) return { exchange: p.exchange, token: p.token, tradingSymbol: undefined }
      const name = p.name!
      const known = indexToken(p.exchange, name)
      if (known) return { ...known }
      if (index && SYMBOL_FILES[p.exchange]) return fromIndex(index, p.exchange, name)
      return searchSymbol(conn.firstock, p.exchange, name)
    }),
  )
}

/** Resolves one symbol (see `resolveSymbols`). */
export async function resolveSymbol(ctx: Context, conn: Connection, input: string): Promise<Instrument> {
  return (await resolveSymbols(ctx, conn, [input]))[0]!
}

/** An index by name on its own exchange; a bare name (read as NSE) finds BSE's SENSEX too. */
const indexToken = (exchange: Exchange, name: string) => {
  const index = INDICES[name.replace(/[\s_-]/g, '')]
  return index && (index.exchange === exchange || exchange === 'NSE') ? index : undefined
}

/** The fallback when the symbol masters cannot be loaded: Firstock's searchScrips. */
async function searchSymbol(firstock: Firstock, exchange: Exchange, name: string): Promise<Instrument> {
  let rows: Awaited<ReturnType<Firstock['searchScrips']>> = []
  try {
    rows = await firstock.searchScrips({ stext: name.replace(/-EQ$/, '') })
  } catch (error) {
    // "Nothing found" may come back as a Failed answer; anything else (session, network) is a real failure.
    if ((error as { name?: string }).name !== 'ApiError') throw error
  }
  const on = rows.filter((row) => row.exchange?.toUpperCase() === exchange)
  const exact =
    on.find((row) => row.tradingSymbol?.toUpperCase() === name) ?? on.find((row) => row.tradingSymbol?.toUpperCase() === `${name}-EQ`)
  if (exact?.token) return { exchange, token: exact.token, tradingSymbol: exact.tradingSymbol }
  throw unknownSymbol(
    `${exchange}:${name}`,
    rows.slice(0, 3).map((row) => `${row.exchange}:${row.tradingSymbol}`),
  )
}

/** Fills in the trading symbol of a `NSE|1660` instrument (orders need it) from a quote. */
export async function withTradingSymbol(firstock: Firstock, instrument: Instrument): Promise<Instrument & { tradingSymbol: string }> {
  if (instrument.tradingSymbol) return { ...instrument, tradingSymbol: instrument.tradingSymbol }
  const quote = await firstock.getQuote({ exchange: instrument.exchange, token: instrument.token })
  if (!quote.tradingSymbol) {
    throw new UsageError(`no trading symbol for ${instrument.exchange}|${instrument.token}`, { code: 'UNKNOWN_SYMBOL', field: 'symbol' })
  }
  return { ...instrument, tradingSymbol: quote.tradingSymbol }
}

export const keyOf = (instrument: { exchange: string; token: string }) => `${instrument.exchange}|${instrument.token}`
