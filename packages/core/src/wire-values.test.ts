import { describe, expect, test } from 'vitest'
import { fakeClient, fakeTransport, success } from '../test/fake.js'
import { call, validateRequest } from './call.js'
import type { Endpoint } from './define-endpoint.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ValidationError } from './errors.js'
import { parseSymbolMaster } from './instruments/parse.js'
import { EXCHANGES, EXCHANGES_BY_VERSION } from './schemas/common.js'
import { parseScrip } from './stream/commands.js'

const { placeOrder, modifyOrder, multiPlaceOrders, getQuote, getQuoteLtp, timePriceSeries, orderBook } = v3Endpoints

const order = {
  exchange: 'NSE',
  tradingSymbol: 'ITC-EQ',
  quantity: 1,
  price: 395.5,
  product: 'I',
  transactionType: 'B',
  priceType: 'LMT',
} as const
const modify = { orderNumber: '23041100004353', exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, priceType: 'LMT' } as const

async function rejected(endpoint: Endpoint, input: unknown): Promise<ValidationError> {
  const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
  const error = await call(fakeClient(transport), endpoint, input as never).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  expect(transport.count).toBe(0)
  return error as ValidationError
}

describe('numbers on the wire', () => {
  test.each([1e21, 2 ** 53 + 1, Number.MAX_VALUE])('error: quantity %s is beyond an exact integer', async (quantity) => {
    const err = await rejected(placeOrder, { ...order, quantity })
    expect(err.field).toBe('quantity')
  })

  test.each([Number.NaN, Number.POSITIVE_INFINITY, 1e300])('error: price %s is refused, naming price', async (price) => {
    expect((await rejected(placeOrder, { ...order, price })).field).toBe('price')
  })

  test('error: a quantity string beyond 2^53 is refused (it would not be sent as written)', async () => {
    expect((await rejected(placeOrder, { ...order, quantity: '9007199254740993' })).field).toBe('quantity')
  })

  test.each([2 ** 53 + 1, 1e21, 1.5])('error: token %s as a number is not an exact token', async (token) => {
    expect((await rejected(getQuote, { exchange: 'NSE', token })).field).toBe('token')
    expect((await rejected(timePriceSeries, { exchange: 'NSE', token, startTime: '20/02/2023 09:15:00', endTime: '20/02/2023 09:20:00', interval: 1 })).field).toBe('token')
    expect(() => parseScrip({ exchange: 'NSE', token })).toThrow(ValidationError)
  })

  test('behavior: prices go out in plain decimal, never with a float tail', async () => {
    const wire = await validateRequest(placeOrder, { ...order, price: 0.1 + 0.2 })
    expect(wire.price).toBe('0.3')
  })

  test.each(['010', '00.5', '-01'])('error: leading zeros (%s) are refused, naming the field', async (quantity) => {
    expect((await rejected(placeOrder, { ...order, quantity })).field).toBe('quantity')
  })
})

describe('values on the wire', () => {
  test.each(['MKT', 'SL-MKT'] as const)('error: %s with a non-zero price names price, nothing sent', async (priceType) => {
    const err = await rejected(placeOrder, { ...order, priceType, price: 395.5, triggerPrice: 390 })
    expect(err.field).toBe('price')
    expect(err.message).toContain(priceType)
    expect((await rejected(modifyOrder, { ...modify, priceType, price: 1, triggerPrice: 390 })).field).toBe('price')
    expect((await rejected(multiPlaceOrders, { data: [{ ...order, priceType, price: 2, triggerPrice: 390 }] })).field).toBe('data[0].price')
  })

  test.each(['LMT', 'MKT'] as const)('error: triggerPrice on a %s order names triggerPrice', async (priceType) => {
    const price = priceType === 'MKT' ? 0 : 395.5
    const err = await rejected(placeOrder, { ...order, priceType, price, triggerPrice: 390 })
    expect(err.field).toBe('triggerPrice')
    expect((await rejected(modifyOrder, { ...modify, priceType, price, triggerPrice: 1 })).field).toBe('triggerPrice')
  })

  test('behavior: market orders with price 0 and no trigger still pass', async () => {
    expect(await validateRequest(placeOrder, { ...order, priceType: 'MKT', price: 0 })).toMatchObject({ price: '0', triggerPrice: '0' })
    expect(await validateRequest(placeOrder, { ...order, priceType: 'SL-MKT', price: 0, triggerPrice: 390 })).toMatchObject({ triggerPrice: '390' })
  })

  test('behavior: the no-price marker in a REST quote is undefined, never a price', async () => {
    const marker = '42949672.95'
    const transport = fakeTransport(
      success({ exchange: 'NSE', token: '26000', lastTradedPrice: '17438.65', upperCircuit: marker, bestBuyPrice1: marker, dayHighPrice: '17500.00' }),
      success({ exchange: 'NSE', token: '26000', lastTradedPrice: marker }),
    )
    const client = fakeClient(transport)
    const quote = await call(client, getQuote, { exchange: 'NSE', token: '26000' })
    expect(quote.upperCircuit).toBeUndefined()
    expect(quote.bestBuyPrice1).toBeUndefined()
    expect(quote.dayHighPrice).toBe(17500)
    expect((await call(client, getQuoteLtp, { exchange: 'NSE', token: '26000' })).lastTradedPrice).toBeUndefined()
  })
})

describe('loose inputs', () => {
  const candles = { exchange: 'NSE', token: '22', startTime: '20/02/2023 09:15:00', endTime: '20/02/2023 09:20:00', interval: 1 }
  test.each(['99/99/9999 99:99:99', '31/02/2023 09:15:00', '20/02/2023 24:00:00', '20/13/2023 09:15:00', '29/02/2023 09:15:00'])(
    'error: timePriceSeries startTime %s is not a real time',
    async (startTime) => {
      const err = await rejected(timePriceSeries, { ...candles, startTime })
      expect(err.field).toBe('startTime')
    },
  )

  test('behavior: real dates pass, a leap day too', async () => {
    expect(await validateRequest(timePriceSeries, { ...candles, startTime: '29/02/2024 23:59:59' })).toMatchObject({ startTime: '29/02/2024 23:59:59' })
  })

  test('error: a 100,000-character tradingSymbol is refused before sending', async () => {
    const err = await rejected(placeOrder, { ...order, tradingSymbol: 'X'.repeat(100_000) })
    expect(err.field).toBe('tradingSymbol')
    expect(err.message.length).toBeLessThan(300)
  })
})

describe('one exchange list per API version', () => {
  test('behavior: V3 accepts NSE, BSE, NFO and BFO only (docs/connect-protocol.md §3)', () => {
    expect(EXCHANGES).toEqual(['NSE', 'BSE', 'NFO', 'BFO'])
    expect(EXCHANGES_BY_VERSION.v3).toBe(EXCHANGES)
  })

  test.each(['MCX', 'CDS'])('error: %s is refused by the schemas, the scrip parser and the instrument parser', async (exchange) => {
    expect((await rejected(placeOrder, { ...order, exchange })).field).toBe('exchange')
    expect((await rejected(orderBook, { exchange })).field).toBe('exchange')
    expect(() => parseScrip(`${exchange}|1`)).toThrow(ValidationError)
    const csv = `Exchange,Token,LotSize,TradingSymbol,CompanyName,ISIN,TickSize,FreezeQty\n${exchange},1,1,GOLD,GOLD,,1,0\n`
    const result = await parseSymbolMaster(csv)
    expect(result.instruments).toHaveLength(0)
    expect(result.skipped).toBe(1)
  })
})
