export type {
  Instrument,
  InstrumentType,
  SkippedRow,
  SymbolMasterLayout,
  SymbolMasterParseOptions,
  SymbolMasterParseResult,
} from './types.js'
export {
  createSymbolMasterParser,
  parseSymbolMaster,
  parseSymbolMasterChunks,
  SYMBOL_MASTER_COLUMNS,
  type SymbolMasterParser,
} from './parse.js'
export {
  InstrumentIndex,
  UnknownInstrumentError,
  createInstrumentIndex,
  resolveInstrument,
  instrumentKey,
  instrumentTokenKey,
  type InstrumentRef,
  type InstrumentSource,
  type InstrumentIndexOptions,
  type ExpirySelector,
  type DerivativeQuery,
  type OptionQuery,
  type ExpiryQuery,
  type SearchOptions,
} from './instrument-index.js'
export {
  parseExpiry,
  formatExpiry,
  expiryCloseTime,
  istDateKey,
  istMidnight,
  istStartOfDay,
  lastIstTimeOfDay,
  MARKET_CLOSE_IST_MS,
} from './dates.js'
export { closestMatches } from './suggest.js'
