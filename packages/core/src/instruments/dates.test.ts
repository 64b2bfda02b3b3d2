import { describe, expect, test } from 'vitest'
import { expiryCloseTime, formatExpiry, istDateKey, lastIstTimeOfDay, parseExpiry } from './dates.js'

describe('IST dates', () => {
  test.each([
    ['28NOV24'], ['28-NOV-2024'], ['28-Nov-24'], ['28 NOV 2024'], ['2024-11-28'], ['28-11-2024'], ['28/11/2024'], ['28-NOV-2024 14:30:00'],
  ])('parseExpiry(%s) → 00:00 IST on 28 Nov 2024', (text) => {
    expect(parseExpiry(text)?.toISOString()).toBe('2024-11-27T18:30:00.000Z')
  })

  test.each([[''], ['31-FEB-2024'], ['28-XYZ-2024'], ['0'], ['tomorrow']])('parseExpiry(%j) → undefined', (text) => {
    expect(parseExpiry(text)).toBeUndefined()
  })

  test('formatExpiry and istDateKey use the IST calendar day', () => {
    const lateUtc = new Date('2024-11-27T20:00:00Z') // 01:30 IST on the 28th
    expect(istDateKey(lateUtc)).toBe('2024-11-28')
    expect(formatExpiry(lateUtc)).toBe('28NOV24')
  })

  test('expiryCloseTime is 15:30 IST on the expiry day', () => {
    expect(expiryCloseTime(parseExpiry('28NOV24')!).toISOString()).toBe('2024-11-28T10:00:00.000Z')
  })

  test('lastIstTimeOfDay: the last 08:00 IST at or before now', () => {
    expect(lastIstTimeOfDay(new Date('2024-11-28T02:29:59Z'), 8).toISOString()).toBe('2024-11-27T02:30:00.000Z')
    expect(lastIstTimeOfDay(new Date('2024-11-28T02:30:00Z'), 8).toISOString()).toBe('2024-11-28T02:30:00.000Z')
    expect(lastIstTimeOfDay(new Date('2024-11-28T20:00:00Z'), 8).toISOString()).toBe('2024-11-28T02:30:00.000Z')
  })
})
