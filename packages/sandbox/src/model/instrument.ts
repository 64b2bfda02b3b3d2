import type { Level, Liquidity } from './depth.js'

// The market model's plain data: an instrument, its depth levels and bars, prices as numbers.

export type { Level } from './depth.js'
export type InstrumentKind = 'index' | 'equity' | 'future' | 'option'

/** One minute of trading. */
export interface Bar {
  t: number
  o: number
  h: number
  l: number
  c: number
  v: number
}

/** One tradable (or index) contract and its live state. Prices are numbers here; the wire layers format them. */
export interface Instrument {
  exchange: string
  token: string
  tradingSymbol: string
  companyName: string
  symbolName: string
  instrumentName: string
  segment: string
  isin: string
  kind: InstrumentKind
  tickSize: number
  lotSize: number
  pricePrecision: number
  underlying?: Instrument
  expiry?: number
  strike?: number
  optionType?: 'CE' | 'PE'
  /** Implied volatility of an option (from its underlying's smile); the annualised volatility of anything else. */
  iv: number
  /** Annualised volatility the walk moves this instrument with. */
  vol: number
  liquidity: Liquidity
  /** Units per order above which the exchange refuses it: derivatives only. */
  freezeQty?: number
  /** Model time of the instrument's last move. */
  movedAt: number
  prevClose: number
  open: number
  high: number
  low: number
  ltp: number
  volume: number
  turnover: number
  ltq: number
  lastTradeAt: number
  oi: number
  poi: number
  upperCircuit: number
  lowerCircuit: number
  high52: number
  low52: number
  bids: Level[]
  asks: Level[]
  /** Live minute bars since the sandbox started, keyed by minute start. */
  bars: Map<number, Bar>
  history?: Bar[]
}

/** A candle as timePriceSeries answers it. */
export interface Candle extends Bar {
  cumulative: number
  oi: number
}
