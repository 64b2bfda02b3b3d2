import { describe, expect, test } from 'vitest'
import { fakeClient, fakeTransport, success } from '../test/fake.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { ValidationError } from './errors.js'
import { MAX_TAG_LENGTH, newOrderTag, ORDER_TIME_SKEW_MS, parseOrderTime, placedAfter } from './order-tags.js'

const { placeOrder, orderBook, shortStraddle } = v3Endpoints
const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 395.5, product: 'I', transactionType: 'B', priceType: 'LMT' } as const
const ack = success({ requestTime: 't', orderNumber: '23041100003641' })

async function sentTags(inputs: object[]) {
  const transport = fakeTransport(ack)
  const client = fakeClient(transport)
  for (const input of inputs) await call(client, placeOrder, { ...order, ...input })
  return transport.requests.map((r) => r.json.remarks as string)
}

describe('order tags', () => {
  test('behavior: a reused user tag becomes a unique tag per call, within 64 characters', async () => {
    const tags = await sentTags([{ remarks: 'bot-entry-1' }, { remarks: 'bot-entry-1' }])
    expect(tags[0]).toMatch(/^bot-entry-1-[0-9a-z]{10}$/)
    expect(tags[1]).toMatch(/^bot-entry-1-[0-9a-z]{10}$/)
    expect(tags[0]).not.toBe(tags[1])
    const long = await sentTags([{ remarks: 'x'.repeat(53) }])
    expect(long[0]!.length).toBeLessThanOrEqual(MAX_TAG_LENGTH)
  })

  test("behavior: remarks '' and no remarks still get a tag", async () => {
    const tags = await sentTags([{ remarks: '' }, {}, { remarks: '   ' }])
    for (const tag of tags) expect(tag).toMatch(/^fs-[0-9a-z]{10}$/)
    expect(new Set(tags).size).toBe(3)
  })

  test('behavior: a tag from newOrderTag() is sent as it is, once', async () => {
    const tag = newOrderTag('mine')
    const transport = fakeTransport(ack)
    const client = fakeClient(transport)
    await call(client, placeOrder, { ...order, remarks: tag })
    expect(transport.requests[0]!.json.remarks).toBe(tag)
    const again = await call(client, placeOrder, { ...order, remarks: tag }).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(ValidationError)
    expect(again).toMatchObject({ code: 'DUPLICATE_TAG', field: 'remarks' })
    expect(transport.count).toBe(1)
  })

  test("error: a tag already in this session's order book is refused before sending", async () => {
    const transport = fakeTransport(success([{ orderNumber: '1', exchange: 'NSE', tradingSymbol: 'ITC-EQ', transactionType: 'B', status: 'OPEN', remarks: 'old-tag-abc' }]), ack)
    const client = fakeClient(transport)
    await call(client, orderBook, {})
    const err = await call(client, placeOrder, { ...order, remarks: 'old-tag-abc' }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'DUPLICATE_TAG', field: 'remarks' })
    expect((err as Error).message).toContain('old-tag-abc')
    expect(transport.count).toBe(1)
  })

  test('error: a prefix too long for a suffix names remarks', async () => {
    const transport = fakeTransport(ack)
    const err = await call(fakeClient(transport), placeOrder, { ...order, remarks: 'x'.repeat(54) }).catch((e: unknown) => e)
    expect(err).toMatchObject({ field: 'remarks', direction: 'request' })
    expect((err as Error).message).toContain('53')
    expect(transport.count).toBe(0)
  })

  test('behavior: strategies get a unique tag too', async () => {
    const transport = fakeTransport({ status: 200, text: JSON.stringify([{ status: 'Success', data: { orderNumber: '1' } }]) })
    const client = fakeClient(transport)
    const input = { symbol: 'NIFTY', expiry: '23FEB23', product: 'M', quantity: 50, strikePrice: 17900, hedge: false, hedgeValue: 100, remarks: 'straddle' } as const
    await call(client, shortStraddle, input)
    await call(client, shortStraddle, input)
    const [a, b] = transport.requests.map((r) => r.json.remarks as string)
    expect(a).toMatch(/^straddle-/)
    expect(a).not.toBe(b)
  })
})

describe('order time', () => {
  test('behavior: orderTime is read as IST', () => {
    expect(parseOrderTime('09:43:15 11-04-2023')).toBe(Date.UTC(2023, 3, 11, 4, 13, 15))
    expect(parseOrderTime('99:43:15 11-04-2023')).toBeUndefined()
    expect(parseOrderTime(undefined)).toBeUndefined()
  })

  test("behavior: V1's orderTime, epoch seconds as a string, is read too", () => {
    expect(parseOrderTime('1746004054')).toBe(1_746_004_054_000)
    expect(parseOrderTime(' 1746004054 ')).toBe(1_746_004_054_000)
    expect(parseOrderTime('17460040541234')).toBeUndefined()
  })

  test('behavior: an order older than the request (beyond the skew allowance) is not the request', () => {
    const sentAt = Date.UTC(2023, 3, 11, 4, 13, 15)
    expect(placedAfter({ orderTime: '09:43:15 11-04-2023' }, sentAt)).toBe(true)
    expect(placedAfter({ orderTime: '09:43:00 11-04-2023' }, sentAt)).toBe(true)
    expect(placedAfter({ orderTime: '09:40:00 11-04-2023' }, sentAt)).toBe(false)
    expect(placedAfter({ orderTime: '09:43:15 10-04-2023' }, sentAt)).toBe(false)
    expect(placedAfter({ orderTime: undefined }, sentAt)).toBe(false)
    expect(ORDER_TIME_SKEW_MS).toBeGreaterThan(0)
  })
})
