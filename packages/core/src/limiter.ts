import type { RateLimitBucket } from './define-endpoint.js'
import { NetworkError } from './errors.js'

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number
  windowMs: number
}

export type RateLimits = Record<RateLimitBucket, RateLimit>

export interface RateLimiter {
  /** Resolves when a request in `bucket` may start; queues otherwise. Aborting removes the caller from the queue. */
  acquire(bucket: RateLimitBucket, signal?: AbortSignal): Promise<void>
  /** How many callers wait in `bucket`. */
  pending(bucket: RateLimitBucket): number
}

/** Margin added to every window: the server counts arrivals, we count departures. */
const WINDOW_MARGIN_MS = 15

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
  signal: AbortSignal | undefined
  onAbort: () => void
}

interface Bucket {
  starts: number[]
  queue: Waiter[]
  timer: ReturnType<typeof setTimeout> | undefined
}

/** A sliding-window limiter per bucket: never more than `limit` starts in any `windowMs`, callers served in order. */
export function createRateLimiter(limits: RateLimits): RateLimiter {
  const buckets = new Map<RateLimitBucket, Bucket>()
  const bucketOf = (name: RateLimitBucket) => {
    let bucket = buckets.get(name)
    if (!bucket) buckets.set(name, (bucket = { starts: [], queue: [], timer: undefined }))
    return bucket
  }

  function pump(name: RateLimitBucket, bucket: Bucket) {
    const { limit, windowMs } = limits[name]
    const window = windowMs + WINDOW_MARGIN_MS
    while (bucket.queue.length > 0) {
      const now = Date.now()
      while (bucket.starts.length > 0 && bucket.starts[0]! <= now - window) bucket.starts.shift()
      if (bucket.starts.length >= limit) {
        if (!bucket.timer) {
          const wait = bucket.starts[0]! + window - now
          bucket.timer = setTimeout(() => {
            bucket.timer = undefined
            pump(name, bucket)
          }, wait)
        }
        return
      }
      const waiter = bucket.queue.shift()!
      waiter.signal?.removeEventListener('abort', waiter.onAbort)
      bucket.starts.push(now)
      waiter.resolve()
    }
  }

  return {
    acquire(name, signal) {
      if (signal?.aborted) return Promise.reject(abortError(signal))
      const bucket = bucketOf(name)
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const index = bucket.queue.indexOf(waiter)
            if (index >= 0) bucket.queue.splice(index, 1)
            reject(abortError(signal!))
          },
        }
        signal?.addEventListener('abort', waiter.onAbort, { once: true })
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
