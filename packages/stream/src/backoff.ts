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
  /** Attempts in a row without a successful connect before the stream gives up (`Infinity` = never). */
  maxAttempts: number
}

/** First reconnect delay: 250 ms. */
export const DEFAULT_BASE_DELAY_MS = 250
/** Longest reconnect delay: 15 s. */
export const DEFAULT_MAX_DELAY_MS = 15_000
/** Each delay doubles. */
export const DEFAULT_BACKOFF_FACTOR = 2
/** Half of each delay random: sockets of many clients dropped together do not all come back at the same moment. */
export const DEFAULT_JITTER = 0.5

/** The default {@link ReconnectOptions}: 250 ms doubling to 15 s, half jitter, never give up. */
export const DEFAULT_RECONNECT: Readonly<ReconnectOptions> = Object.freeze({
  baseDelayMs: DEFAULT_BASE_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_DELAY_MS,
  factor: DEFAULT_BACKOFF_FACTOR,
  jitter: DEFAULT_JITTER,
  maxAttempts: Number.POSITIVE_INFINITY,
})

/**
 * Delay in ms before reconnect attempt `attempt` (1-based). Never throws.
 * @param attempt - 1 for the first reconnect.
 * @param options - the backoff (default {@link DEFAULT_RECONNECT}).
 * @param random - a source of randomness in [0, 1), injectable in tests.
 * @example
 * ```ts
 * backoffDelay(3, DEFAULT_RECONNECT, () => 1) // 1000: 250 ms × 2² with full jitter at its top
 * ```
 */
export function backoffDelay(attempt: number, options: ReconnectOptions = DEFAULT_RECONNECT, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * options.factor ** Math.max(0, attempt - 1))
  const jitter = Math.min(1, Math.max(0, options.jitter))
  return Math.round(exponential * (1 - jitter) + exponential * jitter * random())
}
