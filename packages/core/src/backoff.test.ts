import { expect, test } from 'vitest'
import { backoffDelay } from './backoff.js'

test('backoff: doubles from the base up to the cap', () => {
  const o = { baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0 }
  expect([1, 2, 3, 4, 5, 10, 2_000].map((a) => backoffDelay(a, o))).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000])
  expect(backoffDelay(3, { ...o, factor: 3 })).toBe(900)
})

test('backoff: full jitter by default, anywhere from 0 to the capped delay', () => {
  const o = { baseDelayMs: 100, maxDelayMs: 1_000 }
  expect(backoffDelay(3, o, () => 0)).toBe(0)
  expect(backoffDelay(3, o, () => 0.5)).toBe(200)
  expect(backoffDelay(3, o, () => 0.999999)).toBe(400)
  expect(backoffDelay(50, o, () => 0.999999)).toBe(1_000)
  for (let i = 0; i < 100; i++) {
    const d = backoffDelay(2, o)
    expect(d).toBeGreaterThanOrEqual(0)
    expect(d).toBeLessThanOrEqual(200)
  }
})

test('backoff: a jitter share keeps the rest of the delay fixed', () => {
  const o = { baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0.5 }
  expect(backoffDelay(3, o, () => 0)).toBe(200)
  expect(backoffDelay(3, o, () => 0.999999)).toBe(400)
})

test('error: odd inputs still give a finite delay within the cap', () => {
  const o = { baseDelayMs: 100, maxDelayMs: 1_000, jitter: 0 }
  expect(backoffDelay(0, o)).toBe(100)
  expect(backoffDelay(-5, o)).toBe(100)
  expect(backoffDelay(1e6, { ...o, factor: 10 })).toBe(1_000)
  expect(backoffDelay(3, { ...o, jitter: 7 }, () => 2)).toBe(400)
})
