import { z } from 'zod'
import { defineEndpoint } from '../../define-endpoint.js'
import { PositivePrice, Product, Quantity, Text } from '../../schemas/common.js'
import { LegResults, request } from './shared.js'

/** Fields every V3 strategy takes; legs are built on NFO at market by the server. */
const StrategyBase = {
  symbol: Text,
  expiry: z
    .string()
    .regex(/^\d{2}[A-Za-z]{3}\d{2}$/, { error: 'must be an expiry as DDMMMYY, e.g. 23FEB23' })
    .transform((value) => value.toUpperCase()),
  product: Product,
  quantity: Quantity,
  remarks: z.string().max(64).optional(),
}

const Hedge = {
  hedge: z.boolean({ error: 'must be true or false' }),
  hedgeValue: z.number({ error: 'must be a number of points' }).int().positive(),
}

function strategy<const Name extends string, Shape extends z.ZodRawShape>(name: Name, shape: Shape) {
  return defineEndpoint({
    name,
    path: `strategies/${name}`,
    auth: 'session',
    retry: 'never',
    limit: 'order',
    envelope: 'list',
    tagField: 'remarks',
    request: request({ ...StrategyBase, ...shape }),
    response: LegResults,
  })
}

export const bullCallSpread = strategy('bullCallSpread', {
  callBuyStrikePrice: PositivePrice,
  callSellStrikePrice: PositivePrice,
})
export const bearPutSpread = strategy('bearPutSpread', {
  putBuyStrikePrice: PositivePrice,
  putSellStrikePrice: PositivePrice,
})
export const longStraddle = strategy('longStraddle', { strikePrice: PositivePrice })
export const longStrangle = strategy('longStrangle', { callStrikePrice: PositivePrice, putStrikePrice: PositivePrice })
export const shortStraddle = strategy('shortStraddle', { strikePrice: PositivePrice, ...Hedge })
export const shortStrangle = strategy('shortStrangle', {
  callStrikePrice: PositivePrice,
  putStrikePrice: PositivePrice,
  ...Hedge,
})
