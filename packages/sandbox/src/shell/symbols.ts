import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Instrument, Market } from '../model/market.js'
import { ddMmmYyyy } from '../util.js'

// Symbol-master downloads (docs/connect-protocol.md §2.6: GET, no auth, CSV text) in the column layouts of docs/developer-api-protocol.md §2.6.
// Rendered here with plain string joins: the sandbox is an independent model and never uses the SDK's parser.

const EQUITY_COLUMNS = ['Exchange', 'Token', 'LotSize', 'TradingSymbol', 'CompanyName', 'ISIN', 'TickSize', 'FreezeQty']
const DERIVATIVE_COLUMNS = [
  'Exchange', 'Token', 'LotSize', 'Symbol', 'TradingSymbol', 'CompanyName', 'Expiry', 'Instrument', 'OptionType', 'StrikePrice', 'TickSize', 'FreezeQty',
]
const INDEX_COLUMNS = ['Exchange', 'Token', 'LotSize', 'Symbol', 'TradingSymbol', 'Expiry', 'Instrument', 'OptionType', 'StrikePrice', 'TickSize']

/** Download path → which rows and which layout. */
export const SYMBOL_FILES = {
  '/NSESymbolDownload': { layout: 'equity', rows: (i: Instrument) => i.exchange === 'NSE' && i.kind === 'equity' },
  '/BSESymbolDownload': { layout: 'equity', rows: (i: Instrument) => i.exchange === 'BSE' && i.kind === 'equity' },
  '/NFOSymbolDownload': { layout: 'derivative', rows: (i: Instrument) => i.exchange === 'NFO' },
  '/BFOSymbolDownload': { layout: 'derivative', rows: (i: Instrument) => i.exchange === 'BFO' },
  '/MCXSymbolDownload': { layout: 'derivative', rows: (i: Instrument) => i.exchange === 'MCX' },
  // Indices themselves plus the index-derivative rows (which also appear in NFO or BFO).
  '/indexSymbols': {
    layout: 'index',
    rows: (i: Instrument) => i.kind === 'index' || i.instrumentName === 'FUTIDX' || i.instrumentName === 'OPTIDX',
  },
} as const

export type SymbolFilePath = keyof typeof SYMBOL_FILES

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const line = (values: Array<string | number | undefined>) => values.map(field).join(',')

/** Exchange freeze limits, in units, from the contract table; none for cash. */
export function freezeQty(i: Instrument): number | undefined {
  return i.freezeQty
}

function row(i: Instrument, layout: 'equity' | 'derivative' | 'index'): string {
  const expiry = i.expiry === undefined ? '' : ddMmmYyyy(i.expiry)
  const optionType = i.optionType ?? 'XX'
  const strike = i.strike === undefined ? '0' : i.strike.toFixed(2)
  const tick = i.tickSize.toFixed(2)
  if (layout === 'equity') {
    return line([i.exchange, i.token, i.lotSize, i.tradingSymbol, i.companyName, i.isin, tick, freezeQty(i)])
  }
  if (layout === 'index') {
    return line([i.exchange, i.token, i.lotSize, i.symbolName, i.tradingSymbol, expiry, i.instrumentName, optionType, strike, tick])
  }
  return line([
    i.exchange, i.token, i.lotSize, i.symbolName, i.tradingSymbol, i.companyName, expiry, i.instrumentName, optionType, strike, tick, freezeQty(i),
  ])
}

/** The CSV text of one download, header first, CRLF-free, ending in a newline. */
export function symbolMasterCsv(market: Market, path: SymbolFilePath): string {
  const file = SYMBOL_FILES[path]
  const header = file.layout === 'equity' ? EQUITY_COLUMNS : file.layout === 'index' ? INDEX_COLUMNS : DERIVATIVE_COLUMNS
  const lines = [header.join(',')]
  for (const inst of market.list) if (file.rows(inst)) lines.push(row(inst, file.layout))
  return `${lines.join('\n')}\n`
}

export function isSymbolDownload(pathname: string): pathname is SymbolFilePath {
  return Object.hasOwn(SYMBOL_FILES, pathname.replace(/\/+$/, ''))
}

/**
 * Answers a symbol-master download (GET or HEAD; no auth) and returns true, or returns false for any other path.
 */
export function serveSymbolDownload(req: IncomingMessage, res: ServerResponse, pathname: string, market: Market): boolean {
  const path = pathname.replace(/\/+$/, '')
  if (!isSymbolDownload(path)) return false
  serveSymbolFile(req, res, market, path)
  return true
}

/** Sends one symbol-master file as CSV (GET or HEAD; other methods 405). */
export function serveSymbolFile(req: IncomingMessage, res: ServerResponse, market: Market, path: SymbolFilePath): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
    res.end(`${req.method} is not allowed, use GET`)
    return
  }
  const csv = symbolMasterCsv(market, path)
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-length': Buffer.byteLength(csv),
    'cache-control': 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : csv)
}
