import { describe, expect, test } from 'vitest'
import { NO_PRICE, parseDecimal, parsePrice, toDecimalString } from './numbers.js'

describe('numbers on the wire', () => {
  test.each([
    ['395.50', 395.5], [' 12 ', 12], ['-3', -3], [0, 0], [17.25, 17.25],
    ['', undefined], [' ', undefined], [null, undefined], [undefined, undefined], [[], undefined], [false, undefined],
    [true, undefined], ['1e400', undefined], ['1e3', undefined], ['0x10', undefined], ['Infinity', undefined],
    [Number.NaN, undefined], [Number.POSITIVE_INFINITY, undefined], ['12abc', undefined],
  ] as const)('parseDecimal(%o) → %o', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected)
  })

  test('behavior: the no-price marker is absent, other prices pass', () => {
    expect(parsePrice('42949672.95')).toBeUndefined()
    expect(parsePrice(NO_PRICE)).toBeUndefined()
    expect(parsePrice('42949672.90')).toBe(42949672.9)
  })

  test.each([
    [0.1 + 0.2, undefined, '0.3'], [395.5, 2, '395.50'], [1e15, undefined, '1000000000000000'],
    [12, undefined, '12'], [-0.05, undefined, '-0.05'], [1e-7, undefined, '0.0000001'], [24000, 2, '24000.00'],
  ] as const)('toDecimalString(%o, %o) → %s', (n, digits, expected) => {
    expect(toDecimalString(n, digits)).toBe(expected)
  })

  test('error: non-finite and unsafe numbers are refused, never written as 1e+21', () => {
    expect(() => toDecimalString(1e21)).toThrow(/largest exact number/)
    expect(() => toDecimalString(2 ** 53 + 2)).toThrow(RangeError)
    expect(() => toDecimalString(Number.NaN)).toThrow(/not a finite number/)
    expect(() => toDecimalString(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
