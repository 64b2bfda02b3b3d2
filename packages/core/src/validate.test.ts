import { describe, expect, test } from 'vitest'
import { fakeClient, fakeTransport, success } from '../test/fake.js'
import { call, validateRequest } from './call.js'
import type { Endpoint } from './define-endpoint.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ValidationError } from './errors.js'

const { placeOrder, modifyOrder, getQuote, timePriceSeries, spanCalculators, multiPlaceOrders, shortStraddle, login } = v3Endpoints

const order = {
  exchange: 'NSE',
  tradingSymbol: 'ITC-EQ',
  quantity: 1,
  price: 395.5,
  product: 'I',
  transactionType: 'B',
  priceType: 'LMT',
} as const

/** Calls through a fake transport and returns the ValidationError, asserting that nothing was sent. */
async function rejected(endpoint: Endpoint, input: unknown): Promise<ValidationError> {
  const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
  const error = await call(fakeClient(transport), endpoint, input as never).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  expect(transport.count).toBe(0)
  const err = error as ValidationError
  expect(err.direction).toBe('request')
  expect(err.code).toBe('INVALID_INPUT')
  expect(err.endpoint).toBe(endpoint.name)
  return err
}

describe('input validation', () => {
  test('error: negative quantity → ValidationError naming quantity, before any transport call', async () => {
    const err = await rejected(placeOrder, { ...order, quantity: -1 })
    expect(err.field).toBe('quantity')
    expect(err.message).toBe('placeOrder: quantity must be a positive integer (got -1)')
  })

  test.each([0, 1.5, '1.5', 'ten', '', ' ', '0x10', '1e3', 'Infinity', '+1', Number.NaN, Number.POSITIVE_INFINITY, null, true])(
    'error: quantity %s is not a positive integer',
    async (quantity) => {
      expect((await rejected(placeOrder, { ...order, quantity })).field).toBe('quantity')
    },
  )

  test('error: missing price for an LMT order names price', async () => {
    const { price: _price, ...withoutPrice } = order
    const err = await rejected(placeOrder, withoutPrice)
    expect(err.field).toBe('price')
    expect(err.message).toContain('price is required')
  })

  test('error: price 0 for an LMT order names price', async () => {
    const err = await rejected(placeOrder, { ...order, price: 0 })
    expect(err.field).toBe('price')
    expect(err.message).toContain('LMT')
  })

  test('error: a stop order without a trigger price names triggerPrice', async () => {
    expect((await rejected(placeOrder, { ...order, priceType: 'SL-LMT' })).field).toBe('triggerPrice')
    const modify = { orderNumber: '23041100004353', exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, priceType: 'SL-MKT' }
    expect((await rejected(modifyOrder, modify)).field).toBe('triggerPrice')
  })

  test('error: wrong enum value names the field and lists the values', async () => {
    const err = await rejected(placeOrder, { ...order, exchange: 'NSX' })
    expect(err.field).toBe('exchange')
    expect(err.message).toContain('NSE')
    expect(err.message).toContain('"NSX"')
    expect((await rejected(placeOrder, { ...order, transactionType: 'BUY' })).field).toBe('transactionType')
    expect((await rejected(placeOrder, { ...order, priceType: 'LIMIT' })).field).toBe('priceType')
  })

  test.each(['CDS', 'NYSE'])('error: %s is not an exchange the SDK trades on', async (exchange) => {
    expect((await rejected(getQuote, { exchange, token: '1' })).field).toBe('exchange')
  })

  test('error: an unknown key (typo) is rejected, not dropped', async () => {
    const err = await rejected(placeOrder, { ...order, remark: 'x' })
    expect(err.field).toBe('remark')
    expect(err.message).toContain('remark is not a known field')
    // A typo of a required field: the typo is named first, and the message says there is more.
    const { quantity: _quantity, ...withoutQuantity } = order
    const typo = await rejected(placeOrder, { ...withoutQuantity, quantiy: 1 })
    expect(typo.field).toBe('quantiy')
    expect(typo.message).toContain('(and 1 more problem)')
  })

  test('error: nested fields are named with their path', async () => {
    const err = await rejected(multiPlaceOrders, { data: [order, { ...order, quantity: -5 }] })
    expect(err.field).toBe('data[1].quantity')
    expect((await rejected(multiPlaceOrders, { data: [] })).field).toBe('data')
    expect((await rejected(multiPlaceOrders, { data: Array(11).fill(order) })).field).toBe('data')
  })

  test('error: a secret value is never echoed in the message', async () => {
    const err = await rejected(login, { userId: 'AB1234', password: 'pw-secret', TOTP: 'not-a-code', vendorCode: 'v', apiKey: 'k' })
    expect(err.field).toBe('TOTP')
    expect(err.message).not.toContain('not-a-code')
  })

  test('behavior: numbers are accepted for quantity/price and sent as strings', async () => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '23041100003641' }))
    await call(fakeClient(transport), placeOrder, { ...order, quantity: 25, price: 395.5, remarks: 'mine' })
    expect(transport.requests[0]!.json).toMatchObject({
      quantity: '25',
      price: '395.5',
      triggerPrice: '0',
      retention: 'DAY',
    })
    expect(transport.requests[0]!.json.remarks).toMatch(/^mine-[0-9a-z]{10}$/)
    for (const value of Object.values(transport.requests[0]!.json)) expect(typeof value).toBe('string')
  })

  test.each(['0x10', '1e2', 'Infinity', '12abc'])('error: price %s is not plain decimal notation', async (price) => {
    expect((await rejected(placeOrder, { ...order, price })).field).toBe('price')
  })

  test('behavior: numeric strings are sent as given (trimmed)', async () => {
    expect(await validateRequest(placeOrder, { ...order, quantity: ' 50 ', price: '70.00' })).toMatchObject({ quantity: '50', price: '70.00' })
  })

  test('behavior: other fields taking numbers are sent as strings too', async () => {
    expect(await validateRequest(getQuote, { exchange: 'NSE', token: 26000 })).toEqual({ exchange: 'NSE', token: '26000' })
    expect(
      await validateRequest(timePriceSeries, { exchange: 'NSE', token: 22, startTime: '20/02/2023 09:15:00', endTime: '20/02/2023 09:20:00', interval: 5 }),
    ).toMatchObject({ token: '22', interval: '5' })
    expect(
      await validateRequest(spanCalculators, {
        data: [{ exchange: 'NFO', instrumentName: 'OPTIDX', symbolName: 'NIFTY', expireDate: '23-feb-2023', optionType: 'CE', strikePrice: 17000, netQuantity: -50 }],
      }),
    ).toMatchObject({ data: [{ strikePrice: '17000', netQuantity: '-50', expireDate: '23-FEB-2023' }] })
  })

  test('behavior: strategy hedge flags keep their JSON types', async () => {
    const wire = await validateRequest(shortStraddle, { symbol: 'NIFTY', expiry: '23feb23', product: 'I', quantity: 50, strikePrice: 17900, hedge: true, hedgeValue: 300 })
    expect(wire).toEqual({ symbol: 'NIFTY', expiry: '23FEB23', product: 'I', quantity: '50', strikePrice: '17900', hedge: true, hedgeValue: 300 })
  })

  test('behavior: placeOrder gets a generated tag in remarks when the caller gives none', async () => {
    const transport = fakeTransport(success({ requestTime: 't', orderNumber: '1' }))
    await call(fakeClient(transport), placeOrder, order)
    expect(transport.requests[0]!.json.remarks).toMatch(/^fs-[a-z0-9]{10}$/)
  })
})
