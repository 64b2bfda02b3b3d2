/**
 * `--api v1`: every command against the sandbox's Developer API V1 (`/V1/`), which shares one market and the same
 * demo account with its V3 side. V1 names instruments by trading symbol where V3 takes tokens; the CLI hides that.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEMO_ACCOUNT, type Sandbox, startSandbox } from '@firstock/sandbox'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cleanEnv, runCli, SESSION_MOMENT } from './helpers.js'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ now: SESSION_MOMENT, port: 0, tickIntervalMs: 100 })
})
afterAll(() => sandbox.close())

const env = cleanEnv()
const v1 = (...args: string[]) => runCli(['--api', 'v1', '--sandbox-url', sandbox.httpUrl, ...args], { env })
const v1Requests = (endpoint: string) => sandbox.requests.filter((r) => r.path.startsWith('/V1/') && r.endpoint === endpoint).length
const json = (stdout: string) => JSON.parse(stdout) as unknown

/** The demo account as a "real" account whose base URL is the sandbox's V1: the CLI then uses FIRSTOCK_API/profiles. */
const account = (extra: Record<string, string> = {}) =>
  cleanEnv({
    FIRSTOCK_BASE_URL: sandbox.v1!.baseUrl,
    FIRSTOCK_USER_ID: DEMO_ACCOUNT.userId,
    FIRSTOCK_PASSWORD: DEMO_ACCOUNT.password,
    FIRSTOCK_TOTP_SECRET: DEMO_ACCOUNT.totpSecret,
    FIRSTOCK_API_KEY: DEMO_ACCOUNT.apiKey,
    FIRSTOCK_VENDOR_CODE: DEMO_ACCOUNT.vendorCode,
    ...extra,
  })

describe('--api v1 against the sandbox', () => {
  test('behavior: the read commands answer from /V1/ (quotes, prices, chain and candles by trading symbol)', async () => {
    const before = sandbox.requests.filter((r) => r.path.startsWith('/api/V3/')).length
    const login = await v1('login')
    expect(login.stderr).toBe('')
    expect(login.code).toBe(0)
    const quote = await v1('quote', 'NSE:ITC-EQ', '--json')
    expect(quote.code).toBe(0)
    expect(json(quote.stdout)).toEqual([expect.objectContaining({ tradingSymbol: 'ITC-EQ', lastTradedPrice: expect.any(Number) })])
    // NSE|1660 is a token: V1 needs the symbol, looked up in the sandbox's V1 symbol master.
    const ltp = await v1('ltp', 'NSE|1660', 'NIFTY', '--json')
    expect(ltp.code).toBe(0)
    expect(json(ltp.stdout)).toEqual([
      expect.objectContaining({ tradingSymbol: 'ITC-EQ', lastTradedPrice: expect.any(Number) }),
      expect.objectContaining({ token: '26000', lastTradedPrice: expect.any(Number) }),
    ])
    const chain = await v1('chain', 'NIFTY', '--count', '2', '--json')
    expect(chain.code).toBe(0)
    const rows = json(chain.stdout) as { tradingSymbol: string; lastTradedPrice: number }[]
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(rows.every((row) => row.tradingSymbol.startsWith('NIFTY') && typeof row.lastTradedPrice === 'number')).toBe(true)
    const candles = await v1('candles', 'NSE:ITC-EQ', '--json')
    expect(candles.code).toBe(0)
    expect(Array.isArray(json(candles.stdout))).toBe(true)
    for (const command of ['orders', 'trades', 'positions', 'holdings', 'limits', 'whoami']) {
      const result = await v1(command, '--json')
      expect(result.stderr, command).toBe('')
      expect(result.code, command).toBe(0)
    }
    const holdings = json((await v1('holdings', '--json')).stdout) as { holdQuantity: number }[]
    expect(holdings.length).toBeGreaterThan(0)
    expect(holdings.every((h) => typeof h.holdQuantity === 'number')).toBe(true)
    // Nothing went to the V3 side.
    expect(sandbox.requests.filter((r) => r.path.startsWith('/api/V3/')).length).toBe(before)
  })

  test('behavior: place (tagged), modify and cancel an order on V1; the sandbox book shows each step', async () => {
    // A limit a few percent under the market rests in the book (and stays inside the price band).
    const [quote] = json((await v1('quote', 'NSE:ITC-EQ', '--json')).stdout) as { lastTradedPrice: number }[]
    const below = (fraction: number) => (Math.floor((quote!.lastTradedPrice * fraction) / 0.05) * 0.05).toFixed(2)
    const placed = await v1('place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--price', below(0.97), '--tag', 'cli-v1', '--yes', '--json')
    expect(placed.stderr).toBe('')
    expect(placed.code).toBe(0)
    const result = json(placed.stdout) as { tag: string; orders: { orderNumber: string; order: { status: string } }[] }
    expect(result.tag).toMatch(/^cli-v1-[0-9a-z]{10}$/)
    const orderNumber = result.orders[0]!.orderNumber
    expect(sandbox.orders().find((o) => o.orderNumber === orderNumber)).toMatchObject({ remarks: result.tag, status: 'OPEN' })
    // V1's epoch-second order time is shown like V3's.
    expect((await v1('orders')).stdout).toMatch(new RegExp(`${orderNumber} \\| \\d{2}:\\d{2}:\\d{2} \\d{2}-\\d{2}-\\d{4} `))
    const modified = await v1('modify', orderNumber, '--price', below(0.96), '--yes')
    expect(modified.code).toBe(0)
    expect(sandbox.orders().find((o) => o.orderNumber === orderNumber)?.price).toBe(Number(below(0.96)))
    const cancelled = await v1('cancel', orderNumber, '--yes')
    expect(cancelled.code).toBe(0)
    expect(sandbox.orders().find((o) => o.orderNumber === orderNumber)?.status).toBe('CANCELED')
    // A second cancel is refused inside a success answer (rejreason): a failure, never a success.
    const again = await v1('cancel', orderNumber, '--yes')
    expect(again.code).not.toBe(0)
    expect(again.stderr).toMatch(/not open to cancel/)
  })

  test('behavior: several symbols place one basketOrder; every leg is printed with its tag', async () => {
    const result = await v1('place', 'buy', 'NSE:ITC-EQ', 'NSE:SBIN-EQ', '--qty', '1', '--type', 'MKT', '--protection', '1', '--yes')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Leg 1 placed: order \d+ .*tag fs-[0-9a-z]{10}-1/)
    expect(result.stdout).toMatch(/Leg 2 placed: order \d+ .*tag fs-[0-9a-z]{10}-2/)
  })

  test('error: a V1 market order without --protection is a usage error naming the flag; nothing is sent', async () => {
    const before = v1Requests('placeOrder')
    const result = await v1('place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--type', 'MKT', '--yes')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--protection')
    expect(v1Requests('placeOrder')).toBe(before)
    const ok = await v1('place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--type', 'MKT', '--protection', '1', '--yes', '--json')
    expect(ok.code).toBe(0)
    expect(v1Requests('placeOrder')).toBe(before + 1)
  })

  test('behavior: watch on V1 streams over socket V2 (no quote polling)', async () => {
    const polled = () => sandbox.requests.filter((r) => r.path.startsWith('/V1/') && /quote/i.test(r.endpoint)).length
    const before = polled()
    const result = await v1('watch', 'NSE:ITC-EQ', '--for', '2s')
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/stream|poll/i)
    expect(result.stdout).toContain('ITC-EQ')
    expect(polled() - before).toBeLessThanOrEqual(1) // the seed quote only: the rest came from the socket
  })

  test('behavior: orders --watch on V1 follows order updates over socket V2', async () => {
    const result = await v1('orders', '--watch', '--for', '1s')
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/does not speak/)
  })

  test('behavior: demo --api v1 runs the tour on V1', async () => {
    const result = await runCli(['--api', 'v1', 'demo', '--for', '1s'], { env: cleanEnv() })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('fake Firstock V1')
    expect(result.stdout).toMatch(/Order \d+ BUY 10 NSE:\S+ @ [\d.]+ \(LMT/)
    expect(result.stdout).toMatch(/Order \d+ BUY 5 NSE:\S+ at market \(MKT/)
    expect(result.stdout).toContain('Available')
  })
})

describe('choosing the API version', () => {
  test('FIRSTOCK_API=v1 is the default --api', async () => {
    const before = v1Requests('limit')
    const result = await runCli(['--json', 'limits'], { env: account({ FIRSTOCK_API: 'v1' }) })
    expect(result.code).toBe(0)
    expect(v1Requests('limit')).toBe(before + 1)
  })

  test('a profile\'s "api": "v1" is the default for that profile', async () => {
    const profileEnv = cleanEnv()
    const { userId, password, totpSecret, apiKey, vendorCode } = DEMO_ACCOUNT
    const profile = { userId, password, totpSecret, apiKey, vendorCode, baseUrl: sandbox.v1!.baseUrl, api: 'v1' }
    await writeFile(join(profileEnv.FIRSTOCK_CONFIG_DIR!, 'config.json'), JSON.stringify({ profiles: { default: profile } }), { mode: 0o600 })
    const before = v1Requests('positionBook')
    const result = await runCli(['--json', 'positions'], { env: profileEnv })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(v1Requests('positionBook')).toBe(before + 1)
  })

  test('--api v3 overrides FIRSTOCK_API: V3 sends the password as given, which V1 refuses', async () => {
    const result = await runCli(['--api', 'v3', '--json', 'orders'], { env: account({ FIRSTOCK_API: 'v1' }) })
    expect(result.code).toBe(3)
  })

  test('--api with another value is a usage error naming the flag', async () => {
    const result = await runCli(['--api', 'v2', 'orders'], { env: account() })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--api must be v3 or v1')
  })
})
