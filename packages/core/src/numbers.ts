// Numbers on the wire. Firstock sends prices and quantities as strings and reads ours as strings; `Number()` and
// `String()` alone accept "0x10", "1e3", "Infinity" or " " and write 1e21 as "1e+21", so both ways go through here.

/** Plain decimal notation: digits, an optional sign and an optional fraction. Nothing else is a number on the wire. */
export const DECIMAL = /^-?\d+(\.\d+)?$/

/** Noren's "no price" marker (2³²−1 paise), sent in some fields in place of a price the exchange has not set. */
export const NO_PRICE = 42949672.95

/** Fraction digits sent when the instrument's own precision is not known: finer than any Indian tick size. */
const MAX_FRACTION_DIGITS = 8

/**
 * A wire value as a number: a finite number, or a string in plain decimal notation. Anything else (empty, `null`,
 * `"1e400"`, `"0x10"`, `true`, an array) is `undefined`, so a caller keeps its previous value instead of a made-up 0.
 */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!DECIMAL.test(text)) return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

/** A price from the wire: as {@link parseDecimal}, and the {@link NO_PRICE} marker is absent too. */
export function parsePrice(value: unknown): number | undefined {
  const n = parseDecimal(value)
  return n === NO_PRICE ? undefined : n
}

/**
 * A number as the wire wants it: plain decimal text, never an exponent, never a binary-float tail
 * (`0.1 + 0.2` → `"0.3"`). `fractionDigits` is the instrument's precision when known (`2` → `"395.50"`).
 * @throws RangeError for a non-finite number or one beyond 2⁵³ (it would not be sent as the caller wrote it).
 */
export function toDecimalString(n: number, fractionDigits?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`)
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) throw new RangeError(`${n} is beyond the largest exact number (2^53 - 1)`)
  if (fractionDigits !== undefined) return n.toFixed(fractionDigits)
  if (Number.isInteger(n)) return String(n)
  // toFixed rounds away the float tail; then drop the zeros it pads with.
  return n.toFixed(MAX_FRACTION_DIGITS).replace(/\.?0+$/, '')
}
