/**
 * Orders on a V1 client against the sandbox's V1 dialect, with its faults: sliced answers, placeOrderAndConfirm
 * over every slice, AMO, GTT and basket orders never retried, unknown outcomes found again by tag, refused basket
 * legs reported as refused.
 */
import type { Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Firstock, type Instrument, LegsRejectedError, OrderOutcomeUnknownError } from '../src/index.js'
import { countRequests, demoClient, SESSION_MOMENT, sandbox } from './helpers.js'

let sb: Sandbox
let firstock: Firstock<'v1'>
/** An NFO contract with a freeze quantity, from the sandbox's own V1 symbol master. */
let contract: Instrument & { freezeQty: number }

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeout: 500 } as const
const v1Client = () =>
  demoClient(sb, { ...fast, version: 'v1' as never, baseUrl: sb.v1!.baseUrl, wsUrl: sb.v1!.wsUrl }) as unknown as Firstock<'v1'>

beforeAll(async () => {
  // An evening clock: placeAMO is refused during the exchange session and held after it. The market trades at every
  // moment all the same.
  sb = await sandbox({ api: 'v1', now: `${SESSION_MOMENT.slice(0, 10)}T19:00`, marketHours: 'always-open' })
  firstock = v1Client()
  await firstock.login()
  const index = await firstock.instruments({ cacheDir: false, exchanges: ['NFO'] })
  contract = index.all().find((i) => i.optionType === 'CE' && (i.freezeQty ?? 0) > i.lotSize) as typeof contract
})
afterAll(() => sb.close())

const buy = (quantity: number) =>
  ({
    exchange: 'NFO',
    tradingSymbol: contract.tradingSymbol,
    quantity,
    price: 0,
    product: 'M',
    transactionType: 'B',
    priceType: 'MKT',
    mkt_protection: 2,
  }) as const
/** Above the freeze quantity: three slices (two full, one partial), each a whole number of lots. */
const slicedQuantity = () => Math.floor(contract.freezeQty / contract.lotSize) * contract.lotSize * 2 + contract.lotSize

describe('placeOrderAndConfirm on V1', () => {
  test('behavior: one order → one slice, confirmed from the order book', async () => {
    const confirmed = await firstock.placeOrderAndConfirm(buy(contract.lotSize))
    expect(confirmed.recovered).toBe(false)
    expect(confirmed.orders).toHaveLength(1)
    expect(confirmed.orders[0]!.order).toMatchObject({ orderNumber: confirmed.orders[0]!.orderNumber, remarks: confirmed.tag })
  })

  test('behavior: a sliced order resolves every slice, each with its row; the quantities add up', async () => {
    const quantity = slicedQuantity()
    const confirmed = await firstock.placeOrderAndConfirm({ ...buy(quantity), remarks: 'slices' })
    expect(confirmed.tag).toMatch(/^slices-[0-9a-z]{10}$/)
    expect(confirmed.orders).toHaveLength(3)
    expect(confirmed.orders.every((slice) => slice.order?.orderNumber === slice.orderNumber)).toBe(true)
    expect(confirmed.orders.reduce((sum, slice) => sum + (slice.order!.quantity ?? 0), 0)).toBe(quantity)
  })

  test('behavior: a sliced order whose answer is dropped is sent once and recovered with all its slices', async () => {
    const quantity = slicedQuantity()
    const before = countRequests(sb, 'placeOrder')
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop' })
    const confirmed = await firstock.placeOrderAndConfirm(buy(quantity), { intervalMs: 10 })
    expect(countRequests(sb, 'placeOrder')).toBe(before + 1)
    expect(confirmed.recovered).toBe(true)
    expect(confirmed.orders).toHaveLength(3)
    expect(confirmed.orders.reduce((sum, slice) => sum + (slice.order!.quantity ?? 0), 0)).toBe(quantity)
    expect(new Set(confirmed.orders.map((slice) => slice.order!.remarks))).toEqual(new Set([confirmed.tag]))
  })

  test('behavior: an order that never reached the book keeps OrderOutcomeUnknownError, with its tag', async () => {
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'html502' })
    const error = await firstock.placeOrderAndConfirm(buy(contract.lotSize), { attempts: 2, intervalMs: 10 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect((error as OrderOutcomeUnknownError).tag).toMatch(/^fs-/)
    expect((await firstock.reconcileOrder((error as OrderOutcomeUnknownError).tag!, { attempts: 1 })).found).toBe(false)
  })
})

describe('AMO, GTT and basket orders on V1', () => {
  test.each(['placeAMO', 'placeOrder'] as const)('behavior: %s is never retried; a dropped answer reconciles by its tag', async (name) => {
    const before = countRequests(sb, name)
    sb.faults.inject({ endpoint: name, kind: 'acceptThenDrop' })
    const error = await firstock[name]({ ...buy(contract.lotSize), remarks: 'amo' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(countRequests(sb, name)).toBe(before + 1)
    const tag = (error as OrderOutcomeUnknownError).tag!
    expect(tag).toMatch(/^amo-[0-9a-z]{10}$/)
    const found = await firstock.reconcileOrder(tag, { attempts: 3, intervalMs: 10 })
    expect(found.found && found.order.remarks).toBe(tag)
  })

  test('behavior: placeGttOrder is tagged and never retried; a lost answer says reconcileGttOrder(tag), which finds exactly that GTT', async () => {
    const before = countRequests(sb, 'placeGttOrder')
    const order = { ...buy(contract.lotSize), priceType: 'LMT', price: 1 } as const
    const input = { exchange: 'NFO', tradingSymbol: contract.tradingSymbol, value: 1, OrderParams: order, remarks: 'gtt-entry' } as const
    // A GTT placed before, with the same tag prefix: the lookup must not take it for the lost one.
    const earlier = await firstock.placeGttOrder(input)
    sb.faults.inject({ endpoint: 'placeGttOrder', kind: 'acceptThenDrop' })
    const error = await firstock.placeGttOrder(input).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(countRequests(sb, 'placeGttOrder')).toBe(before + 2)
    const tag = (error as OrderOutcomeUnknownError).tag!
    expect(tag).toMatch(/^gtt-entry-[0-9a-z]{10}$/)
    expect((error as Error).message).toContain(`reconcileGttOrder("${tag}")`)
    const found = await firstock.reconcileGttOrder(tag, { attempts: 2, intervalMs: 10 })
    expect(found.found && found.gtts.map((row) => row.remarks)).toEqual([tag])
    expect(found.found && found.gtt.GTTid).not.toBe(earlier.GTTid)
    expect((await firstock.reconcileGttOrder('gtt-entry-none', { attempts: 1 })).found).toBe(false)
  })

  test('error: a GTT change with no verdict names its GTT id and the GTT book', async () => {
    const order = { ...buy(contract.lotSize), priceType: 'LMT', price: 1 } as const
    const { GTTid } = await firstock.placeGttOrder({ exchange: 'NFO', tradingSymbol: contract.tradingSymbol, value: 1, OrderParams: order })
    sb.faults.inject({ endpoint: 'cancelGttOrder', kind: 'acceptThenDrop' })
    const error = await firstock.cancelGttOrder({ GTTid }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(error).toMatchObject({ orderNumber: GTTid, message: expect.stringContaining(`check gttOrderBook for GTT ${GTTid}`) })
  })

  test('behavior: a refused basket leg rejects with LegsRejectedError: the placed legs (to unwind) and the refused one, with tags', async () => {
    sb.faults.inject({ endpoint: 'basketOrder', kind: 'rejectLeg', leg: 2 })
    const legs = [buy(contract.lotSize), { ...buy(contract.lotSize), transactionType: 'S' }, buy(contract.lotSize)] as const
    const error = await firstock.basketOrder({ legs: [...legs] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LegsRejectedError)
    const { placed, rejected } = error as LegsRejectedError
    expect(placed.map((leg) => leg.leg)).toEqual([1, 3])
    expect(rejected).toMatchObject([{ leg: 2, reason: expect.stringMatching(/^RED:/), errorName: 'LEG_REJECTED' }])
    const callTag = placed[0]!.tag!.replace(/-1$/, '')
    expect(placed.map((leg) => leg.tag)).toEqual([`${callTag}-1`, `${callTag}-3`])
    expect(rejected[0]!.tag).toBe(`${callTag}-2`)
    for (const leg of placed) {
      const found = await firstock.reconcileOrder(leg.tag!, { attempts: 1 })
      expect(found.found && found.order.orderNumber).toBe(leg.orderNumber)
    }
    expect((await firstock.reconcileOrder(rejected[0]!.tag!, { attempts: 1 })).found).toBe(false)
  })

  test('behavior: a basket whose answer is lost lists every leg tag; each leg reconciles', async () => {
    const before = countRequests(sb, 'basketOrder')
    sb.faults.inject({ endpoint: 'basketOrder', kind: 'acceptThenDrop' })
    const error = await firstock.basketOrder({ legs: [buy(contract.lotSize), buy(contract.lotSize)] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(countRequests(sb, 'basketOrder')).toBe(before + 1)
    const tags = [...(error as Error).message.matchAll(/reconcileOrder\("([^"]+)"\)/g)].map((m) => m[1]!)
    expect(tags).toHaveLength(2)
    for (const tag of tags) expect((await firstock.reconcileOrder(tag, { attempts: 3, intervalMs: 10 })).found).toBe(true)
  })

  test('behavior: an all-placed basket resolves each leg with its order number and tag', async () => {
    const legs = await firstock.basketOrder({ legs: [buy(contract.lotSize), { ...buy(contract.lotSize), remarks: 'hedge' }] })
    expect(legs.map((leg) => leg.leg)).toEqual([1, 2])
    expect(legs[1]!.tag).toMatch(/^hedge-[0-9a-z]{10}$/)
    for (const leg of legs) expect(leg.orderNumber).toMatch(/^\d+$/)
  })
})
