/**
 * The runtime-neutral core of the Firstock Connect SDK: endpoints as data, the `call()` pipeline, sessions, errors,
 * the WebSocket protocol and the symbol-master parser. No Node built-ins. See the package README for a quick start.
 * @packageDocumentation
 * @module @firstock/core
 */
export { call, validateRequest, parseResponse, describeIssues, renewSession } from './call.js'
export { newOrderTag, orderTagFor, parseOrderTime, placedAfter, ORDER_TIME_SKEW_MS, MAX_TAG_LENGTH, MAX_TAG_PREFIX_LENGTH } from './order-tags.js'
export type { OrderLimits, TickInfo } from './order-guard.js'
export { login, logout, registerCredentials, type Credentials } from './auth.js'
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
  type AuthMode,
  type RetryPolicy,
  type RateLimitBucket,
  type EnvelopeShape,
} from './define-endpoint.js'
export { legTag } from './legs.js'
export { readEnvelope, failureToError, statusOf, retryAfterMs, type FailureBody } from './envelope.js'
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
  describeValue,
  type PlacedLeg,
  type RejectedLeg,
  type ValidationDirection,
} from './errors.js'
export {
  MAX_DELAY_MS,
  checkDuration,
  checkCount,
  checkCallOptions,
  checkRetryOptions,
  checkRateLimits,
  isAbortSignal,
  invalidOption,
} from './options.js'
export { createRateLimiter, type RateLimiter, type RateLimit, type RateLimits } from './limiter.js'
export { redact, scrub, registerSecret, isSecretKey, REDACTED } from './redact.js'
export { MemorySessionStore, sha256Hex, totpFromSecret, type Session, type SessionStore } from './session.js'
export {
  fetchTransport,
  readFetchResponse,
  isRedirect,
  redirectRefused,
  responseTooLarge,
  DEFAULT_MAX_RESPONSE_BYTES,
  ServerClock,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js'
export * from './schemas/common.js'
export { DECIMAL, NO_PRICE, parseDecimal, parsePrice, toDecimalString } from './numbers.js'
export { backoffDelay, type BackoffOptions } from './backoff.js'
export { checkSecureUrl, isLoopbackHost } from './secure-url.js'
export * from './endpoints/v3/index.js'

export {
  v1,
  v1Endpoints,
  type V1Endpoints,
  V1_SYMBOL_MASTER_URL,
  v1Schemas,
  type V1Schemas,
  checkMarketProtection,
  defineV1Endpoint,
  V1_RETENTIONS,
  V1_INTERVALS,
  MSG_FLAGS,
} from './endpoints/v1/index.js'

import { v1 } from './endpoints/v1/index.js'
import { v3 } from './endpoints/v3/index.js'
/** Every API generation the SDK speaks, by version name. */
export const registries = { v3, v1 } as const
export * from './stream/index.js'
export * from './instruments/index.js'
/**
 * `onAbort` runs a listener once when a signal aborts, with one event listener per signal however many wait on it;
 * `sleep` is a wait that an abort ends at once.
 */
export { onAbort, sleep } from './abort.js'
