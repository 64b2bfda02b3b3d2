import { backoffDelay as coreBackoffDelay } from '@firstock/core/protocol'
import { expect, test } from 'vitest'
import { backoffDelay, DEFAULT_RECONNECT } from '../src/index.js'

test('backoff: doubles from the base, capped, jitter within bounds', () => {
  const o = { ...DEFAULT_RECONNECT, baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0 }
  expect([1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, o))).toEqual([100, 200, 400, 800, 1_000, 1_000])
  const j = { ...o, jitter: 0.5 }
  expect(backoffDelay(3, j, () => 0)).toBe(200)
  expect(backoffDelay(3, j, () => 0.999999)).toBe(400)
  for (let i = 0; i < 100; i++) {
    const d = backoffDelay(2, j)
    expect(d).toBeGreaterThanOrEqual(100)
    expect(d).toBeLessThanOrEqual(200)
  }
})

test('backoff: one function for REST retries and reconnects; reconnects use full jitter', () => {
  expect(backoffDelay).toBe(coreBackoffDelay)
  expect(DEFAULT_RECONNECT.jitter).toBe(1)
  expect(backoffDelay(3, DEFAULT_RECONNECT, () => 0)).toBe(0)
  expect(backoffDelay(3, DEFAULT_RECONNECT, () => 0.999999)).toBe(1_000)
})
