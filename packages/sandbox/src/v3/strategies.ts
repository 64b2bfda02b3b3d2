import { toNumber } from '../util.js'
import type { AddRoute, V3Model } from './context.js'
import { placeLegs } from './parse.js'
import { type Body, invalid, missing, text } from './wire.js'

/** The option strategies: each places its legs as MKT orders, one by one, like multiPlaceOrders. */
export function addStrategies(add: AddRoute, model: V3Model): void {
  type Leg = { type: 'C' | 'P'; strike: string; side: 'B' | 'S' }
  const strategies: Array<[name: string, fields: string[], legs: (b: Body) => Leg[], hedged: boolean]> = [
    ['bullCallSpread', ['callBuyStrikePrice', 'callSellStrikePrice'], (b) => [
      { type: 'C', strike: text(b.callBuyStrikePrice), side: 'B' },
      { type: 'C', strike: text(b.callSellStrikePrice), side: 'S' },
    ], false],
    ['bearPutSpread', ['putBuyStrikePrice', 'putSellStrikePrice'], (b) => [
      { type: 'P', strike: text(b.putBuyStrikePrice), side: 'B' },
      { type: 'P', strike: text(b.putSellStrikePrice), side: 'S' },
    ], false],
    ['longStraddle', ['strikePrice'], (b) => [
      { type: 'C', strike: text(b.strikePrice), side: 'B' },
      { type: 'P', strike: text(b.strikePrice), side: 'B' },
    ], false],
    ['longStrangle', ['callStrikePrice', 'putStrikePrice'], (b) => [
      { type: 'C', strike: text(b.callStrikePrice), side: 'B' },
      { type: 'P', strike: text(b.putStrikePrice), side: 'B' },
    ], false],
    ['shortStraddle', ['strikePrice', 'hedge', 'hedgeValue'], (b) => [
      { type: 'C', strike: text(b.strikePrice), side: 'S' },
      { type: 'P', strike: text(b.strikePrice), side: 'S' },
    ], true],
    ['shortStrangle', ['callStrikePrice', 'putStrikePrice', 'hedge', 'hedgeValue'], (b) => [
      { type: 'C', strike: text(b.callStrikePrice), side: 'S' },
      { type: 'P', strike: text(b.putStrikePrice), side: 'S' },
    ], true],
  ]
  for (const [name, fields, legsOf, hedgeable] of strategies) {
    add(`strategies/${name}`, {
      name,
      required: ['symbol', 'expiry', 'product', 'quantity', ...fields],
      auth: 'session',
      bucket: 'order',
      handle: ({ body, userId, rt, rejectLeg }) => {
        if (hedgeable && body.hedge === undefined) throw missing('hedge')
        const legs = legsOf(body)
        const hedge = body.hedge === true || text(body.hedge).toLowerCase() === 'true'
        if (hedgeable && hedge) {
          const distance = toNumber(body.hedgeValue)
          if (!Number.isFinite(distance) || distance <= 0) throw invalid('hedgeValue')
          const [call, put] = legs as [Leg, Leg]
          // Wings are bought first so the short legs are placed against a hedged book.
          legs.unshift(
            { type: 'C', strike: String(toNumber(call.strike) + distance), side: 'B' },
            { type: 'P', strike: String(toNumber(put.strike) - distance), side: 'B' },
          )
        }
        const symbol = text(body.symbol).toUpperCase()
        const expiry = text(body.expiry).toUpperCase()
        const exchange = model.market.optionExchange(symbol)
        const orders = legs.map((leg) => ({
          exchange,
          tradingSymbol: `${symbol}${expiry}${leg.type}${formatStrike(leg.strike)}`,
          quantity: body.quantity,
          price: '0',
          triggerPrice: '0',
          product: body.product,
          transactionType: leg.side,
          priceType: 'MKT',
          retention: 'DAY',
          remarks: typeof body.remarks === 'string' ? body.remarks : name,
        }))
        const results = placeLegs(model, userId, orders, rt, rejectLeg)
        return { status: 200, body: results }
      },
    })
  }
}

function formatStrike(strike: string): string {
  const n = toNumber(strike)
  return Number.isFinite(n) ? String(n) : strike
}
