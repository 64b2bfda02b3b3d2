import type { RateLimitBucket } from './define-endpoint.js'
import { onAbort } from './abort.js'
import { NetworkError } from './errors.js'
import { checkRateLimits } from './options.js'

/** At most `limit` calls per `windowMs`. */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number
  windowMs: number
}

/** One {@link RateLimit} per bucket (`quote`, `candles`, `order`, `other`). */
export type RateLimits = Record<RateLimitBucket, RateLimit>

/** Client-side rate limiting: calls wait for a slot in their bucket instead of failing (see {@link createRateLimiter}). */
export interface RateLimiter {
  /**
   * Resolves when a request in `bucket` may start; queues otherwise. Aborting removes the caller from the queue.
   * The caller must call the returned `release()` when its request has finished (answered or failed).
   */
  acquire(bucket: RateLimitBucket, signal?: AbortSignal): Promise<() => void>
  /** How many callers wait in `bucket`. */
  pending(bucket: RateLimitBucket): number
}

/** Clock granularity and scheduling slack added to every window. */
const WINDOW_MARGIN_MS = 5

interface Waiter {
  resolve: (release: () => void) => void
  reject: (error: unknown) => void
  /** Stops listening to the caller's signal. */
  stopListening: (() => void) | undefined
}

interface Bucket {
  /** One slot per recent request: the time it finished, or Infinity while it is in flight. */
  slots: number[]
  queue: Waiter[]
  timer: ReturnType<typeof setTimeout> | undefined
}

/**
 * A sliding-window limiter per bucket, callers served in order. A request's slot counts from when it finished,
 * not from when it left: the server counts arrivals, and an arrival is always before the answer. So no window at
 * the server ever holds more than `limit` requests, however uneven the network latency.
 */
export function createRateLimiter(limits: RateLimits): RateLimiter {
  checkRateLimits('createRateLimiter', limits, 'limits')
  const buckets = new Map<RateLimitBucket, Bucket>()
  const bucketOf = (name: RateLimitBucket) => {
    let bucket = buckets.get(name)
    if (!bucket) buckets.set(name, (bucket = { slots: [], queue: [], timer: undefined }))
    return bucket
  }

  function pump(name: RateLimitBucket, bucket: Bucket) {
    const { limit, windowMs } = limits[name]
    const window = windowMs + WINDOW_MARGIN_MS
    while (bucket.queue.length > 0) {
      const now = Date.now()
      bucket.slots = bucket.slots.filter((finished) => finished > now - window)
      if (bucket.slots.length >= limit) {
        const oldest = Math.min(...bucket.slots)
        // All slots in flight: the next release() pumps again.
        if (!bucket.timer && Number.isFinite(oldest)) {
          bucket.timer = setTimeout(() => {
            bucket.timer = undefined
            pump(name, bucket)
          }, oldest + window - now)
        }
        return
      }
      const waiter = bucket.queue.shift()!
      waiter.stopListening?.()
      bucket.slots.push(Number.POSITIVE_INFINITY)
      let released = false
      waiter.resolve(() => {
        if (released) return
        released = true
        const index = bucket.slots.indexOf(Number.POSITIVE_INFINITY)
        if (index >= 0) bucket.slots[index] = Date.now()
        pump(name, bucket)
      })
    }
  }

  return {
    acquire(name, signal) {
      if (signal?.aborted) return Promise.reject(abortError(signal))
      const bucket = bucketOf(name)
      return new Promise<() => void>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, stopListening: undefined }
        waiter.stopListening = signal
          ? onAbort(signal, () => {
              const index = bucket.queue.indexOf(waiter)
              if (index >= 0) bucket.queue.splice(index, 1)
              reject(abortError(signal))
            })
          : undefined
        bucket.queue.push(waiter)
        pump(name, bucket)
      })
    },
    pending: (name) => buckets.get(name)?.queue.length ?? 0,
  }
}

/** The error for a call aborted by its caller before anything was sent. */
export function abortError(signal: AbortSignal, endpoint?: string): NetworkError {
  return new NetworkError(`${endpoint ? `${endpoint}: ` : ''}aborted before the request was sent`, {
    code: 'ABORTED',
    endpoint,
    sent: false,
    cause: signal.reason,
  })
}
