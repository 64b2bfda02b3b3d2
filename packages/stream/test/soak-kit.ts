import { afterAll, beforeAll } from 'vitest'

/** A small seeded PRNG (mulberry32): the same run every time. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What an order's state is for the soaks: status, filled quantity and average price. */
export const orderStateKey = (u: { status: string; fillShares?: number | undefined; averagePrice?: number | undefined }) =>
  `${u.status}|${u.fillShares ?? 0}|${(u.averagePrice ?? 0).toFixed(2)}`

/** Collects unhandled rejections and uncaught exceptions while this test file runs: a soak expects none. */
export function collectUnhandled(): unknown[] {
  const unhandled: unknown[] = []
  const onUnhandled = (e: unknown) => unhandled.push(e)
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled)
    process.on('uncaughtException', onUnhandled)
  })
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled)
    process.off('uncaughtException', onUnhandled)
  })
  return unhandled
}
