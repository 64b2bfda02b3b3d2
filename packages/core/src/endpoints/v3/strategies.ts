import type { z } from 'zod'
import { defineEndpoint, type Check, type Endpoint, type EndpointInput, type ExactRows } from '../../define-endpoint.js'
import type { LegResult, Schemas } from './shared.js'

/** Fields every V3 strategy takes; legs are built on NFO at market by the server. */
const strategyBase = ({ z, TradingSymbol, Product, Quantity }: Schemas) => ({
  symbol: TradingSymbol,
  expiry: z
    .string()
    .regex(/^\d{2}[A-Za-z]{3}\d{2}$/, { error: 'must be an expiry as DDMMMYY, e.g. 23FEB23' })
    .transform((value) => value.toUpperCase()),
  product: Product,
  quantity: Quantity,
  remarks: z.string().max(64).optional(),
})

/** Hedged strategies also take a hedge distance in points. */
const hedge = ({ z }: Schemas) => ({
  hedge: z.boolean({ error: 'must be true or false' }),
  hedgeValue: z.number({ error: 'must be a number of points' }).int().positive(),
})

function strategy<const Name extends string, Shape extends z.ZodRawShape>(name: Name, shape: (schemas: Schemas) => Shape) {
  return defineEndpoint({
    name,
    path: `strategies/${name}`,
    auth: 'session',
    retry: 'never',
    orderGuard: true,
    limit: 'order',
    envelope: 'list',
    tagField: 'remarks',
    legs: 'server',
    request: (schemas) => schemas.request({ ...strategyBase(schemas), ...shape(schemas) }),
    response: ({ LegResults }) => LegResults,
  })
}

const bullCallSpreadRow = strategy('bullCallSpread', ({ PositivePrice }) => ({
  callBuyStrikePrice: PositivePrice,
  callSellStrikePrice: PositivePrice,
}))
/**
 * `strategies/bullCallSpread`: buys a call and sells a higher call on NFO at market. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.bullCallSpread({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, callBuyStrikePrice: 24000, callSellStrikePrice: 24200 })
 * ```
 */
export const bullCallSpread: Endpoint<'bullCallSpread', BullCallSpreadInput, LegResult[]> = bullCallSpreadRow
/** What {@link bullCallSpread} takes. */
export interface BullCallSpreadInput extends EndpointInput<typeof bullCallSpreadRow> {}

const bearPutSpreadRow = strategy('bearPutSpread', ({ PositivePrice }) => ({
  putBuyStrikePrice: PositivePrice,
  putSellStrikePrice: PositivePrice,
}))
/**
 * `strategies/bearPutSpread`: buys a put and sells a lower put on NFO at market. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.bearPutSpread({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, putBuyStrikePrice: 24000, putSellStrikePrice: 23800 })
 * ```
 */
export const bearPutSpread: Endpoint<'bearPutSpread', BearPutSpreadInput, LegResult[]> = bearPutSpreadRow
/** What {@link bearPutSpread} takes. */
export interface BearPutSpreadInput extends EndpointInput<typeof bearPutSpreadRow> {}

const longStraddleRow = strategy('longStraddle', ({ PositivePrice }) => ({ strikePrice: PositivePrice }))
/**
 * `strategies/longStraddle`: buys a call and a put at one strike. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.longStraddle({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, strikePrice: 24000 })
 * ```
 */
export const longStraddle: Endpoint<'longStraddle', LongStraddleInput, LegResult[]> = longStraddleRow
/** What {@link longStraddle} takes. */
export interface LongStraddleInput extends EndpointInput<typeof longStraddleRow> {}

const longStrangleRow = strategy('longStrangle', ({ PositivePrice }) => ({
  callStrikePrice: PositivePrice,
  putStrikePrice: PositivePrice,
}))
/**
 * `strategies/longStrangle`: buys a call and a put at two strikes. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.longStrangle({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, callStrikePrice: 24200, putStrikePrice: 23800 })
 * ```
 */
export const longStrangle: Endpoint<'longStrangle', LongStrangleInput, LegResult[]> = longStrangleRow
/** What {@link longStrangle} takes. */
export interface LongStrangleInput extends EndpointInput<typeof longStrangleRow> {}

const shortStraddleRow = strategy('shortStraddle', (schemas) => ({ strikePrice: schemas.PositivePrice, ...hedge(schemas) }))
/**
 * `strategies/shortStraddle`: sells a call and a put at one strike, optionally hedged. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.shortStraddle({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, strikePrice: 24000, hedge: true, hedgeValue: 200 })
 * ```
 */
export const shortStraddle: Endpoint<'shortStraddle', ShortStraddleInput, LegResult[]> = shortStraddleRow
/** What {@link shortStraddle} takes. */
export interface ShortStraddleInput extends EndpointInput<typeof shortStraddleRow> {}

const shortStrangleRow = strategy('shortStrangle', (schemas) => ({
  callStrikePrice: schemas.PositivePrice,
  putStrikePrice: schemas.PositivePrice,
  ...hedge(schemas),
}))
/**
 * `strategies/shortStrangle`: sells a call and a put at two strikes. Never retried.
 * Inputs are checked before sending (`ValidationError`); failures reject as described in {@link call}.
 * @example
 * ```ts
 * await firstock.shortStrangle({ symbol: 'NIFTY', expiry: '28NOV24', product: 'M', quantity: 50, callStrikePrice: 24200, putStrikePrice: 23800, hedge: true, hedgeValue: 200 })
 * ```
 */
export const shortStrangle: Endpoint<'shortStrangle', ShortStrangleInput, LegResult[]> = shortStrangleRow
/** What {@link shortStrangle} takes. */
export interface ShortStrangleInput extends EndpointInput<typeof shortStrangleRow> {}

// Each row takes and gives exactly its named types, shared names included (see `ExactRows`).
type Exact = Check<ExactRows<[
  [typeof bullCallSpreadRow, typeof bullCallSpread],
  [typeof bearPutSpreadRow, typeof bearPutSpread],
  [typeof longStraddleRow, typeof longStraddle],
  [typeof longStrangleRow, typeof longStrangle],
  [typeof shortStraddleRow, typeof shortStraddle],
  [typeof shortStrangleRow, typeof shortStrangle],
]>>
