/**
 * `createFirstock({ version: 'v1' })` against a small in-process V1 server on loopback: the V1 methods, the V1
 * quirks (hashed password, sliced orders, one-item quotes, per-item quote errors, soft failures) end to end.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RejectedError, ValidationError } from '@firstock/core'
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest'
import { createFirstock } from '../src/index.js'

const PASSWORD = 'correct horse'
const JKEY = 'b6339fa5d1e2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b4c5d6'

/** A V1 answer per path: `{status:"success", message, data}` as docs/developer-api-protocol.md §2 shows them. */
const ok = (data: unknown) => ({ status: 'success', message: 'ok', data })
const ANSWERS: Record<string, (body: Record<string, unknown>) => unknown> = {
  login: (body) =>
    body.password === createHash('sha256').update(PASSWORD).digest('hex')
      ? ok({ actid: 'AB1234', userName: 'DEMO', susertoken: JKEY, email: 'x@example.com' })
      : { status: 'failed', code: '401', name: 'INVALID_PASSWORD', error: { field: 'password', message: 'wrong password' } },
  logout: () => ({ status: 'success', message: 'Successfully logged out' }),
  getQuote: () => ok([{ exchange: 'NSE', tradingSymbol: 'NIFTY', token: '26000', lastTradedPrice: '24177.80', dayLowPrice: '24072.00' }]),
  placeOrder: (body) =>
    Number(body.quantity) > 1800
      ? ok([{ orderNumber: '1', quantity: '1800', requestTime: 't' }, { orderNumber: '2', quantity: String(Number(body.quantity) - 1800), requestTime: 't' }])
      : ok({ orderNumber: '3', requestTime: 't' }),
  cancelOrder: () => ok({ orderNumber: '3', rejreason: 'SAF:order is not open to cancel', requestTime: 't' }),
  getMultiQuotes: () => ok([{ exchange: 'NSE', tradingSymbol: 'NIFTY', token: '26000', lastTradedPrice: '1.5' }, { status: 'error', error: 'no such symbol', identifier: 'NFO:BAD' }]),
}

let server: Server
let baseUrl: string
const requests: { path: string; body: Record<string, unknown> }[] = []

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of req) text += chunk
  return JSON.parse(text) as Record<string, unknown>
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = (req.url ?? '').replace(/^\/V1\//, '')
    const body = await readBody(req)
    requests.push({ path, body })
    const answer = ANSWERS[path]
    const authorised = path === 'login' || body.jKey === JKEY
    res.setHeader('content-type', 'application/json')
    // An expired session comes back as HTTP 403 with the verdict in the body (docs/developer-api-protocol.md §1.2).
    if (!authorised) res.writeHead(403).end(JSON.stringify({ status: 'failed', code: '401', name: 'INVALID_JKEY', error: { field: 'jKey', message: 'invalid jKey' } }))
    else if (!answer) res.writeHead(404).end(JSON.stringify({ status: 'failed', code: '404', name: 'RESOURCE_NOT_FOUND', error: { field: 'path', message: path } }))
    else res.end(JSON.stringify(answer(body)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/V1/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const v1Client = () =>
  createFirstock({ version: 'v1', baseUrl, userId: 'AB1234', password: PASSWORD, totp: '123456', apiKey: 'k', vendorCode: 'AB1234_API', rateLimits: false })

describe("createFirstock({ version: 'v1' })", () => {
  test('types: only the V1 methods', () => {
    const firstock = v1Client()
    expectTypeOf(firstock.placeAMO).toBeFunction()
    expectTypeOf(firstock.optionChainGreeks).toBeFunction()
    expectTypeOf(firstock).not.toHaveProperty('multiPlaceOrders')
    expectTypeOf(firstock).not.toHaveProperty('spanCalculators')
    expectTypeOf(firstock.version).toEqualTypeOf<'v1'>()
    expect(firstock.version).toBe('v1')
    expect('multiPlaceOrders' in firstock).toBe(false)
    expect(typeof (firstock as unknown as Record<string, unknown>).placeGttOrder).toBe('function')
  })

  test('login sends the SHA-256 hex of the password, then calls carry the jKey', async () => {
    const firstock = v1Client()
    const session = await firstock.login()
    expect(session.jKey).toBe(JKEY)
    const login = requests.filter((r) => r.path === 'login').at(-1)!
    expect(login.body.password).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(login.body)).not.toContain(PASSWORD)
  })

  test('getQuote resolves the one quote, with numbers', async () => {
    const firstock = v1Client()
    await firstock.login()
    const quote = await firstock.getQuote({ exchange: 'NSE', tradingSymbol: 'NIFTY' })
    expect(quote).toMatchObject({ token: '26000', lastTradedPrice: 24177.8, dayLowPrice: 24072 })
  })

  test('placeOrder resolves { orders } for one order and for a sliced one; every slice has its order number', async () => {
    const firstock = v1Client()
    await firstock.login()
    const order = { exchange: 'NFO', product: 'M', priceType: 'LMT', tradingSymbol: 'X', transactionType: 'B', price: 65, remarks: 'bot' } as const
    const one = await firstock.placeOrder({ ...order, quantity: 75 })
    expect(one.orders.map((o) => o.orderNumber)).toEqual(['3'])
    const sliced = await firstock.placeOrder({ ...order, quantity: 5265 })
    expect(sliced.orders).toEqual([
      { orderNumber: '1', quantity: 1800, requestTime: 't' },
      { orderNumber: '2', quantity: 3465, requestTime: 't' },
    ])
    expect(requests.filter((r) => r.path === 'placeOrder').at(-1)!.body.quantity).toBe('5265')
  })

  test('MKT without mkt_protection is refused before sending', async () => {
    const firstock = v1Client()
    const before = requests.length
    const err = await firstock
      .placeOrder({ exchange: 'NSE', product: 'C', priceType: 'MKT', tradingSymbol: 'IDEA-EQ', transactionType: 'B', price: 0, quantity: 1 })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ValidationError)
    expect(err).toMatchObject({ field: 'mkt_protection' })
    expect(requests.length).toBe(before)
  })

  test('a cancel with a rejreason rejects with RejectedError', async () => {
    const firstock = v1Client()
    await firstock.login()
    const err = await firstock.cancelOrder({ orderNumber: '3' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RejectedError)
    expect(err).toMatchObject({ reason: 'SAF:order is not open to cancel' })
  })

  test('getMultiQuotes: one bad item does not fail the call', async () => {
    const firstock = v1Client()
    await firstock.login()
    const items = await firstock.getMultiQuotes({ data: [{ exchange: 'NSE', tradingSymbol: 'NIFTY' }, { exchange: 'NFO', tradingSymbol: 'BAD' }] })
    expect(items.map((item) => item.ok)).toEqual([true, false])
  })
})
