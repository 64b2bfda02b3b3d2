/**
 * Contract tests driven by every V1 REST fixture in test/fixtures/v1 (ws.* files belong to the stream; symbols.json
 * is the CSV master). Each fixture is mapped to its endpoint row by its `path`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { call, parseResponse, validateRequest } from '../src/call.js'
import type { Endpoint } from '../src/define-endpoint.js'
import { v1, v1Endpoints } from '../src/endpoints/v1/index.js'
import { readEnvelope } from '../src/envelope.js'
import { ApiError, RateLimitError, RejectedError, SessionError, ValidationError } from '../src/errors.js'
import { MemorySessionStore } from '../src/session.js'
import { fakeClient, fakeTransport, json, session } from './fake.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/v1/', import.meta.url))
const API_BASE = '/V1/'
const BASE_URL = 'http://fake.invalid/V1/'

interface Fixture {
  path: string
  request: Record<string, unknown>
  success: { status: string; message?: string; data?: unknown }
  failure: { status: string; code: string | number; name: string; error: { field: string; message: string } }
}

const byPath = new Map(Object.entries(v1Endpoints).map(([name, endpoint]) => [endpoint.path, { name, endpoint: endpoint as Endpoint }]))

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json') && !file.startsWith('ws.') && file !== 'symbols.json')
  .sort()
  .map((file) => {
    const fixture = JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Fixture
    const row = byPath.get(fixture.path.slice(API_BASE.length))
    if (!row) throw new Error(`${file}: no V1 endpoint row has path ${fixture.path}`)
    return { file, ...row, fixture }
  })

/** Soft failures inside success: these fixtures' success answers are rejections (docs/developer-api-protocol.md §1.2). */
const SOFT_FAILURES = new Set(['modifyOrder', 'cancelOrder', 'productConversion'])

/** The jKey every V1 fixture request carries. */
const FIXTURE_JKEY = 'f93fdb03c7a9dc2f9612b6b4c70fe1a2b3c4d5e6f708192a3b4c5d6e7f8091a2'

const client = (reply: ReturnType<typeof json>) => {
  const transport = fakeTransport(reply)
  const sessions = new MemorySessionStore()
  sessions.set(session(FIXTURE_JKEY))
  return { transport, client: fakeClient(transport, { registry: v1, baseUrl: BASE_URL, sessions }) }
}

/** Sorts object keys recursively, so key order does not matter. */
const normalise = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(normalise)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalise(v)]))
      : value

/** Identifiers stay the strings sent; prices, quantities and amounts become numbers. */
const ID_KEYS = new Set(['orderNumber', 'token', 'exchordid', 'fillId', 'susertoken', 'actid', 'userId', 'GTTid', 'parentToken'])
const NUMBER_KEYS = new Set([
  'price', 'averagePrice', 'fillPrice', 'lastTradedPrice', 'quantity', 'fillShares', 'fillshares', 'fillQuantity', 'lotSize',
  'tickSize', 'pricePrecision', 'strikePrice', 'cash', 'availableMargin', 'marginOnNewOrder', 'marginused', 'netQuantity',
  'netAveragePrice', 'dayBuyQuantity', 'RealizedPNL', 'dayOpenPrice', 'dayClosePrice', 'freezeQuantity', 'open', 'close',
  'volume', 'epochTime', 'delta', 'iv', 'holdQuantity', 'bestBuyPrice1',
])
const seen = new Set<string>()

function checkTypes(raw: unknown, parsed: unknown, path: string): void {
  if (Array.isArray(raw)) {
    // getQuote and getQuote/ltp unwrap their one-item array.
    if (parsed && typeof parsed === 'object' && 'orders' in parsed) return checkTypes(raw, parsed.orders, path)
    if (!Array.isArray(parsed)) return checkTypes(raw[0], parsed, path)
    raw.forEach((item, i) => checkTypes(item, (parsed as unknown[])[i], `${path}[${i}]`))
    return
  }
  if (raw === null || typeof raw !== 'object') return
  // placeOrder, placeAMO and basketOrder resolve { orders } whether Firstock sent one ack or one per slice.
  if (parsed && typeof parsed === 'object' && 'orders' in parsed && !('orders' in raw)) return checkTypes([raw], parsed.orders, path)
  for (const [key, value] of Object.entries(raw)) {
    const out = (parsed as Record<string, unknown>)[key]
    expect(key in (parsed as object), `${path}.${key} kept`).toBe(true)
    if (ID_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number')) {
      seen.add(key)
      expect(out, `${path}.${key} stays a string`).toBe(String(value))
    } else if (NUMBER_KEYS.has(key) && (typeof value === 'number' || (typeof value === 'string' && value.trim() !== ''))) {
      seen.add(key)
      expect(out, `${path}.${key} is a number`).toBe(Number(value))
    } else checkTypes(value, out, `${path}.${key}`)
  }
}

function inputOf(fixture: Fixture, name: string): Record<string, unknown> {
  const { userId: _u, jKey: _j, ...input } = fixture.request
  return name === 'login' ? fixture.request : input
}

describe('contract: V1 fixtures', () => {
  test('behavior: every one of the 37 V1 endpoints of docs/developer-api-protocol.md §2.1 has a fixture', () => {
    expect(Object.keys(v1Endpoints)).toHaveLength(37)
    expect([...new Set(cases.map((c) => c.name))].sort()).toEqual(Object.keys(v1Endpoints).sort())
  })

  describe.each(cases)('$file → $name', ({ name, endpoint, fixture }) => {
    test('request: call() sends the fixture body (key order normalised, session keys added)', async () => {
      const { transport, client: c } = client(json(fixture.success))
      await call(c, endpoint, inputOf(fixture, name) as never).catch((e: unknown) => {
        if (!SOFT_FAILURES.has(name)) throw e
      })
      expect(transport.requests[0]!.url).toBe(`${BASE_URL}${endpoint.path}`)
      const sent = transport.requests[0]!.json
      if (endpoint.tagField && typeof fixture.request[endpoint.tagField] === 'string') {
        expect(sent[endpoint.tagField]).toMatch(new RegExp(`^${fixture.request[endpoint.tagField] as string}-[0-9a-z]{10}$`))
        sent[endpoint.tagField] = fixture.request[endpoint.tagField]
      }
      // basketOrder: each leg's remarks becomes that text with a unique suffix, so every leg can be found by tag.
      const legs = endpoint.legsField ? (fixture.request[endpoint.legsField] as Record<string, unknown>[]) : []
      legs.forEach((leg, i) => {
        const sentLeg = (sent[endpoint.legsField!] as Record<string, unknown>[])[i]!
        expect(sentLeg.remarks).toMatch(new RegExp(`^${leg.remarks as string}-[0-9a-z]{10}$`))
        sentLeg.remarks = leg.remarks
      })
      expect(normalise(sent)).toStrictEqual(normalise(fixture.request))
    })

    test('request: the typed input validates to the same wire strings', async () => {
      const input = inputOf(fixture, name)
      expect(normalise(await validateRequest(endpoint, input))).toStrictEqual(normalise(input))
    })

    test.skipIf(SOFT_FAILURES.has(name))('success: the answer decodes to the typed result', async () => {
      const payload = readEnvelope(endpoint, json(fixture.success))
      expect(fixture.success.status).toBe('success')
      const parsed = await parseResponse(endpoint, payload)
      if (fixture.success.data !== undefined) checkTypes(fixture.success.data, parsed, name)
    })

    test.runIf(SOFT_FAILURES.has(name))('success: a rejection inside success rejects with RejectedError', async () => {
      const { client: c } = client(json(fixture.success))
      const err = await call(c, endpoint, inputOf(fixture, name) as never).then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(RejectedError)
      expect(err).toMatchObject({ code: 'REJECTED', endpoint: name })
      expect((err as RejectedError).reason).toMatch(/^(SAF|RED):/)
    })

    test.each([['its code', 0], ['HTTP 500 (the body wins)', 500], ['HTTP 200', 200]])(
      'failure: the documented sample with %s maps to its error class and Firstock name',
      (_, status) => {
        const { code, name: errorName, error } = fixture.failure
        let thrown: unknown
        try {
          readEnvelope(endpoint, json(fixture.failure, status || Number(code)))
        } catch (e) {
          thrown = e
        }
        expect(thrown).toBeInstanceOf(ApiError)
        const err = thrown as ApiError
        if (errorName === 'INVALID_JKEY') expect(err).toBeInstanceOf(SessionError)
        else expect(err).not.toBeInstanceOf(SessionError)
        expect(err).not.toBeInstanceOf(RateLimitError)
        expect(err.code).toBe(errorName)
        expect(err.apiCode).toBe(String(code))
        expect(err.field).toBe(error.field)
        expect(err.message).toContain(error.message)
      },
    )
  })
})

test('behavior: the success checks saw every identifier and number kind listed', () => {
  expect([...ID_KEYS].filter((key) => !seen.has(key))).toEqual([])
  expect([...NUMBER_KEYS].filter((key) => !seen.has(key))).toEqual([])
})

describe('V1 answers', () => {
  const load = (file: string) => JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Fixture

  test('placeOrder: one order and a sliced order resolve in one shape, { orders }', async () => {
    for (const file of ['placeOrder.json', 'placeOrder.sliced.json']) {
      const fixture = load(file)
      const { client: c } = client(json(fixture.success))
      const result = await call(c, v1Endpoints.placeOrder, inputOf(fixture, 'placeOrder') as never)
      const data = fixture.success.data as { orderNumber: string }[] | { orderNumber: string }
      const expected = (Array.isArray(data) ? data : [data]).map((slice) => slice.orderNumber)
      expect(result.orders.map((order) => order.orderNumber)).toEqual(expected)
    }
    const sliced = load('placeOrder.sliced.json')
    const { client: c } = client(json(sliced.success))
    const result = await call(c, v1Endpoints.placeOrder, inputOf(sliced, 'placeOrder') as never)
    expect(result.orders.length).toBeGreaterThan(1)
    expect(result.orders.every((order) => typeof order.quantity === 'number')).toBe(true)
  })

  test('getQuote: the one-item array is unwrapped to a quote with numbers', async () => {
    const fixture = load('getQuote.json')
    const quote = await parseResponse(v1Endpoints.getQuote, readEnvelope(v1Endpoints.getQuote, json(fixture.success)))
    expect(Array.isArray(quote)).toBe(false)
    expect(quote.lastTradedPrice).toBe(Number((fixture.success.data as { lastTradedPrice: string }[])[0]!.lastTradedPrice))
    expect(quote.token).toBe('26000')
  })

  test('getMultiQuotes: an item with status "error" is a per-item failure, the call resolves', async () => {
    const fixture = load('getMultiQuotes.json')
    const items = await parseResponse(v1Endpoints.getMultiQuotes, readEnvelope(v1Endpoints.getMultiQuotes, json(fixture.success)))
    expect(items.map((item) => item.ok)).toEqual([true, false])
    expect(items[1]).toMatchObject({ ok: false, status: 'error' })
  })

  test('getMultiQuotes/ltp: a JSON-number token stays a string', async () => {
    const fixture = load('getMultiQuotesLtp.json')
    const items = await parseResponse(v1Endpoints.getMultiQuotesLtp, readEnvelope(v1Endpoints.getMultiQuotesLtp, json(fixture.success)))
    for (const item of items) expect(typeof item.token).toBe('string')
  })

  test('positionBook: zero-padded quantities and empty strings decode to numbers and undefined', async () => {
    const rows = await parseResponse(v1Endpoints.positionBook, [{ netQuantity: '01', dayBuyQuantity: '00', cfBuyAmt: '' }])
    expect(rows[0]).toMatchObject({ netQuantity: 1, dayBuyQuantity: 0, cfBuyAmt: undefined })
  })

  test('productConversion: a plain success Status resolves', async () => {
    const { client: c } = client(json({ status: 'success', message: 'ok', data: { Status: 'Product conversion successful', requestTime: 'x' } }))
    await expect(
      call(c, v1Endpoints.productConversion, { tradingSymbol: 'IDEA-EQ', exchange: 'NSE', previousProduct: 'C', product: 'I', quantity: 1 }),
    ).resolves.toMatchObject({ Status: 'Product conversion successful' })
  })

  test('cancelOrder: an empty rejreason resolves', async () => {
    const { client: c } = client(json({ status: 'success', message: 'ok', data: { orderNumber: '1', rejreason: '', requestTime: 'x' } }))
    await expect(call(c, v1Endpoints.cancelOrder, { orderNumber: '1' })).resolves.toMatchObject({ orderNumber: '1' })
  })

  test.each(['placeOrder', 'placeAMO'] as const)('%s: MKT without mkt_protection, or with 0, is refused before sending', async (name) => {
    const order = { exchange: 'NSE', product: 'C', priceType: 'MKT', tradingSymbol: 'IDEA-EQ', transactionType: 'B', price: 0, quantity: 1 } as const
    for (const input of [order, { ...order, mkt_protection: 0 }, { ...order, priceType: 'SL-MKT', triggerPrice: 8 } as const]) {
      const { transport, client: c } = client(json({ status: 'success', data: { orderNumber: '1' } }))
      const err = await call(c, v1Endpoints[name], input).then(() => undefined, (e: unknown) => e)
      expect(err).toBeInstanceOf(ValidationError)
      expect(err).toMatchObject({ field: 'mkt_protection' })
      expect(transport.count).toBe(0)
    }
  })

  test('modifyOrder and basketOrder legs: MKT needs mkt_protection too', async () => {
    const { transport, client: c } = client(json({ status: 'success', data: {} }))
    const modify = { orderNumber: '1', exchange: 'NSE', priceType: 'MKT', tradingSymbol: 'IDEA-EQ', price: 0, product: 'C' } as const
    await expect(call(c, v1Endpoints.modifyOrder, modify)).rejects.toMatchObject({ field: 'mkt_protection' })
    const leg = { exchange: 'NSE', product: 'C', priceType: 'MKT', tradingSymbol: 'IDEA-EQ', transactionType: 'B', price: 0, quantity: 1 } as const
    await expect(call(c, v1Endpoints.basketOrder, { legs: [leg] })).rejects.toBeInstanceOf(ValidationError)
    expect(transport.count).toBe(0)
  })

  test('a symbol with & goes out URL-encoded', async () => {
    const wire = await validateRequest(v1Endpoints.securityInfo, { exchange: 'NSE', tradingSymbol: 'L&TFH-EQ' })
    expect(wire.tradingSymbol).toBe('L%26TFH-EQ')
  })

  test('numbers from the caller are sent as strings', async () => {
    const wire = await validateRequest(v1Endpoints.orderMargin, {
      exchange: 'NSE', transactionType: 'B', product: 'C', tradingSymbol: 'IDEA-EQ', quantity: 10, priceType: 'LMT', price: 7.8,
    })
    expect(wire).toMatchObject({ quantity: '10', price: '7.8' })
  })

  test('the envelope: a V1 failure with a numeric code (AMO pages) keeps its name; a 403 with a session body is a SessionError', () => {
    const amo = { status: 'failed', code: 400, name: 'BAD_REQUEST', error: { field: 'price', message: 'bad price' } }
    expect(() => readEnvelope(v1Endpoints.placeAMO, json(amo, 400))).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', apiCode: '400' }))
    const expired = { status: 'failed', code: '401', name: 'INVALID_JKEY', error: { field: 'jKey', message: 'expired' } }
    expect(() => readEnvelope(v1Endpoints.orderBook, json(expired, 403))).toThrow(SessionError)
    // HTTP 200 with a failure body is a failure; HTTP 500 with a success body is a success.
    expect(() => readEnvelope(v1Endpoints.orderBook, json(expired, 200))).toThrow(SessionError)
    expect(readEnvelope(v1Endpoints.limit, json({ status: 'success', message: 'ok', data: { cash: '1' } }, 500))).toEqual({ cash: '1' })
  })

  test('the V1 registry: quotes 1/s, candles 3/s, orders 10/s, others 10/s', () => {
    expect(v1.limits).toEqual({
      quote: { limit: 1, windowMs: 1000 }, candles: { limit: 3, windowMs: 1000 }, order: { limit: 10, windowMs: 1000 }, other: { limit: 10, windowMs: 1000 },
    })
  })
})
