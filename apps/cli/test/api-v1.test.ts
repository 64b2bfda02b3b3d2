import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { cleanEnv, runCli } from './helpers.js'

// A small in-process V1 server (the sandbox speaks V3 only), answering as docs/protocol-v1.md §1.4 and §2.4 show.
const PASSWORD = 'demo-password'
const JKEY = 'b6339fa5d1e2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b4c5d6'
const ok = (data?: unknown) => ({ status: 'success', message: 'ok', ...(data !== undefined && { data }) })
const ORDER = {
  averagePrice: '0', exchange: 'NSE', fillShares: '0', lotSize: '1', orderNumber: '25050700001776', orderTime: '1746004054',
  price: '8.90', priceType: 'LMT', product: 'C', quantity: '1', rejectReason: '', remarks: 'bot', retention: 'DAY',
  status: 'OPEN', tickSize: '0.01', token: '14366', tradingSymbol: 'IDEA-EQ', transactionType: 'B', userId: 'AB1234',
}
const answers: Record<string, (body: Record<string, unknown>) => unknown> = {
  login: (body) =>
    body.password === createHash('sha256').update(PASSWORD).digest('hex')
      ? ok({ actid: 'AB1234', userName: 'DEMO', susertoken: JKEY, email: 'x@example.com' })
      : { status: 'failed', code: '401', name: 'INVALID_PASSWORD', error: { field: 'password', message: 'wrong password' } },
  orderBook: () => ok([ORDER]),
  limit: () => ok({ availableMargin: '1000.50', cash: '1000.50', requestTime: 't' }),
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

const account = (extra: Record<string, string> = {}) =>
  cleanEnv({
    FIRSTOCK_BASE_URL: baseUrl,
    FIRSTOCK_USER_ID: 'AB1234',
    FIRSTOCK_PASSWORD: PASSWORD,
    FIRSTOCK_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
    FIRSTOCK_API_KEY: 'key',
    FIRSTOCK_VENDOR_CODE: 'AB1234_API',
    ...extra,
  })

test('--api v1: orders come from the V1 order book, after a V1 login', async () => {
  seen.length = 0
  const result = await runCli(['--api', 'v1', '--json', 'orders'], { env: account() })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  expect(JSON.stringify(JSON.parse(result.stdout))).toContain('25050700001776')
  expect(seen).toEqual(['login', 'orderBook'])
})

test('FIRSTOCK_API=v1 is the default --api', async () => {
  seen.length = 0
  const result = await runCli(['--json', 'limits'], { env: account({ FIRSTOCK_API: 'v1' }) })
  expect(result.code).toBe(0)
  expect(seen).toEqual(['login', 'limit'])
})

test('--api v3 overrides FIRSTOCK_API: V3 sends the password as given, which this V1 server refuses', async () => {
  seen.length = 0
  const result = await runCli(['--api', 'v3', '--json', 'orders'], { env: account({ FIRSTOCK_API: 'v1' }) })
  expect(result.code).toBe(3)
  expect(result.stderr + result.stdout).toContain('INVALID_PASSWORD')
  expect(seen).toEqual(['login'])
})

test('--api with another value is a usage error naming the flag', async () => {
  const result = await runCli(['--api', 'v2', 'orders'], { env: account() })
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('--api must be v3 or v1')
})

test('--api v1 with the sandbox is refused: the sandbox speaks V3 only', async () => {
  const result = await runCli(['--api', 'v1', '--sandbox', 'orders'], { env: cleanEnv() })
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('the sandbox speaks V3 only')
})
