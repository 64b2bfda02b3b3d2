import { expectTypeOf, test } from 'vitest'
import { createFirstock } from '../src/index.js'

const firstock = createFirstock({ version: 'v3', userId: 'AB1234', baseUrl: 'http://127.0.0.1:1/api/V3/' })

test('types: one typed method per endpoint', () => {
  expectTypeOf(firstock.placeOrder).returns.resolves.toHaveProperty('orderNumber').toEqualTypeOf<string>()
  expectTypeOf(firstock.getQuoteLtp).returns.resolves.toHaveProperty('lastTradedPrice').toEqualTypeOf<number | undefined>()
  expectTypeOf(firstock.orderBook).parameters.toEqualTypeOf<[input?: { exchange?: 'NSE' | 'BSE' | 'NFO' | 'BFO' | undefined }, options?: import('../src/index.js').CallOptions]>()
})

test('types: unknown methods, wrong enums and missing fields do not compile', () => {
  // @ts-expect-error no such endpoint
  firstock.placeOrders
  // @ts-expect-error version is required
  createFirstock({ userId: 'AB1234' })
  void firstock.placeOrder({
    exchange: 'NSE',
    tradingSymbol: 'ITC-EQ',
    quantity: 1,
    price: 0,
    product: 'I',
    // @ts-expect-error 'BUY' is not a transaction type
    transactionType: 'BUY',
    priceType: 'MKT',
  })
  // @ts-expect-error priceType is missing
  void firstock.placeOrder({ exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B' })
})
