/**
 * For adapter authors, not applications: the pieces a transport, a socket client or another runtime's wrapper
 * builds on. Reading Firstock's answer envelope and mapping failures to error classes, the WebSocket protocol as
 * pure functions (command encoders, frame decoders, the snapshot + partial merger), the wire-number parsers, option
 * checks that name the field at fault, transport guards (redirects, size caps), backoff and the secure-URL rule.
 *
 * Applications import from `@firstock/core` (or `@firstock/node`); this entry may change in a minor release more
 * freely than the root does.
 * @packageDocumentation
 * @module @firstock/core/protocol
 */
export { readEnvelope, failureToError, statusOf, retryAfterMs, type FailureBody } from './envelope.js'
export { describeIssues, renewSession } from './call.js'
export { describeValue, type FirstockErrorOptions } from './errors.js'
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  readFetchResponse,
  isRedirect,
  redirectRefused,
  responseTooLarge,
  ServerClock,
} from './transport.js'
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
export { isSecretKey } from './redact.js'
export { orderTagFor, parseOrderTime, placedAfter, ORDER_TIME_SKEW_MS } from './order-tags.js'
export { legTag } from './legs.js'
export { DECIMAL, NO_PRICE, parseDecimal, parsePrice, toDecimalString } from './numbers.js'
export { backoffDelay, type BackoffOptions } from './backoff.js'
export { checkSecureUrl, isLoopbackHost } from './secure-url.js'
export { checkPrices, rowsOf, EMPTY_BOOK, type LegOutcome } from './endpoints/v3/index.js'
export { checkMarketProtection, defineV1Endpoint } from './endpoints/v1/index.js'
export {
  expiryCloseTime,
  istDateKey,
  istMidnight,
  istStartOfDay,
  lastIstTimeOfDay,
  MARKET_CLOSE_IST_MS,
} from './instruments/dates.js'
/**
 * `onAbort` runs a listener once when a signal aborts, with one event listener per signal however many wait on it;
 * `sleep` is a wait that an abort ends at once.
 */
export { onAbort, sleep } from './abort.js'
// The WebSocket protocol, whole: command encoders, frame decoders, the merger, order-state rules.
export * from './stream/index.js'
