/**
 * The runtime-neutral core of the Firstock Connect SDK: endpoints as data, the `call()` pipeline, sessions, errors
 * and the symbol-master parser. No Node built-ins. See the package README for a quick start.
 *
 * This root holds what applications call. The parts only adapter authors need (envelope reading, raw stream frame
 * encoders and decoders, option checks, wire-number parsers, transport guards) are in `@firstock/core/protocol`.
 * @packageDocumentation
 * @module @firstock/core
 */
export { call, validateRequest, parseResponse } from './call.js'
export { newOrderTag, MAX_TAG_LENGTH, MAX_TAG_PREFIX_LENGTH } from './order-tags.js'
export type { OrderLimits, TickInfo } from './order-guard.js'
export { startSession, endSession, registerCredentials, type Credentials } from './auth.js'
export {
  type Client,
  type Registry,
  type ApiVersion,
  type Logger,
  type RetryOptions,
  type CallOptions,
  type SessionProvider,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
} from './client.js'
export {
  defineEndpoint,
  schemasOf,
  loadSchemas,
  type Endpoint,
  type EndpointSchemas,
  type EndpointInput,
  type EndpointOutput,
  type EndpointRow,
  type EndpointOptions,
  type AuthMode,
  type RetryPolicy,
  type RateLimitBucket,
  type EnvelopeShape,
} from './define-endpoint.js'
export {
  FirstockError,
  ApiError,
  SessionError,
  RateLimitError,
  NetworkError,
  OrderOutcomeUnknownError,
  OrderSessionExpiredError,
  LegsRejectedError,
  RejectedError,
  ValidationError,
  isFirstockError,
  type PlacedLeg,
  type RejectedLeg,
  type ValidationDirection,
} from './errors.js'
export { FIRSTOCK_ERROR_NAMES, type FirstockErrorName, type KnownFirstockErrorName } from './errors-firstock.js'
export { createRateLimiter, type RateLimiter, type RateLimit, type RateLimits } from './limiter.js'
export { redact, scrub, registerSecret, REDACTED } from './redact.js'
export { MemorySessionStore, sha256Hex, totpFromSecret, type Session, type SessionStore } from './session.js'
export { fetchTransport, type Transport, type TransportRequest, type TransportResponse } from './transport.js'
export {
  EXCHANGES,
  EXCHANGES_BY_VERSION,
  PRODUCTS,
  PRICE_TYPES,
  TRANSACTION_TYPES,
  RETENTIONS,
  POSITION_TYPES,
  OPTION_TYPES,
  CANDLE_INTERVALS,
  INSTRUMENT_NAMES,
  ORDER_STATUSES,
  MAX_SYMBOL_LENGTH,
  isExchange,
  commonSchemas,
  type Z,
  type Exchange,
  type Product,
  type PriceType,
  type TransactionType,
  type Retention,
  type PositionType,
  type OptionType,
  type CandleInterval,
  type OrderStatus,
} from './schemas/common.js'

// V3 endpoint rows, one export per endpoint (the `v3` registry holds them all).
export * from './endpoints/v3/auth.js'
export * from './endpoints/v3/market.js'
export * from './endpoints/v3/orders.js'
export * from './endpoints/v3/reports.js'
export * from './endpoints/v3/strategies.js'
export {
  v3,
  v3Endpoints,
  v3Schemas,
  type V3Endpoints,
  type Schemas,
  type OrderRow,
  type NoInput,
  type OrderAck,
  type ExchangeTokenInput,
  type InstrumentsInput,
  type Quote,
  type QuoteLtp,
  type LegResult,
  type InvalidRow,
  type BookRows,
} from './endpoints/v3/index.js'
export {
  v1,
  v1Endpoints,
  V1_SYMBOL_MASTER_URL,
  v1Schemas,
  type V1Schemas,
  V1_RETENTIONS,
  V1_INTERVALS,
  MSG_FLAGS,
} from './endpoints/v1/index.js'

// V1 rows are reached through `v1Endpoints` (their names clash with V3's); their input and output types by name.
export type * from './endpoints/v1/types.js'

import { v1 } from './endpoints/v1/index.js'
import { v3 } from './endpoints/v3/index.js'
/** Every API generation the SDK speaks, by version name. */
export const registries: { readonly v3: typeof v3; readonly v1: typeof v1 } = { v3, v1 }

// What a stream delivers (the socket client is `@firstock/stream`; the frame codec is in `@firstock/core/protocol`).
export type { Tick, Depth, DepthLevel, QuoteFields, OrderUpdate, ScripInput, Scrip } from './stream/index.js'
export * from './instruments/index.js'
