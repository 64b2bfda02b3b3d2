// The stream's reconnect policy. The delay itself comes from core's one backoff function (REST retries use it too).
export { backoffDelay, type BackoffOptions } from '@firstock/core/protocol'

/** How the stream waits between reconnect attempts: exponential, capped, with jitter. */
export interface ReconnectOptions {
  /** Delay before the first reconnect attempt. */
  baseDelayMs: number
  /** Upper bound of any delay. */
  maxDelayMs: number
  /** Growth per attempt. */
  factor: number
  /** Share of each delay that is random (0 = none, 1 = anywhere between 0 and the full delay). */
  jitter: number
  /**
   * Attempts in a row before the stream gives up (`Infinity` = never). A connect counts as a success only once
   * the socket has stayed up for `resetAfterMs`.
   */
  maxAttempts: number
  /**
   * How long a socket must stay up before the backoff starts again from `baseDelayMs`. A server that accepts and
   * then drops the socket at once is backed off like one that refuses it.
   */
  resetAfterMs: number
}

/** First reconnect delay: 250 ms. */
export const DEFAULT_BASE_DELAY_MS = 250
/** Longest reconnect delay: 15 s. */
export const DEFAULT_MAX_DELAY_MS = 15_000
/** Each delay doubles. */
export const DEFAULT_BACKOFF_FACTOR = 2
/** Full jitter: sockets of many clients dropped together do not all come back at the same moment. */
export const DEFAULT_JITTER = 1
/** A socket that stayed up 30 s resets the backoff. */
export const DEFAULT_RESET_AFTER_MS = 30_000

/** The default {@link ReconnectOptions}: 250 ms doubling to 15 s, full jitter, reset after 30 s up, never give up. */
export const DEFAULT_RECONNECT: Readonly<ReconnectOptions> = Object.freeze({
  baseDelayMs: DEFAULT_BASE_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_DELAY_MS,
  factor: DEFAULT_BACKOFF_FACTOR,
  jitter: DEFAULT_JITTER,
  maxAttempts: Number.POSITIVE_INFINITY,
  resetAfterMs: DEFAULT_RESET_AFTER_MS,
})
