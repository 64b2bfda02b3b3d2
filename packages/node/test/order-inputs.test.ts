import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newOrderTag, OrderOutcomeUnknownError, ValidationError } from '../src/index.js'
import { countRequests, demoClient, sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

const marketBuy = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeout: 500 } as const

describe('order tags against the sandbox', () => {
  test('error: a reused tag never recovers the earlier order when the new request did not arrive', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    const first = await firstock.placeOrderAndConfirm({ ...marketBuy, remarks: 'bot-entry-1' })
    expect(first.tag).toMatch(/^bot-entry-1-[0-9a-z]{10}$/)
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'reset', count: 1 })
    const error = await firstock.placeOrderAndConfirm({ ...marketBuy, remarks: 'bot-entry-1' }, { attempts: 2, intervalMs: 10 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect((error as OrderOutcomeUnknownError).tag).not.toBe(first.tag)
  })

  test('error: a tag already in the order book is refused by a client that read the book', async () => {
    const tag = newOrderTag('once')
    const placer = demoClient(sb, fast)
    await placer.placeOrder({ ...marketBuy, remarks: tag })
    const other = demoClient(sb, fast)
    await other.orderBook()
    const before = countRequests(sb, 'placeOrder')
    await expect(other.placeOrder({ ...marketBuy, remarks: tag })).rejects.toMatchObject({ code: 'DUPLICATE_TAG', field: 'remarks' })
    expect(countRequests(sb, 'placeOrder')).toBe(before)
  })

  test('behavior: reconcileOrder never takes an order placed before the request was sent', async () => {
    const tag = newOrderTag('aged')
    const firstock = demoClient(sb, fast)
    await firstock.placeOrder({ ...marketBuy, remarks: tag })
    expect((await firstock.reconcileOrder(tag, { attempts: 1, sentAt: Date.now() - 1_000 })).found).toBe(true)
    // A request sent ten minutes after the order cannot be this order, whatever the tag says.
    expect((await firstock.reconcileOrder(tag, { attempts: 1, sentAt: Date.now() + 600_000 })).found).toBe(false)
  })
})

describe('fat-finger guard', () => {
  test('error: maxOrderQuantity / maxOrderValue refuse an order before sending', async () => {
    const firstock = demoClient(sb, { ...fast, maxOrderQuantity: 100, maxOrderValue: 10_000 })
    await firstock.login()
    const before = countRequests(sb, 'placeOrder')
    await expect(firstock.placeOrder({ ...marketBuy, quantity: 101 })).rejects.toMatchObject({ code: 'ORDER_LIMIT', field: 'quantity' })
    const limit = { ...marketBuy, quantity: 50, price: 400, priceType: 'LMT' } as const
    await expect(firstock.placeOrder(limit)).rejects.toMatchObject({ code: 'ORDER_LIMIT', field: 'price' })
    expect(countRequests(sb, 'placeOrder')).toBe(before)
    await expect(firstock.placeOrder({ ...marketBuy, quantity: 100 })).resolves.toHaveProperty('orderNumber')
  })

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '100'])('error: maxOrderQuantity %s is not a limit', (value) => {
    expect(() => demoClient(sb, { maxOrderQuantity: value as number })).toThrow(ValidationError)
  })
})

describe('prices against the loaded instruments', () => {
  test('error: a price off the tick is refused; a good one goes out at the instrument precision', async () => {
    const firstock = demoClient(sb, fast)
    await firstock.login()
    const index = await firstock.instruments({ cacheDir: false, exchanges: ['NSE'] })
    const itc = index.resolve('NSE:ITC-EQ')
    const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: itc.token })
    const onTick = Math.round(lastTradedPrice! / itc.tickSize) * itc.tickSize
    const limit = { ...marketBuy, priceType: 'LMT', price: onTick + itc.tickSize / 2 } as const
    const before = countRequests(sb, 'placeOrder')
    await expect(firstock.placeOrder(limit)).rejects.toMatchObject({ field: 'price', direction: 'request' })
    expect(countRequests(sb, 'placeOrder')).toBe(before)
    await firstock.placeOrder({ ...limit, price: onTick })
    const sent = sb.requests.filter((r) => r.endpoint === 'placeOrder').at(-1)!.body as { price: string }
    expect(sent.price).toMatch(/^\d+\.\d{2}$/)
    expect(Number(sent.price)).toBeCloseTo(onTick, 6)
  })
})
