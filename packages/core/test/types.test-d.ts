import { describe, expectTypeOf, test } from 'vitest'
import { call } from '../src/call.js'
import type { Client } from '../src/client.js'
import type { EndpointInput, EndpointOutput } from '../src/define-endpoint.js'
import { getQuote, getQuoteLtp, orderBook, placeOrder, shortStraddle } from '../src/endpoints/v3/index.js'
import type { Exchange } from '../src/schemas/common.js'

declare const client: Client

describe('types: call(client, endpoint, input)', () => {
  test('types: placeOrder accepts numbers or strings for quantity/price', () => {
    void call(client, placeOrder, { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' })
    void call(client, placeOrder, { exchange: 'NFO', tradingSymbol: 'X', quantity: '50', price: '0', product: 'M', transactionType: 'S', priceType: 'MKT', retention: 'IOC', remarks: 'tag' })
  })

  test('types: a wrong enum value is a compile error', () => {
    // @ts-expect-error 'NSX' is not an exchange
    void call(client, placeOrder, { exchange: 'NSX', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'B', priceType: 'LMT' })
    // @ts-expect-error CDS is not an exchange the SDK trades on
    void call(client, getQuote, { exchange: 'CDS', token: '1' })
    // @ts-expect-error 'BUY' is not a transaction type
    void call(client, placeOrder, { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'BUY', priceType: 'LMT' })
    // @ts-expect-error 'LIMIT' is not a price type
    void call(client, placeOrder, { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'B', priceType: 'LIMIT' })
  })

  test('types: a missing required field is a compile error', () => {
    // @ts-expect-error priceType is required
    void call(client, placeOrder, { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'B' })
    // @ts-expect-error token is required
    void call(client, getQuoteLtp, { exchange: 'NSE' })
  })

  test('types: strategy hedge flags are typed as boolean and number', () => {
    // @ts-expect-error hedge is a boolean, not a string
    void call(client, shortStraddle, { symbol: 'NIFTY', expiry: '23FEB23', product: 'I', quantity: 50, strikePrice: 17900, hedge: 'true', hedgeValue: 300 })
  })

  test('types: placeOrder resolves to { orderNumber: string }', () => {
    const placed = call(client, placeOrder, { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'B', priceType: 'LMT' })
    expectTypeOf(placed).resolves.toExtend<{ orderNumber: string }>()
    expectTypeOf(placed).resolves.toHaveProperty('orderNumber').toEqualTypeOf<string>()
    expectTypeOf<EndpointOutput<typeof placeOrder>['orderNumber']>().toEqualTypeOf<string>()
  })

  test('types: getQuote lastTradedPrice is number | undefined, token is a required string', () => {
    type Quote = EndpointOutput<typeof getQuote>
    expectTypeOf<Quote['lastTradedPrice']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Quote['token']>().toEqualTypeOf<string>()
    expectTypeOf(call(client, getQuote, { exchange: 'NSE', token: 26000 })).resolves.toHaveProperty('lastTradedPrice').toEqualTypeOf<number | undefined>()
  })

  test('types: array endpoints resolve to arrays of typed rows', () => {
    type Row = EndpointOutput<typeof orderBook>[number]
    expectTypeOf<Row['orderNumber']>().toEqualTypeOf<string>()
    expectTypeOf<Row['price']>().toEqualTypeOf<number | undefined>()
  })

  test('types: inputs are what a person passes', () => {
    expectTypeOf<EndpointInput<typeof placeOrder>['quantity']>().toEqualTypeOf<string | number>()
    expectTypeOf<EndpointInput<typeof placeOrder>['exchange']>().toEqualTypeOf<Exchange>()
    expectTypeOf<Exchange>().toEqualTypeOf<'NSE' | 'BSE' | 'NFO' | 'BFO'>()
  })
})
