import { z } from 'zod'

// Enums as documented in v3.md §3. The wire carries them as these exact strings.
// MCX/CDS appear only in copied Noren text; V3 trades NSE, BSE, NFO and BFO (v3.md §3).
// MCX is not in the V3 docs' enum but is where commodities trade; the sandbox lists a few MCX contracts.
/**
 * An exchange segment: `NSE`, `BSE` (cash), `NFO`, `BFO` (F&O) or `MCX` (commodities).
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * Exchange.parse('NSE') // ok
 * ```
 */
export const Exchange = z.enum(['NSE', 'BSE', 'NFO', 'BFO', 'MCX'], { error: 'must be one of NSE, BSE, NFO, BFO, MCX' })
/**
 * A product: `C` delivery (CNC), `M` normal (margin, carried forward) or `I` intraday (MIS).
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * Product.parse('I') // ok
 * ```
 */
export const Product = z.enum(['C', 'M', 'I'], { error: 'must be C (delivery), M (normal) or I (intraday)' })
/**
 * An order type: `LMT` limit, `MKT` market, `SL-LMT` stop-loss limit, `SL-MKT` stop-loss market.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * PriceType.parse('MKT') // ok
 * ```
 */
export const PriceType = z.enum(['LMT', 'MKT', 'SL-LMT', 'SL-MKT'], { error: 'must be one of LMT, MKT, SL-LMT, SL-MKT' })
/**
 * `B` buy or `S` sell.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * TransactionType.parse('B') // ok
 * ```
 */
export const TransactionType = z.enum(['B', 'S'], { error: 'must be B (buy) or S (sell)' })
/**
 * How long an order stays: `DAY`, `EOS` (end of session) or `IOC` (immediate or cancel).
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * Retention.parse('DAY') // ok
 * ```
 */
export const Retention = z.enum(['DAY', 'EOS', 'IOC'], { error: 'must be one of DAY, EOS, IOC' })
/**
 * A position's type for product conversion: `DAY` (opened today) or `CF` (carried forward).
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * PositionType.parse('DAY') // ok
 * ```
 */
export const PositionType = z.enum(['DAY', 'CF'], { error: 'must be DAY or CF' })
/**
 * `CE` call or `PE` put.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * OptionType.parse('CE') // ok
 * ```
 */
export const OptionType = z.enum(['CE', 'PE'], { error: 'must be CE or PE' })
/**
 * A candle interval for `timePriceSeries`: minutes (`1` … `240`) or `DAY`.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * CandleInterval.parse('5') // ok
 * ```
 */
export const CandleInterval = z.enum(['1', '3', '5', '10', '15', '30', '60', '120', '240', 'DAY'], {
  error: 'must be one of 1, 3, 5, 10, 15, 30, 60, 120, 240 (minutes) or DAY',
})
/**
 * An F&O instrument kind: `FUTSTK`, `FUTIDX`, `OPTSTK`, `OPTIDX`.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * InstrumentName.parse('OPTIDX') // ok
 * ```
 */
export const InstrumentName = z.enum(['FUTSTK', 'FUTIDX', 'OPTSTK', 'OPTIDX'], {
  error: 'must be one of FUTSTK, FUTIDX, OPTSTK, OPTIDX',
})
/**
 * An order's status as Firstock reports it in the order book.
 * A zod schema (throws a `ZodError` on `.parse` of anything else); the type of the same name is its value.
 * @example
 * ```ts
 * OrderStatus.parse('OPEN') // ok
 * ```
 */
export const OrderStatus = z.enum(['PENDING', 'OPEN', 'TRIGGER_PENDING', 'COMPLETE', 'REJECTED', 'CANCELED'])

/** An exchange segment: `NSE`, `BSE` (cash), `NFO`, `BFO` (F&O) or `MCX` (commodities). */
export type Exchange = z.infer<typeof Exchange>
/** A product: `C` delivery (CNC), `M` normal (margin, carried forward) or `I` intraday (MIS). */
export type Product = z.infer<typeof Product>
/** An order type: `LMT` limit, `MKT` market, `SL-LMT` stop-loss limit, `SL-MKT` stop-loss market. */
export type PriceType = z.infer<typeof PriceType>
/** `B` buy or `S` sell. */
export type TransactionType = z.infer<typeof TransactionType>
/** How long an order stays: `DAY`, `EOS` (end of session) or `IOC` (immediate or cancel). */
export type Retention = z.infer<typeof Retention>
/** A position's type for product conversion: `DAY` (opened today) or `CF` (carried forward). */
export type PositionType = z.infer<typeof PositionType>
/** `CE` call or `PE` put. */
export type OptionType = z.infer<typeof OptionType>
/** A candle interval for `timePriceSeries`: minutes (`1` … `240`) or `DAY`. */
export type CandleInterval = z.infer<typeof CandleInterval>
/** An order's status as Firstock reports it in the order book. */
export type OrderStatus = z.infer<typeof OrderStatus>

// ---- request side: accept what a person passes, send what the wire wants (strings) ----

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value))

/** Plain decimal notation: `Number()` alone would also take "0x10", "1e3" or "Infinity" and send them on. */
const DECIMAL = /^-?\d+(\.\d+)?$/

/** A non-empty string, trimmed. */
export const Text = z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' })

function numeric(what: string, accept: (n: number) => boolean) {
  return z
    .union([z.number(), z.string()], { error: (issue) => `must be ${what} (got ${describe(issue.input)})` })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : DECIMAL.test(value.trim()) ? Number(value) : Number.NaN
      if (!Number.isFinite(n) || !accept(n)) {
        ctx.issues.push({ code: 'custom', input: value, message: `must be ${what} (got ${describe(value)})` })
        return z.NEVER
      }
      return typeof value === 'string' ? value.trim() : String(n)
    })
}

/** A quantity: a positive integer, as a number or a numeric string; sent as a string. */
export const Quantity = numeric('a positive integer', (n) => Number.isInteger(n) && n > 0)
/** A non-negative price (0 for market orders), as a number or numeric string; sent as a string. */
export const Price = numeric('a non-negative number', (n) => n >= 0)
/** A positive price or strike; sent as a string. */
export const PositivePrice = numeric('a positive number', (n) => n > 0)
/** A signed integer (net quantity). */
export const SignedInteger = numeric('an integer', (n) => Number.isInteger(n))
/** A positive integer count, e.g. strikes per side. */
export const Count = Quantity
/** An instrument token: digits, as a number or string; sent as a string. */
export const Token = z
  .union([z.string(), z.number()], { error: 'must be an instrument token such as "26000"' })
  .transform(String)
  .pipe(z.string().regex(/^\d+$/, { error: 'must be an instrument token of digits such as "26000"' }))

// ---- response side: loose objects, numeric strings exposed as numbers ----

/**
 * A number the wire sends as a string. Empty strings become `undefined`.
 * Used only for prices, quantities and amounts; identifiers (order numbers, tokens) stay strings.
 */
export const WireNumber = z.union([z.string(), z.number()]).transform((value, ctx) => {
  if (typeof value === 'number') return value
  if (value.trim() === '') return undefined
  const n = Number(value)
  if (Number.isNaN(n)) {
    ctx.issues.push({ code: 'custom', input: value, message: `expected a numeric string (got "${value}")` })
    return z.NEVER
  }
  return n
})

/** An optional wire number: missing or empty → undefined. */
export const num = WireNumber.optional()
/** An optional wire string. */
export const str = z.string().optional()
