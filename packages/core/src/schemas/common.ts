import type { ApiVersion } from '../client.js'
import { DECIMAL, parseDecimal, parsePrice, toDecimalString } from '../numbers.js'
import { describeValue } from '../errors.js'

/** The zod module. Schemas are built from it on the first API call, so importing the SDK does not load zod. */
export type Z = typeof import('zod')

// Enums as documented in docs/connect-protocol.md §3. The wire carries them as these exact strings.
// V3 documents NSE, BSE, NFO and BFO only: MCX and CDS appear only in copied Noren text and V3 publishes no symbol
// master for them (§2.6), so an order there would be refused by Firstock, not by us. This one list is used by every
// request schema, the instrument parser, the stream's scrip parser and the CLI.
/** Every exchange segment V3 accepts: `NSE`, `BSE` (cash), `NFO`, `BFO` (F&O). */
export const EXCHANGES = ['NSE', 'BSE', 'NFO', 'BFO'] as const
/** The exchange list of each API generation (V3 is the only one this SDK speaks). */
export const EXCHANGES_BY_VERSION: Readonly<Record<ApiVersion, readonly Exchange[]>> = { v3: EXCHANGES, v1: EXCHANGES }
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

/** An exchange segment V3 accepts: `NSE`, `BSE` (cash), `NFO` or `BFO` (F&O). */
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

const describe = describeValue
/** Longest trading symbol accepted. Firstock documents no limit; the longest Indian symbols (BFO options) are about 25 characters. */
export const MAX_SYMBOL_LENGTH = 40


/**
 * The field schemas every API version shares, built once from zod (see {@link schemasOf}).
 * Requests accept what a person passes and send what the wire wants (strings); responses expose numeric strings
 * as numbers.
 */
export function commonSchemas(z: Z) {
  /**
   * A number from the caller, sent as plain decimal text. Numbers must be finite and within 2⁵³ (beyond that they
   * would not go out as written); strings must be plain decimal without leading zeros ("010" is refused rather than
   * guessed at). Numbers go out through `toDecimalString` (`0.1 + 0.2` → `"0.3"`), strings as written (trimmed).
   */
  function numeric(what: string, accept: (n: number) => boolean) {
    return z
      .union([z.number(), z.string()], { error: (issue) => `must be ${what} (got ${describe(issue.input)})` })
      .transform((value, ctx) => {
        const text = typeof value === 'string' ? value.trim() : undefined
        const n: number = typeof value === 'number' ? value : DECIMAL.test(value.trim()) ? Number(text) : Number.NaN
        const fail = (message: string) => {
          ctx.issues.push({ code: 'custom', input: value, message: `${message} (got ${describe(value)})` })
          return z.NEVER
        }
        if (text !== undefined && /^-?0\d/.test(text)) return fail(`must be ${what} written without leading zeros`)
        if (!Number.isFinite(n) || !accept(n)) return fail(`must be ${what}`)
        if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return fail(`must be ${what} of at most ${Number.MAX_SAFE_INTEGER}`)
        return text ?? toDecimalString(n)
      })
  }

  /**
   * A number the wire sends as a string, read strictly ({@link parseDecimal}: no "0x10", "1e3" or " "). Empty
   * strings become `undefined`. Used only for prices, quantities and amounts; identifiers stay strings.
   */
  const wireNumber = (read: (value: number) => number | undefined) =>
    z.union([z.string(), z.number()]).transform((value, ctx) => {
      if (typeof value === 'string' && value.trim() === '') return undefined
      const n = parseDecimal(value)
      if (n === undefined) {
        ctx.issues.push({ code: 'custom', input: value, message: `expected a numeric string (got ${describe(value)})` })
        return z.NEVER
      }
      return read(n)
    })
  const WireNumber = wireNumber((n) => n)
  /** A price: as {@link WireNumber}, and Noren's no-price marker (42949672.95) is `undefined`, never a price. */
  const WirePrice = wireNumber(parsePrice)

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
      .union([z.string(), z.number().refine(Number.isSafeInteger, { error: 'must be an instrument token such as "26000"' })], {
        error: 'must be an instrument token such as "26000"',
      })
      .transform(String)
      .pipe(z.string().regex(/^\d+$/, { error: 'must be an instrument token of digits such as "26000"' })),
    WireNumber,
    /** An optional wire number: missing or empty → undefined. */
    num: WireNumber.optional(),
    /** An optional wire price: missing, empty or the no-price marker → undefined. */
    price: WirePrice.optional(),
    /** A wire price that must be present (its value may still be the no-price marker → undefined). */
    requiredPrice: WirePrice,
    /** A wire number that must be present. */
    requiredNum: WireNumber.pipe(z.number({ error: 'must be a number' })),
    /** A string that must be present. */
    requiredStr: z.string(),
    /** A trading symbol: non-empty, at most {@link MAX_SYMBOL_LENGTH} characters. */
    TradingSymbol: z
      .string({ error: 'must be a string' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(MAX_SYMBOL_LENGTH, { error: `must be at most ${MAX_SYMBOL_LENGTH} characters` }),
    /** An optional wire string. */
    str: z.string().optional(),
    /** Requests reject unknown fields: a typo such as `quantiy` must not be dropped silently before an order. */
    request: z.strictObject,
    /** Responses keep unknown fields: an extra field from the server must never break a trade. */
    response: z.looseObject,
  }
}
