import { expect, test } from 'vitest'
import { fakeClient, fakeTransport, success } from '../test/fake.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { describeValue, FirstockError, ValidationError } from './errors.js'

const { placeOrder, getQuote, timePriceSeries, multiPlaceOrders } = v3Endpoints
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' }
const circular = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { a: 1 }
  value.self = value
  return value
}

const cases: [string, Parameters<typeof call>[1], Record<string, unknown>][] = [
  ['BigInt quantity', placeOrder, { ...order, quantity: 10n }],
  ['BigInt symbol', placeOrder, { ...order, tradingSymbol: 10n }],
  ['circular symbol', placeOrder, { ...order, tradingSymbol: circular() }],
  ['circular token', getQuote, { exchange: 'NSE', token: circular() }],
  ['BigInt token', getQuote, { exchange: 'NSE', token: 2n ** 70n }],
  ['symbol value', getQuote, { exchange: 'NSE', token: Symbol('x') }],
  ['circular startTime', timePriceSeries, { exchange: 'NSE', token: '1', interval: '1', startTime: circular(), endTime: '01/01/2024 10:00:00' }],
  ['BigInt leg', multiPlaceOrders, { data: [{ ...order, quantity: 5n }] }],
  ['circular leg', multiPlaceOrders, { data: [circular()] }],
]

test.each(cases)('error: %s → ValidationError naming the field, nothing sent', async (_name, endpoint, input) => {
  const transport = fakeTransport(success({}))
  const error = await call(fakeClient(transport), endpoint, input as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  expect((error as ValidationError).code).toBe('INVALID_INPUT')
  expect(typeof (error as ValidationError).field).toBe('string')
  expect(transport.count).toBe(0)
})

test('error: a BigInt or circular options object → FirstockError, not a raw TypeError', async () => {
  const transport = fakeTransport(success({}))
  const error = await call(fakeClient(transport), getQuote, circular() as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(FirstockError)
})

test('describeValue: any value, never throws', () => {
  expect(describeValue(10n)).toBe('10n')
  expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`)
  expect(describeValue(circular())).toBe('{"a":1,"self":"[circular]"}')
  expect(describeValue({ n: 1n })).toBe('{"n":"1n"}')
  expect(describeValue(Symbol('s'))).toBe('Symbol(s)')
  expect(describeValue(undefined)).toBe('undefined')
  expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date')
  const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no') } })
  expect(typeof describeValue(hostile)).toBe('string')
  expect(describeValue(() => 1)).toBe('a function')
})
