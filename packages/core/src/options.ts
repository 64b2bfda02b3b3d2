// Checks of option values (client options, per-call options, limits), before anything is sent. Each bad value is a
// `ValidationError` `INVALID_INPUT` naming the option, in the words request validation uses. Plain checks rather
// than zod schemas: options are checked when a client is created, synchronously, and zod loads on the first call.
import type { CallOptions, Client, RetryOptions } from './client.js'
import type { RateLimitBucket } from './define-endpoint.js'
import { describeValue, ValidationError } from './errors.js'
import type { RateLimits } from './limiter.js'

/**
 * The longest delay a timer can wait: 2³¹ − 1 ms (about 24.8 days). Node fires a longer (or non-finite) delay
 * after 1 ms, which would turn `timeout: Infinity` into an instant timeout.
 */
export const MAX_DELAY_MS = 2 ** 31 - 1

const BUCKETS: readonly RateLimitBucket[] = ['quote', 'candles', 'order', 'other']

/** The error for one bad option: `<where>: <field> must be <expected> (got <value>)`. */
export function invalidOption(where: string, field: string, expected: string, value: unknown, endpoint?: string): ValidationError {
  return new ValidationError(`${where}: ${field} must be ${expected} (got ${describeValue(value)})`, {
    code: 'INVALID_INPUT',
    endpoint,
    field,
    direction: 'request',
  })
}

/**
 * A duration in ms: a finite number from `min` (default 0) to {@link MAX_DELAY_MS}. Rejects `Infinity`, `NaN`,
 * negatives, strings and anything else with a `ValidationError` naming `field`.
 * @example
 * ```ts
 * checkDuration('createFirstock', 'timeout', 5_000, 1) // 5000
 * ```
 */
export function checkDuration(where: string, field: string, value: unknown, min = 0, endpoint?: string): number {
  if (typeof value === 'number' && value >= min && value <= MAX_DELAY_MS) return value
  const lowest = min === 0 ? '0' : `${min}`
  throw invalidOption(where, field, `a number of milliseconds from ${lowest} to ${MAX_DELAY_MS}`, value, endpoint)
}

/** A whole number from `min` to `max` (e.g. retry attempts, a rate limit's requests per window). */
export function checkCount(where: string, field: string, value: unknown, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return value as number
  throw invalidOption(where, field, `a whole number from ${min} to ${max}`, value)
}

/** A plain object: the shape every group of options has. */
export function checkObject(where: string, field: string, value: unknown, endpoint?: string): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  throw invalidOption(where, field, 'an object', value, endpoint)
}

/** An `AbortSignal` (or anything that behaves as one: `aborted` and `addEventListener`). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function' &&
    typeof (value as AbortSignal).removeEventListener === 'function'
  )
}

/**
 * Per-call options (`{ signal, timeout }`) and the client values a call depends on. `call()` runs it first, so a
 * bad option is refused before anything is sent.
 */
export function checkCallOptions(client: Client, endpoint: string, options: unknown): CallOptions {
  if (options === undefined) return {}
  const checked = checkObject(endpoint, 'options', options, endpoint) as CallOptions
  if (checked.signal !== undefined && !isAbortSignal(checked.signal)) {
    throw invalidOption(endpoint, 'signal', 'an AbortSignal', checked.signal, endpoint)
  }
  if (checked.timeout !== undefined) checkDuration(endpoint, 'timeout', checked.timeout, 1, endpoint)
  if (client.timeoutMs !== undefined) checkDuration(endpoint, 'client.timeoutMs', client.timeoutMs, 1, endpoint)
  return checked
}

/** `retry` options: attempts 1–10, delays 0 to {@link MAX_DELAY_MS}. Missing fields are allowed (defaults apply). */
export function checkRetryOptions(where: string, retry: unknown, prefix = 'retry'): Partial<RetryOptions> {
  const checked = checkObject(where, prefix, retry) as Partial<RetryOptions>
  if (checked.attempts !== undefined) checkCount(where, `${prefix}.attempts`, checked.attempts, 1, 10)
  if (checked.baseDelayMs !== undefined) checkDuration(where, `${prefix}.baseDelayMs`, checked.baseDelayMs)
  if (checked.maxDelayMs !== undefined) checkDuration(where, `${prefix}.maxDelayMs`, checked.maxDelayMs)
  return checked
}

/**
 * Rate limits per bucket: each given bucket `{ limit, windowMs }` with `limit` ≥ 1 (0 would hold every call
 * forever) and `windowMs` from 1 to {@link MAX_DELAY_MS}. An unknown bucket name is refused (a typo would be ignored).
 */
export function checkRateLimits(where: string, limits: unknown, prefix = 'rateLimits'): Partial<RateLimits> {
  const checked = checkObject(where, prefix, limits)
  for (const [bucket, rule] of Object.entries(checked)) {
    if (!(BUCKETS as readonly string[]).includes(bucket)) {
      throw invalidOption(where, `${prefix}.${bucket}`, `one of the buckets ${BUCKETS.join(', ')}`, bucket)
    }
    const { limit, windowMs } = checkObject(where, `${prefix}.${bucket}`, rule)
    checkCount(where, `${prefix}.${bucket}.limit`, limit)
    checkDuration(where, `${prefix}.${bucket}.windowMs`, windowMs, 1)
  }
  return checked as Partial<RateLimits>
}
