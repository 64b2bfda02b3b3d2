import { DECIMAL } from '../numbers.js'

/** The zod module. Schemas are built from it on the first API call, so importing the SDK does not load zod. */
export type Z = typeof import('zod')

// Enums as documented in docs/protocol-v3.md §3. The wire carries them as these exact strings.
// MCX is not in the V3 docs' enum but is where commodities trade; the sandbox lists a few MCX contracts.
/** Every exchange segment: `NSE`, `BSE` (cash), `NFO`, `BFO` (F&O) and `MCX` (commodities). */
export const EXCHANGES = ['NSE', 'BSE', 'NFO', 'BFO', 'MCX'] as const
/** Every product: `C` delivery (CNC), `M` normal (margin, carried forward), `I` intraday (MIS). */
export const PRODUCTS = ['C', 'M', 'I'] as const
/** Every order type: `LMT` limit, `MKT` market, `SL-LMT` stop-loss limit, `SL-MKT` stop-loss market. */
export const PRICE_TYPES = ['LMT', 'MKT', 'SL-LMT', 'SL-MKT'] as const
/** `B` buy, `S` sell. */
export const TRANSACTION_TYPES = ['B', 'S'] as const
/** How long an order stays: `DAY`, `EOS` (end of session), `IOC` (immediate or cancel). */
export const RETENTIONS = ['DAY', 'EOS', 'IOC'] as const
/** A position's type for product conversion: `DAY` (opened today) or `CF` (carried forward). */
export const POSITION_TYPES = ['DAY', 'CF'] as const
/** `CE` call, `PE` put. */
export const OPTION_TYPES = ['CE', 'PE'] as const
/** Candle intervals for `timePriceSeries`: minutes (`1` … `240`) or `DAY`. */
export const CANDLE_INTERVALS = ['1', '3', '5', '10', '15', '30', '60', '120', '240', 'DAY'] as const
/** Instrument kinds for `spanCalculators`. */
export const INSTRUMENT_NAMES = ['FUTSTK', 'FUTIDX', 'OPTSTK', 'OPTIDX'] as const
/** Order states as Firstock reports them in the order book. */
export const ORDER_STATUSES = ['PENDING', 'OPEN', 'TRIGGER_PENDING', 'COMPLETE', 'REJECTED', 'CANCELED'] as const

/** An exchange segment: `NSE`, `BSE` (cash), `NFO`, `BFO` (F&O) or `MCX` (commodities). */
export type Exchange = (typeof EXCHANGES)[number]
/** A product: `C` delivery (CNC), `M` normal (margin, carried forward) or `I` intraday (MIS). */
export type Product = (typeof PRODUCTS)[number]
/** An order type: `LMT` limit, `MKT` market, `SL-LMT` stop-loss limit, `SL-MKT` stop-loss market. */
export type PriceType = (typeof PRICE_TYPES)[number]
/** `B` buy or `S` sell. */
export type TransactionType = (typeof TRANSACTION_TYPES)[number]
/** How long an order stays: `DAY`, `EOS` (end of session) or `IOC` (immediate or cancel). */
export type Retention = (typeof RETENTIONS)[number]
/** A position's type for product conversion: `DAY` (opened today) or `CF` (carried forward). */
export type PositionType = (typeof POSITION_TYPES)[number]
/** `CE` call or `PE` put. */
export type OptionType = (typeof OPTION_TYPES)[number]
/** A candle interval for `timePriceSeries`: minutes (`1` … `240`) or `DAY`. */
export type CandleInterval = (typeof CANDLE_INTERVALS)[number]
/** An order's status as Firstock reports it in the order book. */
export type OrderStatus = (typeof ORDER_STATUSES)[number]

const exchanges: ReadonlySet<string> = new Set(EXCHANGES)
/** Whether a string is one of {@link EXCHANGES}. */
export const isExchange = (value: unknown): value is Exchange => typeof value === 'string' && exchanges.has(value)

/** The error of an enum whose values explain themselves. */
const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.join(', ')}` })

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value))


/**
 * The field schemas every API version shares, built once from zod (see {@link schemasOf}).
 * Requests accept what a person passes and send what the wire wants (strings); responses expose numeric strings
 * as numbers.
 */
export function commonSchemas(z: Z) {
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

  /**
   * A number the wire sends as a string. Empty strings become `undefined`.
   * Used only for prices, quantities and amounts; identifiers (order numbers, tokens) stay strings.
   */
  const WireNumber = z.union([z.string(), z.number()]).transform((value, ctx) => {
    if (typeof value === 'number') return value
    if (value.trim() === '') return undefined
    const n = Number(value)
    if (Number.isNaN(n)) {
      ctx.issues.push({ code: 'custom', input: value, message: `expected a numeric string (got "${value}")` })
      return z.NEVER
    }
    return n
  })

  const Quantity = numeric('a positive integer', (n) => Number.isInteger(n) && n > 0)
  return {
    z,
    Exchange: z.enum(EXCHANGES, oneOf(EXCHANGES)),
    Product: z.enum(PRODUCTS, { error: 'must be C (delivery), M (normal) or I (intraday)' }),
    PriceType: z.enum(PRICE_TYPES, oneOf(PRICE_TYPES)),
    TransactionType: z.enum(TRANSACTION_TYPES, { error: 'must be B (buy) or S (sell)' }),
    Retention: z.enum(RETENTIONS, oneOf(RETENTIONS)),
    PositionType: z.enum(POSITION_TYPES, { error: 'must be DAY or CF' }),
    OptionType: z.enum(OPTION_TYPES, { error: 'must be CE or PE' }),
    CandleInterval: z.enum(CANDLE_INTERVALS, {
      error: 'must be one of 1, 3, 5, 10, 15, 30, 60, 120, 240 (minutes) or DAY',
    }),
    InstrumentName: z.enum(INSTRUMENT_NAMES, oneOf(INSTRUMENT_NAMES)),
    OrderStatus: z.enum(ORDER_STATUSES),
    /** A non-empty string, trimmed. */
    Text: z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' }),
    /** A quantity: a positive integer, as a number or a numeric string; sent as a string. */
    Quantity,
    /** A positive integer count, e.g. strikes per side. */
    Count: Quantity,
    /** A non-negative price (0 for market orders), as a number or numeric string; sent as a string. */
    Price: numeric('a non-negative number', (n) => n >= 0),
    /** A positive price or strike; sent as a string. */
    PositivePrice: numeric('a positive number', (n) => n > 0),
    /** A signed integer (net quantity). */
    SignedInteger: numeric('an integer', (n) => Number.isInteger(n)),
    /** An instrument token: digits, as a number or string; sent as a string. */
    Token: z
      .union([z.string(), z.number()], { error: 'must be an instrument token such as "26000"' })
      .transform(String)
      .pipe(z.string().regex(/^\d+$/, { error: 'must be an instrument token of digits such as "26000"' })),
    WireNumber,
    /** An optional wire number: missing or empty → undefined. */
    num: WireNumber.optional(),
    /** An optional wire string. */
    str: z.string().optional(),
    /** Requests reject unknown fields: a typo such as `quantiy` must not be dropped silently before an order. */
    request: z.strictObject,
    /** Responses keep unknown fields: an extra field from the server must never break a trade. */
    response: z.looseObject,
  }
}
