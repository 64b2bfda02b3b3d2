/**
 * Live Firstock market data and order updates over WebSocket: {@link createStream}, as callbacks or `for await`.
 * See the package README for a quick start.
 * @packageDocumentation
 * @module @firstock/stream
 */
export { createStream } from './create-stream.js'
export {
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_WATCHDOG_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_BUFFER_SIZE,
  DEFAULT_ORDER_BUFFER_SIZE,
  DEFAULT_SUBSCRIBE_TIMEOUT_MS,
  CLOSE_GRACE_MS,
  type Stream,
  type StreamOptions,
  type StreamProvider,
  type StreamState,
  type StreamEvents,
  type IterateOptions,
  type Unsubscribe,
  type WebSocketLike,
  type WebSocketConstructor,
} from './types.js'
export { StreamConsumerTooSlowError } from './errors.js'
export { resolveScrips, type SymbolInput } from './symbols.js'
export {
  backoffDelay,
  DEFAULT_RECONNECT,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_BACKOFF_FACTOR,
  DEFAULT_JITTER,
  DEFAULT_RESET_AFTER_MS,
  type BackoffOptions,
  type ReconnectOptions,
} from './backoff.js'
// The data types a stream delivers live in core, next to the protocol.
export type { Tick, Depth, DepthLevel, OrderUpdate, ScripInput, Session, SessionProvider, InstrumentIndex } from '@firstock/core'
