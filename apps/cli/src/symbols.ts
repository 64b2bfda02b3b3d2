import type { Exchange, Firstock } from '@firstock/node'
import { UsageError } from './errors.js'

export interface Instrument {
  exchange: Exchange
  token: string
  /** Known when the symbol was given by name or looked up; tokens given as `NSE|1660` may leave it unset. */
  tradingSymbol: string | undefined
}

const EXCHANGES = new Set<string>(['NSE', 'BSE', 'NFO', 'BFO', 'MCX', 'CDS'])

/** Indices people type by name (v3.md §2.3 indexList tokens). */
const INDICES: Record<string, { token: string; tradingSymbol: string }> = {
  NIFTY: { token: '26000', tradingSymbol: 'Nifty 50' },
  NIFTY50: { token: '26000', tradingSymbol: 'Nifty 50' },
  BANKNIFTY: { token: '26009', tradingSymbol: 'Nifty Bank' },
  FINNIFTY: { token: '26037', tradingSymbol: 'Nifty Fin Service' },
  NIFTYIT: { token: '26008', tradingSymbol: 'Nifty IT' },
  INDIAVIX: { token: '26017', tradingSymbol: 'India VIX' },
}

export const INDEX_TOKENS = INDICES

function exchangeOf(raw: string, input: string): Exchange {
  const exchange = raw.toUpperCase()
  if (!EXCHANGES.has(exchange)) {
    throw new UsageError(`unknown exchange "${raw}" in ${JSON.stringify(input)}`, {
      code: 'UNKNOWN_EXCHANGE',
      field: 'symbol',
      hint: 'use NSE, BSE, NFO, BFO, MCX or CDS, e.g. NSE:ITC-EQ',
    })
  }
  return exchange as Exchange
}

/** Parses without the network: `NSE|1660` is complete; `NSE:ITC-EQ` and `ITC-EQ` (NSE) need a lookup. */
export function parseSymbol(input: string): { exchange: Exchange; token?: string; name?: string } {
  const text = input.trim()
  const pipe = /^([A-Za-z]+)\|(\d+)$/.exec(text)
  if (pipe) return { exchange: exchangeOf(pipe[1]!, input), token: pipe[2]! }
  const named = /^(?:([A-Za-z]+):)?(\S.*)$/.exec(text)
  if (!named || text.includes('|')) {
    throw new UsageError(`cannot read symbol ${JSON.stringify(input)}`, {
      code: 'INVALID_SYMBOL',
      field: 'symbol',
      hint: 'write EXCHANGE:TRADINGSYMBOL (NSE:ITC-EQ) or EXCHANGE|TOKEN (NSE|1660)',
    })
  }
  return { exchange: exchangeOf(named[1] ?? 'NSE', input), name: named[2]!.toUpperCase() }
}

/** Resolves `NSE:ITC-EQ` (via searchScrips), `NSE|1660` or `NIFTY` to exchange + token. */
export async function resolveSymbol(firstock: Firstock, input: string): Promise<Instrument> {
  const parsed = parseSymbol(input)
  if (parsed.token) return { exchange: parsed.exchange, token: parsed.token, tradingSymbol: undefined }
  const name = parsed.name!
  const index = INDICES[name.replace(/[\s_-]/g, '')]
  if (index && parsed.exchange === 'NSE') return { exchange: 'NSE', ...index }

  let rows: Awaited<ReturnType<Firstock['searchScrips']>> = []
  try {
    rows = await firstock.searchScrips({ stext: name.replace(/-EQ$/, '') })
  } catch (error) {
    // "Nothing found" may come back as a Failed answer; anything else (session, network) is a real failure.
    if ((error as { name?: string }).name !== 'ApiError') throw error
  }
  const on = rows.filter((row) => row.exchange?.toUpperCase() === parsed.exchange)
  const exact =
    on.find((row) => row.tradingSymbol?.toUpperCase() === name) ?? on.find((row) => row.tradingSymbol?.toUpperCase() === `${name}-EQ`)
  if (exact?.token) return { exchange: parsed.exchange, token: exact.token, tradingSymbol: exact.tradingSymbol }
  const suggestions = rows
    .slice(0, 3)
    .map((row) => `${row.exchange}:${row.tradingSymbol}`)
    .join(', ')
  throw new UsageError(`unknown symbol ${parsed.exchange}:${name}`, {
    code: 'UNKNOWN_SYMBOL',
    field: 'symbol',
    hint: suggestions ? `did you mean ${suggestions}?` : 'find it with `firstock search TEXT`',
  })
}

/** Resolves several symbols, keeping their order. */
export function resolveSymbols(firstock: Firstock, inputs: readonly string[]): Promise<Instrument[]> {
  return Promise.all(inputs.map((input) => resolveSymbol(firstock, input)))
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
