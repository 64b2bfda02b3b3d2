/**
 * The Firstock Connect client for Node.js 20+: {@link createFirstock}, an undici transport (and a ky adapter), a file session store,
 * plus everything in `@firstock/core`. See the package README for a quick start.
 * @packageDocumentation
 * @module @firstock/node
 */
export * from '@firstock/core'
export {
  createFirstock,
  checkBaseUrl,
  type Firstock,
  type FirstockOptions,
  type EndpointMethods,
  type ReconcileOptions,
  type ReconcileResult,
  type ConfirmedOrder,
  type ConfirmedOrders,
  type GttReconcileResult,
  type V1Extras,
  type V3Extras,
} from './create-firstock.js'
export { kyTransport, type KyTransportOptions } from './ky-transport.js'
export { undiciTransport, KEEP_ALIVE_TIMEOUT_MS, type UndiciTransportOptions } from './undici-transport.js'
export { FileSessionStore, defaultConfigDir } from './file-session-store.js'
export {
  loadInstruments,
  defaultCacheDir,
  defaultSymbolsUrl,
  symbolFileUrl,
  SYMBOLS_URLS,
  SYMBOL_FILE_PATHS,
  DEFAULT_SYMBOL_FILES,
  SYMBOLS_REFRESH_IST,
  type SymbolFile,
  type InstrumentsOptions,
  type LoadInstrumentsOptions,
  type InstrumentsProgress,
} from './instruments.js'
