/**
 * Contract tests driven by every REST fixture in test/fixtures/v3 (the ws-*.json files belong to
 * the stream protocol). Each fixture is mapped to its endpoint row by its `path`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { call, parseResponse, validateRequest } from '../src/call.js'
import type { Endpoint } from '../src/define-endpoint.js'
import { v3Endpoints } from '../src/endpoints/v3/index.js'
import { readEnvelope } from '../src/envelope.js'
import { ApiError, FirstockError, RateLimitError, SessionError, ValidationError } from '../src/errors.js'
import { fakeClient, fakeTransport, json } from './fake.js'

const FIXTURES = process.env.FIRSTOCK_FIXTURES_V3 ?? fileURLToPath(new URL('./fixtures/v3/', import.meta.url))
const API_BASE = '/api/V3/'

interface Fixture {
  path: string
  request: Record<string, unknown>
  success: unknown
  failure: { status: string; code: string; name: string; error: { field: string; message: string } }
}

interface Case {
  file: string
  name: keyof typeof v3Endpoints
  endpoint: Endpoint
  fixture: Fixture
}

if (!existsSync(FIXTURES)) throw new Error(`contract tests: fixtures not found at ${FIXTURES} (set FIRSTOCK_FIXTURES_V3)`)

const endpointsByPath = new Map(Object.entries(v3Endpoints).map(([name, endpoint]) => [endpoint.path, { name, endpoint }]))

const cases: Case[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json') && !file.startsWith('ws-'))
  .sort()
  .map((file) => {
    const fixture = JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Fixture
    if (!fixture.path.startsWith(API_BASE)) throw new Error(`${file}: path ${fixture.path} is not under ${API_BASE}`)
    const row = endpointsByPath.get(fixture.path.slice(API_BASE.length))
    if (!row) throw new Error(`${file}: no endpoint row has path ${fixture.path}`)
    return { file, name: row.name as keyof typeof v3Endpoints, endpoint: row.endpoint as Endpoint, fixture }
  })

/** Identifiers: must stay strings, exactly as sent (no precision lost). */
const ID_KEYS = new Set(['orderNumber', 'token', 'exchordid', 'exchangeOrderNumber', 'fillId', 'susertoken', 'ssboe', 'actid', 'userId', 'isin'])
/** Prices, quantities and amounts: must be numbers. */
const NUMBER_KEYS = new Set([
  'price', 'averagePrice', 'fillPrice', 'lastTradedPrice', 'quantity', 'fillshares', 'fillShares',
  'fillQuantity', 'cancelQuantity', 'lotSize', 'tickSize', 'pricePrecision', 'strikePrice', 'cash', 'marginused',
  'marginusedtrade', 'payin', 'peak_mar', 'span', 'expo', 'span_trade', 'expo_trade', 'into', 'inth', 'intl', 'intc',
  'intv', 'v', 'oi', 'holdQuantity', 'uploadPrice', 'netQuantity', 'netAveragePrice', 'dayBuyQuantity',
  'dayBuyAveragePrice', 'RealizedPNL', 'upperCircuit', 'lowerCircuit', 'dayOpenPrice', 'dayHighPrice', 'dayLowPrice',
  'dayClosePrice', 'volume', 'bestBuyPrice1', 'bestSellPrice1', 'bestBuyQuantity1', 'cal_price', 'put_price',
  'cal_delta', 'put_delta', 'put_rho',
])

/**
 * Walks the raw fixture payload and the parsed result side by side: nothing the server sent is dropped (loose
 * objects), identifiers stay the same strings, prices and quantities become the same numbers.
 */
function checkTypes(raw: unknown, parsed: unknown, path: string, seen: Set<string>): void {
  if (Array.isArray(raw)) {
    expect(Array.isArray(parsed), `${path} is an array`).toBe(true)
    expect((parsed as unknown[]).length, `${path}.length`).toBe(raw.length)
    raw.forEach((item, i) => checkTypes(item, (parsed as unknown[])[i], `${path}[${i}]`, seen))
    return
  }
  if (raw === null || typeof raw !== 'object') return
  expect(parsed, `${path} is an object`).toBeTypeOf('object')
  for (const [key, value] of Object.entries(raw)) {
    const out = (parsed as Record<string, unknown>)[key]
    expect(key in (parsed as object), `${path}.${key} kept`).toBe(true)
    if (ID_KEYS.has(key) && typeof value === 'string') {
      seen.add(key)
      expect(out, `${path}.${key} stays the string sent`).toBe(value)
    } else if (NUMBER_KEYS.has(key) && typeof value === 'string' && value.trim() !== '') {
      seen.add(key)
      expect(out, `${path}.${key} is a number`).toBe(Number(value))
    } else {
      checkTypes(value, out, `${path}.${key}`, seen)
    }
  }
}

/** The wire body: the fixture request minus the session keys. */
function inputOf(fixture: Fixture): Record<string, unknown> {
  const { userId: _userId, jKey: _jKey, ...input } = fixture.request
  return fixture.path === `${API_BASE}login` ? fixture.request : input
}

/** Endpoints whose answer carries nothing a caller needs beyond the success envelope itself. */
const NOTHING_REQUIRED = new Set(['logout', 'productConversion'])

/** The same shape with every field removed: objects become `{}`, arrays keep one hollow item, leg envelopes stay. */
function hollow(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.length > 0 ? [hollow(raw[0])] : []
  if (raw === null || typeof raw !== 'object') return raw
  const { status, data } = raw as Record<string, unknown>
  return typeof status === 'string' && data !== undefined ? { status, data: hollow(data) } : {}
}

/** Keys the type checks touched, over all fixtures. */
const checked = new Set<string>()

describe('contract: V3 fixtures', () => {
  test('behavior: every one of the 33 endpoints has at least one fixture', () => {
    expect(Object.keys(v3Endpoints)).toHaveLength(33)
    const covered = new Set(cases.map((c) => c.name))
    expect([...covered].sort()).toEqual(Object.keys(v3Endpoints).sort())
  })

  test('behavior: each fixture file name matches its endpoint path', () => {
    for (const { file, endpoint } of cases) {
      // getQuote-ltp.json ↔ getQuote/ltp, strategies-longStraddle.json ↔ strategies/longStraddle,
      // timePriceSeries-day.json ↔ timePriceSeries (a variant of the same endpoint).
      const stem = file.replace(/\.json$/, '').replace(/-/g, '/')
      const matches = stem === endpoint.path || stem.startsWith(`${endpoint.path}/`) || endpoint.path.endsWith(`/${stem}`)
      expect(matches, `${file} ↔ ${endpoint.path}`).toBe(true)
    }
  })

  describe.each(cases)('$file → $name', ({ name, endpoint, fixture }) => {
    test('request: the example validates and produces the same wire strings', async () => {
      const input = inputOf(fixture)
      expect(await validateRequest(endpoint, input)).toStrictEqual(input)
    })

    test('request: call() sends exactly the fixture body (session keys added)', async () => {
      const transport = fakeTransport(json(fixture.success))
      const client = fakeClient(transport)
      await call(client, endpoint, inputOf(fixture))
      expect(transport.count).toBe(1)
      expect(transport.requests[0]!.url).toBe(`${client.baseUrl}${endpoint.path}`)
      const sent = transport.requests[0]!.json
      if (endpoint.tagField && typeof fixture.request[endpoint.tagField] === 'string') {
        // The fixture's remarks is the tag's prefix: a unique suffix is added (see newOrderTag).
        expect(sent[endpoint.tagField]).toMatch(new RegExp(`^${fixture.request[endpoint.tagField] as string}-[0-9a-z]{10}$`))
        sent[endpoint.tagField] = fixture.request[endpoint.tagField]
      }
      if (endpoint.legs === 'items') {
        // Each leg's remarks is its tag's prefix, as for placeOrder.
        const legs = fixture.request.data as { remarks: string }[]
        ;(sent.data as { remarks?: string }[]).forEach((leg, i) => {
          expect(leg.remarks).toMatch(new RegExp(`^${legs[i]!.remarks}-[0-9a-z]{10}$`))
          leg.remarks = legs[i]!.remarks
        })
      }
      expect(sent).toStrictEqual(fixture.request)
    })

    test('success: parses through readEnvelope + the response schema', async () => {
      const payload = readEnvelope(endpoint, json(fixture.success))
      const parsed = await parseResponse(endpoint, payload)
      const raw = Array.isArray(fixture.success)
        ? fixture.success
        : ((fixture.success as Record<string, unknown>).data ?? (fixture.success as Record<string, unknown>).values)
      expect(raw).toBeDefined()
      if (endpoint.legs) {
        // Multi-leg answers are settled per leg: each placed leg keeps its order number as sent.
        const legs = raw as { data: { orderNumber: string; requestTime: string } }[]
        expect(parsed).toEqual(legs.map((leg, i) => ({ leg: i + 1, tag: undefined, ...leg.data })))
        return
      }
      checkTypes(raw, parsed, name, checked)
    })

    test.skipIf(NOTHING_REQUIRED.has(name))('success: an answer without the fields a caller needs is INVALID_RESPONSE', async () => {
      const payload = readEnvelope(endpoint, json(fixture.success))
      const hollowed = hollow(payload)
      const err = await parseResponse(endpoint, hollowed).then(
        (rows: unknown) => rows,
        (e: unknown) => e,
      )
      const invalidRows = (err as { invalidRows?: unknown[] } | undefined)?.invalidRows
      if (invalidRows) {
        // Books decode row by row: every hollow row is kept aside in invalidRows, none is returned as if whole.
        expect(err).toEqual([])
        expect(invalidRows).toHaveLength((hollowed as unknown[]).length)
        return
      }
      expect(err).toBeInstanceOf(ValidationError)
      expect(err).toMatchObject({ code: 'INVALID_RESPONSE', direction: 'response', endpoint: name })
    })

    test.each([
      ['HTTP status = its code', Number(fixture.failure.code)],
      ['HTTP 500 (the body wins)', 500],
    ])(`failure: ${fixture.failure.name} with %s maps to its error class`, (_, httpStatus) => {
      const { code, name: errorName, error } = fixture.failure
      let thrown: unknown
      try {
        readEnvelope(endpoint, json(fixture.failure, httpStatus))
      } catch (err) {
        thrown = err
      }
      expect(thrown).toBeInstanceOf(ApiError)
      const err = thrown as ApiError
      if (errorName === 'INVALID_JKEY' || errorName === 'SESSION_EXPIRED') expect(err).toBeInstanceOf(SessionError)
      else if (errorName === 'API_RATE_LIMIT') expect(err).toBeInstanceOf(RateLimitError)
      else {
        expect(err).not.toBeInstanceOf(SessionError)
        expect(err).not.toBeInstanceOf(RateLimitError)
      }
      expect(err.code).toBe(errorName)
      expect(err.apiCode).toBe(code)
      expect(err.field).toBe(error.field)
      expect(err.message).toContain(error.message)
      expect(err.message).toContain(name)
      expect(err.endpoint).toBe(name)
      expect(err.httpStatus).toBe(httpStatus)
      // A 4xx verdict in the body is final even when the HTTP status says 500.
      expect(err.retryable).toBe(err instanceof RateLimitError)
    })
  })

  test('behavior: the success checks saw every identifier and price kind listed', () => {
    // Runs after the per-fixture tests (vitest runs tests of a file in order).
    expect([...ID_KEYS].filter((key) => !checked.has(key))).toEqual([])
    expect([...NUMBER_KEYS].filter((key) => !checked.has(key))).toEqual([])
  })

  test('error: {"status":"Success","data":{}} does not resolve getQuote', async () => {
    const transport = fakeTransport(json({ status: 'Success', data: {} }))
    const err = await call(fakeClient(transport), v3Endpoints.getQuote, { exchange: 'NSE', token: '26000' }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', field: 'exchange' })
  })

  test.each([
    ['INVALID_JKEY', '401', 'jKey', SessionError],
    ['SESSION_EXPIRED', '401', 'jKey', SessionError],
    ['API_RATE_LIMIT', '429', 'rateLimit', RateLimitError],
    ['INVALID_PASSWORD', '401', 'password', ApiError],
    ['ORDERS_NOT_FOUND', '404', 'orderDetails', ApiError],
  ] as const)('error: %s → %O', (errorName, code, field, Class) => {
    const body = { status: 'Failed', code, name: errorName, error: { field, message: `${field} problem` } }
    for (const status of [Number(code), 500, 200]) {
      const err = (() => {
        try {
          readEnvelope(v3Endpoints.getQuote, json(body, status))
        } catch (e) {
          return e as FirstockError
        }
        throw new Error('expected a throw')
      })()
      expect(err).toBeInstanceOf(Class)
      expect(err.constructor).toBe(Class)
      expect(err.code).toBe(errorName)
      expect(err.field).toBe(field)
    }
  })
})
