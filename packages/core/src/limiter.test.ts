import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { NetworkError } from './errors.js'
import { createRateLimiter, type RateLimits } from './limiter.js'

const limits = (limit: number, windowMs: number): RateLimits => ({
  quote: { limit, windowMs },
  candles: { limit, windowMs },
  order: { limit, windowMs },
  other: { limit: 100, windowMs: 1_000 },
})

/** Most starts in any window of `windowMs` (a start at t counts for [t, t + windowMs)). */
function maxInAnyWindow(starts: number[], windowMs: number): number {
  let most = 0
  for (const from of starts) most = Math.max(most, starts.filter((t) => t >= from && t < from + windowMs).length)
  return most
}

describe('rate limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(1_700_000_000_000)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('behavior: never more than `limit` starts in any window, served FIFO', async () => {
    const limiter = createRateLimiter(limits(3, 1_000))
    const starts: { id: number; at: number }[] = []
    const all = Array.from({ length: 10 }, (_, id) => limiter.acquire('quote').then((release) => { release(); starts.push({ id, at: Date.now() }) }))
    await vi.advanceTimersByTimeAsync(0)
    expect(starts).toHaveLength(3)
    expect(limiter.pending('quote')).toBe(7)
    await vi.advanceTimersByTimeAsync(5_000)
    await Promise.all(all)
    expect(starts.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(maxInAnyWindow(starts.map((s) => s.at), 1_000)).toBe(3)
    expect(limiter.pending('quote')).toBe(0)
  })

  test('behavior: the window holds under random arrivals', async () => {
    const limiter = createRateLimiter(limits(4, 200))
    const starts: number[] = []
    let seed = 42
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
    const pending: Promise<unknown>[] = []
    for (let i = 0; i < 60; i++) {
      pending.push(limiter.acquire('candles').then((release) => { release(); starts.push(Date.now()) }))
      await vi.advanceTimersByTimeAsync(Math.floor(random() * 60))
    }
    await vi.advanceTimersByTimeAsync(10_000)
    await Promise.all(pending)
    expect(starts).toHaveLength(60)
    expect(maxInAnyWindow(starts, 200)).toBeLessThanOrEqual(4)
  })

  test('behavior: buckets are independent', async () => {
    const limiter = createRateLimiter(limits(1, 1_000))
    void (await limiter.acquire('quote'))()
    let orderStarted = false
    void limiter.acquire('order').then((release) => { release(); orderStarted = true })
    await vi.advanceTimersByTimeAsync(0)
    expect(orderStarted).toBe(true)
    expect(limiter.pending('quote')).toBe(0)
  })

  test('behavior: abort removes the caller from the queue; the others keep their order', async () => {
    const limiter = createRateLimiter(limits(1, 1_000))
    void (await limiter.acquire('order'))()
    const served: string[] = []
    const controller = new AbortController()
    const a = limiter.acquire('order').then((release) => { release(); served.push('a') })
    const b = limiter.acquire('order', controller.signal).then(
      () => served.push('b'),
      (error: unknown) => error,
    )
    const c = limiter.acquire('order').then((release) => { release(); served.push('c') })
    expect(limiter.pending('order')).toBe(3)
    controller.abort()
    const err = await b
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ABORTED', sent: false })
    expect(limiter.pending('order')).toBe(2)
    await vi.advanceTimersByTimeAsync(3_000)
    await Promise.all([a, c])
    expect(served).toEqual(['a', 'c'])
  })

  test('behavior: an aborted caller does not use up a slot', async () => {
    const limiter = createRateLimiter(limits(1, 1_000))
    void (await limiter.acquire('quote'))()
    const controller = new AbortController()
    const aborted = limiter.acquire('quote', controller.signal).catch(() => 'aborted')
    controller.abort()
    expect(await aborted).toBe('aborted')
    const started: number[] = []
    const next = limiter.acquire('quote').then(() => started.push(Date.now()))
    await vi.advanceTimersByTimeAsync(1_100)
    await next
    expect(started).toHaveLength(1)
    // The next start still waits for the window of the first one, not for a second window.
    expect(started[0]! - 1_700_000_000_000).toBeLessThan(1_100)
  })

  test('behavior: an already aborted signal is rejected at once', async () => {
    const limiter = createRateLimiter(limits(1, 1_000))
    await expect(limiter.acquire('quote', AbortSignal.abort('stop'))).rejects.toMatchObject({ code: 'ABORTED', cause: 'stop' })
    expect(limiter.pending('quote')).toBe(0)
  })

  test('behavior: abort after the slot was granted has no effect', async () => {
    const limiter = createRateLimiter(limits(2, 1_000))
    const controller = new AbortController()
    await limiter.acquire('quote', controller.signal)
    controller.abort()
    await expect(limiter.acquire('quote')).resolves.toBeTypeOf('function')
  })

  test('behavior: a slot counts from when its request finished, so slow arrivals cannot crowd a window', async () => {
    const limiter = createRateLimiter(limits(1, 1_000))
    const release = await limiter.acquire('quote')
    let second = 0
    const next = limiter.acquire('quote').then((done) => {
      second = Date.now()
      done()
    })
    // The first request is still in flight after two windows: the second must not start.
    await vi.advanceTimersByTimeAsync(2_000)
    expect(second).toBe(0)
    release()
    await vi.advanceTimersByTimeAsync(999)
    expect(second).toBe(0)
    await vi.advanceTimersByTimeAsync(100)
    await next
    expect(second - 1_700_000_000_000).toBeGreaterThanOrEqual(3_000)
  })
})
