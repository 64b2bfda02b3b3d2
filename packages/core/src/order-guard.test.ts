import { describe, expect, test } from 'vitest'
import { fakeClient, fakeTransport, success } from '../test/fake.js'
import { call } from './call.js'
import type { Endpoint } from './define-endpoint.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ValidationError } from './errors.js'
import type { OrderLimits } from './order-guard.js'

const { placeOrder, modifyOrder, multiPlaceOrders, longStraddle, orderMargin } = v3Endpoints
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 100, price: 400, product: 'I', transactionType: 'B', priceType: 'LMT' } as const
const modify = { orderNumber: '23041100004353', exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 100, price: 400, priceType: 'LMT' } as const
const straddle = { symbol: 'NIFTY', expiry: '23FEB23', product: 'M', quantity: 5000, strikePrice: 17900 } as const

async function guarded(limits: OrderLimits, endpoint: Endpoint, input: unknown) {
  const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
  const result = await call(fakeClient(transport, { orderLimits: limits }), endpoint, input as never).then(
    () => undefined,
    (e: unknown) => e,
  )
  return { error: result as ValidationError | undefined, sent: transport.count }
}

describe('fat-finger guard', () => {
  test('behavior: off by default, a large order goes out', async () => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
    await call(fakeClient(transport), placeOrder, { ...order, quantity: 10_000_000 })
    expect(transport.count).toBe(1)
  })

  test.each([
    ['placeOrder', placeOrder, { ...order, quantity: 1001 }, 'quantity'],
    ['modifyOrder', modifyOrder, { ...modify, quantity: 1001 }, 'quantity'],
    ['multiPlaceOrders', multiPlaceOrders, { data: [order, { ...order, quantity: 1001 }] }, 'data[1].quantity'],
    ['a strategy', longStraddle, straddle, 'quantity'],
  ] as const)('error: %s above maxOrderQuantity is refused before sending, naming the limit', async (_, endpoint, input, field) => {
    const { error, sent } = await guarded({ maxOrderQuantity: 1000 }, endpoint as Endpoint, input)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error).toMatchObject({ code: 'ORDER_LIMIT', field })
    expect(error!.message).toContain('maxOrderQuantity 1000')
    expect(sent).toBe(0)
  })

  test('error: maxOrderValue uses price, or triggerPrice for a stop-market order', async () => {
    const limit = { maxOrderValue: 50_000 }
    const { error, sent } = await guarded(limit, placeOrder, { ...order, quantity: 200 })
    expect(error).toMatchObject({ code: 'ORDER_LIMIT', field: 'price' })
    expect(error!.message).toContain('maxOrderValue 50000')
    expect(sent).toBe(0)
    const stop = await guarded(limit, placeOrder, { ...order, quantity: 200, price: 0, priceType: 'SL-MKT', triggerPrice: 400 })
    expect(stop.error).toMatchObject({ field: 'triggerPrice' })
    expect((await guarded(limit, placeOrder, { ...order, quantity: 100 })).sent).toBe(1)
  })

  test('behavior: reads such as orderMargin are not guarded', async () => {
    const transport = fakeTransport(success({ marginused: '1' }))
    await call(fakeClient(transport, { orderLimits: { maxOrderQuantity: 1 } }), orderMargin, { ...order, quantity: 5 })
    expect(transport.count).toBe(1)
  })
})

describe('tick size and precision, when the instrument is known', () => {
  const instrumentOf = (exchange: string, tradingSymbol: string) =>
    exchange === 'NSE' && tradingSymbol === 'ITC-EQ' ? { tickSize: 0.05 } : undefined

  test('behavior: prices go out at the instrument precision', async () => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
    const client = fakeClient(transport, { instrumentOf })
    await call(client, placeOrder, { ...order, price: 395.5 })
    await call(client, placeOrder, { ...order, price: 0.1 + 0.2, quantity: 1 })
    await call(client, placeOrder, { ...order, price: 0, priceType: 'SL-MKT', triggerPrice: '390.1' })
    expect(transport.requests.map((r) => [r.json.price, r.json.triggerPrice])).toEqual([
      ['395.50', '0.00'],
      ['0.30', '0.00'],
      ['0.00', '390.10'],
    ])
  })

  test.each([395.52, '395.549', 0.01])('error: price %s off the 0.05 tick names price, nothing sent', async (price) => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
    const err = await call(fakeClient(transport, { instrumentOf }), placeOrder, { ...order, price }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect(err).toMatchObject({ field: 'price' })
    expect((err as Error).message).toContain('tick size 0.05 of NSE:ITC-EQ')
    expect(transport.count).toBe(0)
  })

  test('behavior: an unknown instrument is sent as written', async () => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
    await call(fakeClient(transport, { instrumentOf }), placeOrder, { ...order, tradingSymbol: 'SBIN-EQ', price: 395.52 })
    expect(transport.requests[0]!.json.price).toBe('395.52')
  })
})
