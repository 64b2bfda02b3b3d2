import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { main as loginAndQuoteV1 } from '../src/login-and-quote-v1.js'

// A small in-process V1 server (the sandbox speaks V3 only): the answers of docs/protocol-v1.md §1.4 and §2.5.
const PASSWORD = 'demo-password'
const JKEY = 'b6339fa5d1e2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b4c5d6'
const ok = (data?: unknown) => ({ status: 'success', message: 'ok', ...(data !== undefined && { data }) })
const quote = { exchange: 'NSE', tradingSymbol: 'NIFTY', token: '26000', lastTradedPrice: '24177.80', dayLowPrice: '24072.00', dayHighPrice: '24201.65' }
const answers: Record<string, (body: Record<string, unknown>) => unknown> = {
  login: (body) =>
    body.password === createHash('sha256').update(PASSWORD).digest('hex') && /^\d{6}$/.test(String(body.TOTP))
      ? ok({ actid: 'AB1234', userName: 'DEMO', susertoken: JKEY, email: 'x@example.com' })
      : { status: 'failed', code: '401', name: 'INVALID_PASSWORD', error: { field: 'password', message: 'wrong password' } },
  'getQuote/ltp': () => ok([{ companyName: 'Nifty 50', exchange: 'NSE', lastTradedPrice: '24177.80', requestTime: 't', token: '26000' }]),
  getQuote: () => ok([quote]),
  logout: () => ok(),
}
const seen: string[] = []
let server: Server
let baseUrl: string

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let text = ''
    for await (const chunk of req) text += chunk
    const body = JSON.parse(text) as Record<string, unknown>
    const path = (req.url ?? '').replace(/^\/V1\//, '')
    seen.push(path)
    const answer = answers[path]
    if (!answer || (path !== 'login' && body.jKey !== JKEY)) res.writeHead(400).end('{"status":"failed","code":"400","name":"BAD_REQUEST"}')
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(body)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/V1/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

test('example: login + quote on V1', async () => {
  const env = {
    FIRSTOCK_BASE_URL: baseUrl,
    FIRSTOCK_USER_ID: 'AB1234',
    FIRSTOCK_PASSWORD: PASSWORD,
    FIRSTOCK_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
    FIRSTOCK_API_KEY: 'key',
    FIRSTOCK_VENDOR_CODE: 'AB1234_API',
  }
  const result = await loginAndQuoteV1(env, () => {})
  expect(result).toEqual({ userId: 'AB1234', lastTradedPrice: 24177.8 })
  expect(seen).toEqual(['login', 'getQuote/ltp', 'getQuote', 'logout'])
})

test('example: without FIRSTOCK_BASE_URL-style settings it says what is missing', async () => {
  await expect(loginAndQuoteV1({}, () => {})).rejects.toThrow('FIRSTOCK_USER_ID is required')
})
