import { DEMO_ACCOUNT, type Sandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  LegsRejectedError,
  OrderOutcomeUnknownError,
  OrderSessionExpiredError,
  ValidationError,
} from '../src/index.js'
import { countRequests, demoClient, sandbox } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await sandbox()
})
afterAll(() => sb.close())

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeout: 2_000 } as const
const buy = { exchange: 'NSE', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const
const limitBuy = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 1, product: 'I', transactionType: 'B', priceType: 'LMT' } as const

async function client(overrides = {}) {
  const firstock = demoClient(sb, { ...fast, ...overrides })
  await firstock.login()
  return firstock
}

/** An NFO option series of the sandbox's live calendar: symbol, expiry (DDMMMYY) and an existing strike. */
function niftyStrike() {
  const option = sb.market.instruments().find((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && i.optionType === 'CE')!
  return { symbol: 'NIFTY', expiry: option.expiry!, strikePrice: option.strike!, lot: option.lotSize }
}

/** A limit buy of ITC a little under the market, so it rests open. */
async function restingBuy(firstock: Awaited<ReturnType<typeof client>>) {
  const itc = sb.market.instruments().find((i) => i.exchange === 'NSE' && i.tradingSymbol === 'ITC-EQ')!
  const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: itc.token })
  const price = Math.round((lastTradedPrice! * 0.97) / 0.05) * 0.05
  return { ...limitBuy, price: Number(price.toFixed(2)) }
}

const atSandbox = (tag: string) => sb.orders().filter((order) => order.remarks === tag)
/** Orders whose tag was made from this `remarks` prefix (the SDK adds a unique suffix). */
const underPrefix = (prefix: string) => sb.orders().filter((order) => order.remarks.startsWith(`${prefix}-`))

describe('multi-leg orders', () => {
  test('behavior: every leg placed → resolves with the legs, each with its own tag in remarks', async () => {
    const firstock = await client()
    const legs = await firstock.multiPlaceOrders({ data: [{ ...buy, tradingSymbol: 'ITC-EQ' }, { ...buy, tradingSymbol: 'RELIANCE-EQ' }] })
    expect(legs).toHaveLength(2)
    const [first, second] = legs
    expect(first!.tag).toMatch(/^fs-.+-1$/)
    expect(second!.tag).toBe(first!.tag!.replace(/-1$/, '-2'))
    for (const leg of legs) expect(atSandbox(leg.tag!).map((o) => o.orderNumber)).toEqual([leg.orderNumber])
    const reconciled = await firstock.reconcileOrder(second!.tag!, { attempts: 1 })
    expect(reconciled).toMatchObject({ found: true, order: { orderNumber: second!.orderNumber } })
  })

  test('behavior: a rejected leg inside a success answer rejects with LegsRejectedError (placed and rejected legs)', async () => {
    const firstock = await client()
    const error = await firstock
      .multiPlaceOrders({ data: [{ ...buy, tradingSymbol: 'ITC-EQ' }, { ...buy, tradingSymbol: 'NO-SUCH-EQ' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LegsRejectedError)
    const { placed, rejected, message } = error as LegsRejectedError
    expect(placed).toHaveLength(1)
    expect(rejected).toEqual([expect.objectContaining({ leg: 2, errorName: expect.stringMatching(/^INVALID_/), reason: expect.any(String) })])
    expect(rejected[0]!.tag).toMatch(/-2$/)
    expect(atSandbox(placed[0]!.tag!).map((o) => o.orderNumber)).toEqual([placed[0]!.orderNumber])
    expect(atSandbox(rejected[0]!.tag!)).toEqual([])
    expect(message).toContain('ARE placed')
  })

  test('behavior: a strategy leg refused by Firstock (rejectLeg fault) rejects with the placed legs to unwind', async () => {
    const firstock = await client()
    const { symbol, expiry, strikePrice, lot } = niftyStrike()
    sb.faults.inject({ endpoint: 'longStraddle', kind: 'rejectLeg', leg: 2 })
    const error = await firstock
      .longStraddle({ symbol, expiry, strikePrice, product: 'M', quantity: lot, remarks: 'straddle-unwind' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LegsRejectedError)
    const { placed, rejected } = error as LegsRejectedError
    expect(placed.map((leg) => leg.leg)).toEqual([1])
    const tag = placed[0]!.tag!
    expect(tag).toMatch(/^straddle-unwind-/)
    expect(rejected).toMatchObject([{ leg: 2, errorName: 'PRODUCT_USAGE', tag }])
    expect(atSandbox(tag).map((o) => o.orderNumber)).toEqual([placed[0]!.orderNumber])
  })

  test('behavior: a multi-leg answer lost after placing → OrderOutcomeUnknownError listing every leg tag, each reconcilable', async () => {
    const firstock = await client()
    sb.faults.inject({ endpoint: 'multiPlaceOrders', kind: 'acceptThenDrop' })
    const error = await firstock
      .multiPlaceOrders({ data: [{ ...buy, tradingSymbol: 'ITC-EQ' }, { ...buy, tradingSymbol: 'RELIANCE-EQ' }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    const { legTags, message } = error as OrderOutcomeUnknownError
    expect(legTags).toHaveLength(2)
    for (const tag of legTags!) {
      expect(message).toContain(tag)
      expect(await firstock.reconcileOrder(tag, { attempts: 1 })).toMatchObject({ found: true })
    }
  })
})

describe('unknown is unknown', () => {
  test('behavior: a placeOrder answer that breaks the schema → OrderOutcomeUnknownError, not ValidationError', async () => {
    const firstock = await client()
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'malformed' })
    const error = await firstock.placeOrder({ ...buy, tradingSymbol: 'ITC-EQ' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
    expect(error).not.toBeInstanceOf(ValidationError)
    expect(atSandbox((error as OrderOutcomeUnknownError).tag!)).toHaveLength(1)
  })

  test('behavior: placeOrderAndConfirm reconciles a malformed answer by its tag', async () => {
    const firstock = await client()
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'malformed' })
    const before = countRequests(sb, 'placeOrder')
    const confirmed = await firstock.placeOrderAndConfirm({ ...buy, tradingSymbol: 'ITC-EQ' }, { intervalMs: 10 })
    expect(confirmed.recovered).toBe(true)
    expect(atSandbox(confirmed.tag).map((o) => o.orderNumber)).toEqual([confirmed.orderNumber])
    expect(countRequests(sb, 'placeOrder')).toBe(before + 1)
  })

  test.each(['modifyOrder', 'cancelOrder'] as const)(
    'behavior: an unreadable %s verdict → OrderOutcomeUnknownError with the order number',
    async (name) => {
      const firstock = await client()
      const { orderNumber } = await firstock.placeOrder(await restingBuy(firstock))
      sb.faults.inject({ endpoint: name, kind: 'malformed' })
      const { price } = await restingBuy(firstock)
      const error =
        name === 'modifyOrder'
          ? await firstock.modifyOrder({ orderNumber, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 2, price, priceType: 'LMT' }).catch((e: unknown) => e)
          : await firstock.cancelOrder({ orderNumber }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(OrderOutcomeUnknownError)
      expect(error).toMatchObject({ orderNumber })
      expect((error as Error).message).toContain(orderNumber)
    },
  )
})

describe('sessions during trading', () => {
  test('behavior: an expired session on placeOrder is not replayed, says the order was not placed, and is renewed once', async () => {
    const firstock = await client()
    sb.expireSession(DEMO_ACCOUNT.userId)
    const logins = countRequests(sb, 'login')
    const placed = countRequests(sb, 'placeOrder')
    const tags = ['sess-1', 'sess-2', 'sess-3']
    const errors = await Promise.all(tags.map((remarks) => firstock.placeOrder({ ...buy, tradingSymbol: 'ITC-EQ', remarks }).catch((e: unknown) => e)))
    for (const error of errors) {
      expect(error).toBeInstanceOf(OrderSessionExpiredError)
      expect(error).toMatchObject({ orderMayHaveBeenPlaced: false, renewed: true })
      expect((error as Error).message).toContain('NOT placed')
    }
    for (const tag of tags) expect(underPrefix(tag)).toEqual([])
    expect(countRequests(sb, 'placeOrder')).toBe(placed + 3)
    expect(countRequests(sb, 'login')).toBe(logins + 1)
    const { orderNumber } = await firstock.placeOrder({ ...buy, tradingSymbol: 'ITC-EQ', remarks: 'sess-after' })
    expect(underPrefix('sess-after').map((o) => o.orderNumber)).toEqual([orderNumber])
  })
})

describe('books', () => {
  test('behavior: empty books read as [] (Firstock answers them with ORDERS_NOT_FOUND)', async () => {
    const fresh = await sandbox()
    try {
      const firstock = demoClient(fresh, fast)
      await firstock.login()
      expect(await firstock.orderBook()).toEqual([])
      expect(await firstock.tradeBook()).toEqual([])
      expect(await firstock.positionBook()).toEqual([])
    } finally {
      await fresh.close()
    }
  })

  test('behavior: a malformed row is kept aside in invalidRows, the other rows are returned, one warning', async () => {
    const warnings: unknown[] = []
    const firstock = await client({ logger: { warn: (details: object, message?: string) => warnings.push({ details, message }) } })
    await firstock.placeOrder(await restingBuy(firstock))
    await firstock.placeOrder(await restingBuy(firstock))
    const all = await firstock.orderBook()
    sb.faults.inject({ endpoint: 'orderBook', kind: 'badRow', count: 2 })
    const rows = await firstock.orderBook()
    expect(rows).toHaveLength(all.length - 1)
    expect(rows.invalidRows).toEqual([
      { index: 0, raw: expect.objectContaining({ orderNumber: all[0]!.orderNumber, price: 'n/a' }), problem: expect.stringContaining('price') },
    ])
    await firstock.orderBook()
    expect(warnings).toHaveLength(1)
    expect(JSON.stringify(warnings)).toContain('invalidRows')
  })
})
