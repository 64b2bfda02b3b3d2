import type { Parser as PapaParser } from 'papaparse'
import { EXCHANGES, isExchange } from '../schemas/common.js'
import { loadOnce } from '../lazy.js'
import { parseExpiry } from './dates.js'
import type {
  Instrument,
  InstrumentType,
  SkippedRow,
  SymbolMasterLayout,
  SymbolMasterParseOptions,
  SymbolMasterParseResult,
} from './types.js'

type Field =
  | 'exchange' | 'token' | 'lotSize' | 'symbol' | 'tradingSymbol' | 'name' | 'isin' | 'tickSize' | 'freezeQty'
  | 'expiry' | 'instrument' | 'optionType' | 'strike'

/** Header spellings, compared lower-case with everything but letters and digits removed. */
const ALIASES: Record<string, Field> = {
  exchange: 'exchange', exch: 'exchange', exchangename: 'exchange',
  token: 'token', instrumenttoken: 'token', exchangetoken: 'token',
  lotsize: 'lotSize', lot: 'lotSize', ls: 'lotSize', marketlot: 'lotSize',
  symbol: 'symbol', symbolname: 'symbol', underlying: 'symbol',
  tradingsymbol: 'tradingSymbol', tsym: 'tradingSymbol', tradsym: 'tradingSymbol',
  companyname: 'name', company: 'name', cname: 'name', name: 'name',
  isin: 'isin',
  ticksize: 'tickSize', ti: 'tickSize',
  freezeqty: 'freezeQty', freezequantity: 'freezeQty',
  expiry: 'expiry', expirydate: 'expiry', exd: 'expiry',
  instrument: 'instrument', instrumenttype: 'instrument', instrumentname: 'instrument', instname: 'instrument',
  optiontype: 'optionType', optt: 'optionType',
  strikeprice: 'strike', strike: 'strike', strprc: 'strike',
}

/** The documented column lists (docs/developer-api-protocol.md §2.6), used when a file comes without a header row. */
export const SYMBOL_MASTER_COLUMNS = {
  equity: ['Exchange', 'Token', 'LotSize', 'TradingSymbol', 'CompanyName', 'ISIN', 'TickSize', 'FreezeQty'],
  derivative: ['Exchange', 'Token', 'LotSize', 'Symbol', 'TradingSymbol', 'CompanyName', 'Expiry', 'Instrument', 'OptionType', 'StrikePrice', 'TickSize', 'FreezeQty'],
  index: ['Exchange', 'Token', 'LotSize', 'Symbol', 'TradingSymbol', 'Expiry', 'Instrument', 'OptionType', 'StrikePrice', 'TickSize'],
} as const

const normalizeHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '')

type Columns = Partial<Record<Field, number>>

function columnsFrom(header: readonly string[]): Columns | undefined {
  const columns: Columns = {}
  header.forEach((h, i) => {
    const field = ALIASES[normalizeHeader(h)]
    if (field && columns[field] === undefined) columns[field] = i
  })
  return columns.token !== undefined && columns.tradingSymbol !== undefined ? columns : undefined
}

/** Rows must reach the last column that matters for trading; name, ISIN and freeze qty may be cut off. */
function requiredWidth(columns: Columns): number {
  let width = 0
  for (const [field, index] of Object.entries(columns)) {
    if (field !== 'name' && field !== 'isin' && field !== 'freezeQty' && index !== undefined) width = Math.max(width, index + 1)
  }
  return width
}

function layoutOf(columns: Columns): SymbolMasterLayout {
  if (columns.expiry === undefined) return 'equity'
  if (columns.name === undefined) return 'index'
  return 'derivative'
}

/** NSE series suffixes such as `-EQ`, `-BE`, `-SM`, `-N1`. */
const EQUITY_SUFFIX = /-[A-Z][A-Z0-9]$/

/** `ITC` from `ITC-EQ`; `NIFTY` from `NIFTY13APR23P17700` when the file has no Symbol column. */
function underlyingOf(tradingSymbol: string, derivative: boolean): string {
  if (derivative) {
    const m = /^(.+?)\d{2}[A-Za-z]{3}\d{2}/.exec(tradingSymbol)
    if (m) return m[1]!
  }
  return tradingSymbol.replace(EQUITY_SUFFIX, '')
}

// Loaded on first use: papaparse is ~25 ms of a cold start, and most programs never parse a symbol master.
// papaparse is CommonJS: its exports arrive as `default` under Node's ESM loader, bundlers and tsup's CJS build.
const loadPapaparse = loadOnce(async () => (await import('papaparse')).default.Parser)

const cell = (cells: string[], i: number | undefined) => (i === undefined ? undefined : cells[i]?.trim())

/** Numbers as the files print them; blank → undefined, garbage → NaN. */
function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const t = text.trim()
  return t === '' ? undefined : Number(t)
}

/**
 * An incremental symbol-master parser: `write()` chunks of CSV text as they arrive (a row may be split across
 * chunks), then `end()`. Built on papaparse's parser; header names are matched ignoring case and spacing.
 */
export interface SymbolMasterParser {
  /** Feeds the next chunk of CSV text (a row may continue in the next chunk). */
  write(chunk: string): void
  /** Parses what is left and returns the result; call once. */
  end(): SymbolMasterParseResult
}

/**
 * Creates an incremental {@link SymbolMasterParser}, for a download that arrives in chunks.
 * Async because it loads the CSV library (papaparse) on first use, keeping it out of the SDK's import time;
 * `write()` and `end()` stay synchronous. Never throws on a bad row: it is skipped and counted.
 * @example
 * ```ts
 * const parser = await createSymbolMasterParser({ exchange: 'NSE' })
 * for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) parser.write(chunk)
 * const { instruments, skipped } = parser.end()
 * ```
 */
export async function createSymbolMasterParser(options: SymbolMasterParseOptions = {}): Promise<SymbolMasterParser> {
  const Parser = await loadPapaparse()
  const maxDetails = options.maxSkippedDetails ?? 20
  const defaultExchange = options.exchange?.trim().toUpperCase()
  const instruments: Instrument[] = []
  const skippedRows: SkippedRow[] = []
  let skipped = 0
  let blank = 0
  let rows = 0
  let minCells = 0
  let line = 0
  let columns: Columns | undefined
  let layout: SymbolMasterLayout = 'custom'
  let parser: PapaParser | undefined
  // A 100k-row file has a few dozen distinct expiries: parse each once (rows share the Date).
  const expiries = new Map<string, Date | undefined>()
  const expiryOf = (text: string) => {
    if (expiries.has(text)) return expiries.get(text)
    const date = parseExpiry(text)
    expiries.set(text, date)
    return date
  }
  let partial = ''
  let ended = false
  // Derivative rows repeat the same underlying, name and type thousands of times: keep one copy of each.
  const pool = new Map<string, string>()
  const intern = (text: string) => {
    const known = pool.get(text)
    if (known !== undefined) return known
    pool.set(text, text)
    return text
  }
  let lastExchange: [string, string] = ['', '']

  const skip = (reason: string) => {
    skipped++
    if (skippedRows.length < maxDetails) skippedRows.push({ line, reason })
  }

  const onRow = (cells: string[]) => {
    line++
    if (cells.every((c) => c.trim() === '')) {
      blank++
      return
    }
    if (!columns) {
      const fromHeader = columnsFrom(cells)
      if (fromHeader) {
        columns = fromHeader
        layout = layoutOf(fromHeader)
        minCells = requiredWidth(fromHeader)
        return
      }
      // No header row: infer the documented layout from the number of fields.
      const guess = (Object.keys(SYMBOL_MASTER_COLUMNS) as (keyof typeof SYMBOL_MASTER_COLUMNS)[]).find(
        (k) => SYMBOL_MASTER_COLUMNS[k].length === cells.length,
      )
      if (!guess) {
        rows++
        skip(`no header row and ${cells.length} fields match no documented layout`)
        return
      }
      columns = columnsFrom(SYMBOL_MASTER_COLUMNS[guess])!
      layout = guess
      minCells = requiredWidth(columns)
    }
    rows++
    if (cells.length < minCells) {
      skip(`expected at least ${minCells} fields, got ${cells.length}`)
      return
    }
    const row = toInstrument(cells, columns!)
    if (typeof row === 'string') skip(row)
    else instruments.push(row)
  }

  const toInstrument = (cells: string[], c: Columns): Instrument | string => {
    const token = cell(cells, c.token) ?? ''
    const tradingSymbol = cell(cells, c.tradingSymbol) ?? ''
    if (token === '' && tradingSymbol === '') return 'token and trading symbol are empty'
    if (!/^\d+$/.test(token)) {
      return columnsFrom(cells) ? 'repeated header row' : `token ${JSON.stringify(token)} is not a number`
    }
    if (tradingSymbol === '') return `token ${token}: trading symbol is empty`
    const rawExchange = cell(cells, c.exchange) || defaultExchange || ''
    const exchange = rawExchange === lastExchange[0] ? lastExchange[1] : (lastExchange = [rawExchange, rawExchange.toUpperCase()])[1]
    if (exchange === '') return `token ${token}: exchange is empty`
    if (!isExchange(exchange)) return `${tradingSymbol}: exchange ${JSON.stringify(exchange)} is not one of ${EXCHANGES.join(', ')}`
    const lotSize = numberOf(cell(cells, c.lotSize)) ?? 1
    if (!(lotSize > 0)) return `${tradingSymbol}: lot size ${JSON.stringify(cell(cells, c.lotSize))} is not a positive number`
    const tickSize = numberOf(cell(cells, c.tickSize)) ?? 0.05
    if (!(tickSize > 0)) return `${tradingSymbol}: tick size ${JSON.stringify(cell(cells, c.tickSize))} is not a positive number`

    const rawOptionType = (cell(cells, c.optionType) ?? '').toUpperCase()
    const optionType = rawOptionType === 'CE' || rawOptionType === 'PE' ? rawOptionType : undefined
    const expiryText = cell(cells, c.expiry) ?? ''
    const expiry = expiryText === '' ? undefined : expiryOf(expiryText)
    if (expiryText !== '' && !expiry && !/^(0|-1|NA|N\/A|-)$/i.test(expiryText)) {
      return `${tradingSymbol}: expiry ${JSON.stringify(expiryText)} is not a date`
    }
    const strikeNumber = numberOf(cell(cells, c.strike))
    if (strikeNumber !== undefined && Number.isNaN(strikeNumber)) {
      return `${tradingSymbol}: strike ${JSON.stringify(cell(cells, c.strike))} is not a number`
    }
    let instrumentType: InstrumentType = (cell(cells, c.instrument) ?? '').toUpperCase()
    if (instrumentType === '') {
      if (optionType) instrumentType = 'OPT'
      else if (expiry) instrumentType = 'FUT'
      else if (c.expiry === undefined) instrumentType = 'EQ'
      else instrumentType = 'UNDIND'
    }
    const symbol = (cell(cells, c.symbol) || underlyingOf(tradingSymbol, expiry !== undefined)).toUpperCase()
    const instrument: Instrument = {
      exchange,
      token,
      tradingSymbol,
      symbol: intern(symbol),
      name: intern(cell(cells, c.name) || tradingSymbol),
      instrumentType: intern(instrumentType),
      lotSize,
      tickSize,
    }
    if (expiry) instrument.expiry = expiry
    if (optionType) {
      instrument.optionType = optionType
      if (strikeNumber !== undefined && strikeNumber > 0) instrument.strike = strikeNumber
    }
    const freezeQty = numberOf(cell(cells, c.freezeQty))
    if (freezeQty !== undefined && freezeQty > 0) instrument.freezeQty = freezeQty
    const isin = cell(cells, c.isin)
    if (isin) instrument.isin = isin
    return instrument
  }

  const run = (text: string, last: boolean) => {
    if (!parser) {
      const newline = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n'
      parser = new Parser({ delimiter: ',', newline, skipEmptyLines: false })
    }
    const result = parser.parse(text, 0, !last) as { data: string[][]; meta: { cursor: number } }
    for (const cells of result.data) onRow(cells)
    return last ? '' : text.slice(result.meta.cursor)
  }

  return {
    write(chunk: string) {
      if (ended) throw new Error('symbol master parser: write() after end()')
      if (chunk === '') return
      let text = partial + chunk
      if (line === 0 && partial === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      // Wait for at least one complete line before choosing the newline style.
      if (!parser && !/[\r\n]/.test(text)) {
        partial = text
        return
      }
      partial = run(text, false)
    },
    end() {
      if (!ended) {
        ended = true
        if (partial !== '') run(partial, true)
        partial = ''
      }
      return { instruments, layout, rows, skipped, blank, skippedRows }
    },
  }
}

const SLICE = 1 << 20

/**
 * Parses a whole symbol master held in a string. Async because it loads papaparse on first use.
 * @example
 * ```ts
 * const { instruments, skipped } = await parseSymbolMaster(csv, { exchange: 'NSE' })
 * const index = new InstrumentIndex(instruments)
 * ```
 */
export async function parseSymbolMaster(csv: string, options: SymbolMasterParseOptions = {}): Promise<SymbolMasterParseResult> {
  const parser = await createSymbolMasterParser(options)
  // Feed in slices so the intermediate rows of a large file are never all in memory at once.
  for (let i = 0; i < csv.length; i += SLICE) parser.write(csv.slice(i, i + SLICE))
  return parser.end()
}

/**
 * Parses a symbol master arriving as chunks of text (e.g. a decoded response body), row by row.
 * @example
 * ```ts
 * const { instruments } = await parseSymbolMasterChunks(response.body!.pipeThrough(new TextDecoderStream()), { exchange: 'NFO' })
 * ```
 */
export async function parseSymbolMasterChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: SymbolMasterParseOptions = {},
): Promise<SymbolMasterParseResult> {
  const parser = await createSymbolMasterParser(options)
  for await (const chunk of chunks) parser.write(chunk)
  return parser.end()
}
