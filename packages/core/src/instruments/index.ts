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
// The IST date helpers behind expiries are for adapters: `@firstock/core/protocol` exports them.
export { parseExpiry, formatExpiry } from './dates.js'
export { closestMatches } from './suggest.js'
export { parseInstrumentText, type InstrumentText } from './reference.js'
