// One backoff for every wait-and-try-again in the SDK: REST retries (`call()`) and stream reconnects.

/** How long to wait before attempt `n`: `baseDelayMs × factorⁿ⁻¹`, capped at `maxDelayMs`, with jitter. */
export interface BackoffOptions {
  /** Delay before the first retry. */
  readonly baseDelayMs: number
  /** Upper bound of any delay. */
  readonly maxDelayMs: number
  /** Growth per attempt (default 2). */
  readonly factor?: number | undefined
  /**
   * Share of each delay that is random (default 1, "full jitter": anywhere from 0 to the full delay), so clients
   * that failed together do not all come back at the same moment. 0 = no jitter.
   */
  readonly jitter?: number | undefined
}

/**
 * Delay in ms before attempt `attempt` (1-based): exponential, capped, with jitter. Never throws; never returns
 * a negative or non-finite number.
 * @param attempt - 1 for the first retry.
 * @param options - base, cap, factor and jitter share.
 * @param random - a source of randomness in [0, 1), injectable in tests.
 * @example
 * ```ts
 * backoffDelay(3, { baseDelayMs: 250, maxDelayMs: 15_000 }) // between 0 and 1000
 * backoffDelay(3, { baseDelayMs: 250, maxDelayMs: 15_000, jitter: 0 }) // 1000
 * ```
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const base = Math.max(0, options.baseDelayMs)
  const max = Math.max(0, options.maxDelayMs)
  const factor = options.factor ?? 2
  const exponential = Math.min(max, base * factor ** Math.max(0, attempt - 1))
  const capped = Number.isFinite(exponential) ? exponential : max
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 1))
  const r = Math.min(1, Math.max(0, random()))
  return Math.round(capped * (1 - jitter) + capped * jitter * r)
}
