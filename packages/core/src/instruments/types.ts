import type { Exchange } from '../schemas/common.js'

/** What kind of contract a row is. Firstock's `Instrument` column values, plus `EQ` for cash-market rows. */
export type InstrumentType = 'EQ' | 'UNDIND' | 'FUTSTK' | 'FUTIDX' | 'OPTSTK' | 'OPTIDX' | (string & {})

/** One row of a symbol master, typed. */
export interface Instrument {
  /** One of the SDK's `Exchange` values (`NSE`, `NFO`, …): ready to pass to any endpoint. */
  exchange: Exchange
  /** Exchange token, digits as a string (`"1660"`). This is what the API and the stream want. */
  token: string
  /** The exchange's trading symbol, e.g. `ITC-EQ`, `NIFTY13APR23P17700`. */
  tradingSymbol: string
  /** Underlying symbol: `ITC` for `ITC-EQ`, `NIFTY` for a NIFTY option. */
  symbol: string
  /** Company or instrument name (the trading symbol when the file has none). */
  name: string
  instrumentType: InstrumentType
  /** Expiry as 00:00 IST of the expiry day (derivatives only). */
  expiry?: Date
  /** Strike price in rupees (options only). */
  strike?: number
  optionType?: 'CE' | 'PE'
  lotSize: number
  tickSize: number
  freezeQty?: number
  isin?: string
}

/** Which documented column list a file used. */
export type SymbolMasterLayout = 'equity' | 'derivative' | 'index' | 'custom'

/** A row that was not turned into an instrument, and why. */
export interface SkippedRow {
  /** 1-based line number in the file (blank lines count). */
  line: number
  reason: string
}

/** What a symbol-master parse returns: the instruments, the detected column layout and counts of what was skipped. */
export interface SymbolMasterParseResult {
  instruments: Instrument[]
  layout: SymbolMasterLayout
  /** Data rows seen (header and blank lines excluded). */
  rows: number
  /** Rows skipped: repeated header, too few fields, missing token/symbol, bad numbers or dates. */
  skipped: number
  /** Blank lines (also lines of only commas and spaces), ignored. */
  blank: number
  /** The first skipped rows with reasons (at most `maxSkippedDetails`). */
  skippedRows: SkippedRow[]
}

/** Options of {@link parseSymbolMaster} and {@link createSymbolMasterParser}. */
export interface SymbolMasterParseOptions {
  /** Exchange to use when a row has no `Exchange` column or value. */
  exchange?: string
  /** How many skipped rows to describe in `skippedRows` (default 20). */
  maxSkippedDetails?: number
}
