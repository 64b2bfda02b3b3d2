import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Sandbox, startSandbox } from '@firstock/sandbox'
import {
  type Endpoint,
  type EndpointOutput,
  getQuote,
  holdings,
  limit,
  orderBook,
  positionBook,
  schemasOf,
  searchScrips,
} from '@firstock/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ANSI, cleanEnv, runCli, SESSION_MOMENT } from './helpers.js'

let sandbox: Sandbox
let env: NodeJS.ProcessEnv
const cli = (...args: string[]) => runCli(['--sandbox-url', sandbox.httpUrl, ...args], { env })
/** The CLI's --json prints what the SDK returns: parse it with the endpoint's response schema. */
const parseAs = async <E extends Endpoint>(endpoint: E, value: unknown) =>
  (await schemasOf(endpoint)).response.parse(value) as EndpointOutput<E>
const parseQuotes = async (value: unknown) => (await schemasOf(getQuote)).response.array().parse(value)
const placeOrders = () => sandbox.requests.filter((r) => r.endpoint === 'placeOrder')
/** The one line a failing command prints, and that it is only one line without a stack. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(stderr).not.toMatch(/^\s+at /m)
  return lines[0]!
}

/** FIRSTOCK_* credentials of the demo account, pointed at the loopback sandbox: the CLI treats it as a real account. */
const realTargetEnv = () => ({
  FIRSTOCK_USER_ID: 'DEMO01',
  FIRSTOCK_PASSWORD: 'demo-password',
  FIRSTOCK_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
  FIRSTOCK_API_KEY: '5f4dcc3b5aa765d61d8327deb882cf99',
  FIRSTOCK_VENDOR_CODE: 'DEMO01_API',
  FIRSTOCK_BASE_URL: sandbox.baseUrl,
  FIRSTOCK_WS_URL: sandbox.wsUrl,
})

beforeAll(async () => {
  sandbox = await startSandbox({ now: SESSION_MOMENT, port: 0, tickIntervalMs: 100 })
  env = cleanEnv()
})
afterAll(() => sandbox?.close())

describe('demo', () => {
  test('behavior: demo exits 0 and prints quotes, orders, a live table, positions and limits', async () => {
    const { code, stdout, stderr } = await runCli(['demo', '--for', '1s'], { env: cleanEnv() })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('ITC-EQ')
    expect(stdout).toMatch(/Order \d{14} BUY 10 NSE:ITC-EQ @ [\d.]+ \(LMT/)
    expect(stdout).toMatch(/Order \d{14} BUY 5 NSE:\S+ at market \(MKT/)
    expect(stdout).toContain('Live touchline')
    expect(stdout).toMatch(/\| Symbol\s+\| Key\s+\|\s+LTP/)
    expect(stdout).toContain('Available')
    expect(stdout).not.toMatch(ANSI)
    expect(stdout).not.toContain('demo-password')
  })

  test('behavior: demo --json prints one JSON document shaped like the SDK types', async () => {
    const { code, stdout } = await runCli(['demo', '--for', '500ms', '--json'], { env: cleanEnv() })
    expect(code).toBe(0)
    const doc = JSON.parse(stdout) as Record<string, unknown>
    await parseQuotes(doc.quotes)
    await parseAs(orderBook, doc.orderBook)
    await parseAs(positionBook, doc.positions)
    await parseAs(limit, doc.limits)
    expect(doc.orders).toHaveLength(2)
    expect((doc.orders as { orderNumber: string }[])[0]!.orderNumber).toMatch(/^\d{14}$/)
  })
})

describe('--json', () => {
  test('behavior: quote --json parses as the SDK Quote type', async () => {
    const { code, stdout } = await cli('quote', 'NSE:ITC-EQ', 'NSE|26000', '--json')
    expect(code).toBe(0)
    const quotes = await parseQuotes(JSON.parse(stdout))
    expect(quotes.map((q) => q.tradingSymbol)).toEqual(['ITC-EQ', expect.any(String)])
    expect(typeof quotes[0]!.lastTradedPrice).toBe('number')
  })

  test('behavior: search, holdings, limits --json parse as their endpoint outputs', async () => {
    const search = await cli('search', 'ITC', '--json')
    await parseAs(searchScrips, JSON.parse(search.stdout))
    const held = await cli('holdings', '--json')
    await parseAs(holdings, JSON.parse(held.stdout))
    const limits = await cli('limits', '--json')
    await parseAs(limit, JSON.parse(limits.stdout))
  })

  test('behavior: place --yes --json places, confirms from the book and prints the confirmed order', async () => {
    const before = placeOrders().length
    const { code, stdout, stderr } = await cli('place', 'buy', 'NSE:SBIN-EQ', '--qty', '2', '--type', 'MKT', '--product', 'I', '--yes', '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { orderNumber: string; tag: string; order: unknown; recovered: boolean }
    expect(result.recovered).toBe(false)
    expect(placeOrders()).toHaveLength(before + 1)
    const [row] = await parseAs(orderBook, [result.order])
    expect(row!.orderNumber).toBe(result.orderNumber)
    expect(row!.remarks).toBe(result.tag)
    const orders = await cli('orders', '--json')
    expect((await parseAs(orderBook, JSON.parse(orders.stdout))).some((o) => o.orderNumber === result.orderNumber)).toBe(true)
  })
})

describe('bad input: one line, the right exit code, nothing sent', () => {
  test('error: unknown symbol → exit 2, UNKNOWN_SYMBOL, no order', async () => {
    const before = placeOrders().length
    const { code, stdout, stderr } = await cli('place', 'buy', 'NSE:NOSUCH-EQ', '--qty', '1', '--price', '10', '--yes')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(oneLine(stderr)).toMatch(/^error: unknown symbol NSE:NOSUCH-EQ \[UNKNOWN_SYMBOL, field: symbol\]/)
    expect(placeOrders()).toHaveLength(before)
  })

  test.each(['MCX', 'CDS'])('error: %s is not an exchange V3 accepts → exit 2, UNKNOWN_EXCHANGE, no order', async (exchange) => {
    const before = placeOrders().length
    const { code, stderr } = await cli('place', 'buy', `${exchange}:GOLD`, '--qty', '1', '--price', '10', '--yes')
    expect(code).toBe(2)
    expect(oneLine(stderr)).toMatch(/\[UNKNOWN_EXCHANGE, field: symbol\]/)
    expect(stderr).toContain('NSE, BSE, NFO, BFO')
    expect(placeOrders()).toHaveLength(before)
  })

  test('error: negative quantity → exit 2, field quantity, no order', async () => {
    const before = placeOrders().length
    const { code, stderr } = await cli('place', 'buy', 'NSE:ITC-EQ', '--qty', '-5', '--price', '390', '--yes')
    expect(code).toBe(2)
    expect(oneLine(stderr)).toMatch(/quantity must be a positive integer \(got "-5"\) \[INVALID_INPUT, field: quantity\]/)
    expect(placeOrders()).toHaveLength(before)
  })

  test('error: LMT without a price → exit 2, field price, no order', async () => {
    const before = placeOrders().length
    const { code, stderr } = await cli('place', 'sell', 'NSE:ITC-EQ', '--qty', '5', '--type', 'LMT', '--yes')
    expect(code).toBe(2)
    expect(oneLine(stderr)).toMatch(/price is required \[INVALID_INPUT, field: price\] — pass --price/)
    expect(placeOrders()).toHaveLength(before)
  })

  test('error: no --yes and no terminal → exit 2, CONFIRMATION_REQUIRED, no order', async () => {
    const before = placeOrders().length
    const { code, stderr } = await cli('place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--price', '380')
    expect(code).toBe(2)
    expect(oneLine(stderr)).toContain('[CONFIRMATION_REQUIRED]')
    expect(placeOrders()).toHaveLength(before)
  })

  test('error: bad side and unknown flag → exit 2', async () => {
    expect((await cli('place', 'hold', 'NSE:ITC-EQ', '--qty', '1', '--yes')).code).toBe(2)
    const unknown = await cli('quote', 'NSE:ITC-EQ', '--bogus')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown option '--bogus'")
  })
})

describe('symbols: looked up in the symbol masters', () => {
  const searches = () => sandbox.requests.filter((r) => r.endpoint === 'searchScrips').length

  test('behavior: quote and ltp by symbol resolve through the symbol masters (no searchScrips)', async () => {
    const before = searches()
    const quote = await cli('quote', 'NSE:ITC-EQ', 'NSE:RELIANCE', 'BSE:TCS', '--json')
    expect(quote.stderr).toBe('')
    expect(quote.code).toBe(0)
    const quotes = await parseQuotes(JSON.parse(quote.stdout))
    expect(quotes.map((q) => [q.exchange, q.tradingSymbol])).toEqual([['NSE', 'ITC-EQ'], ['NSE', 'RELIANCE-EQ'], ['BSE', 'TCS']])
    // The nearest NIFTY future, whatever today's date: the sandbox lists futures in expiry order.
    const future = sandbox.market.instruments().find((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && i.instrumentName === 'FUTIDX')!
    const ltp = await cli('ltp', 'nse:sbin-eq', `NFO:${future.tradingSymbol}`)
    expect(ltp.code).toBe(0)
    expect(ltp.stdout).toMatch(/\| SBIN-EQ\s+\| NSE/)
    expect(ltp.stdout).toMatch(new RegExp(`\\| ${future.tradingSymbol}\\s+\\| NFO\\s+\\| ${future.token}`))
    expect(searches()).toBe(before)
  })

  test('behavior: a BFO SENSEX option quotes through the BFO master, and chain SENSEX lists BFO options', async () => {
    const option = sandbox.market.instruments().find((i) => i.exchange === 'BFO' && i.optionType === 'CE')!
    const quote = await cli('quote', `BFO:${option.tradingSymbol}`, '--json')
    expect(quote.stderr).toBe('')
    expect(quote.code).toBe(0)
    const [q] = await parseQuotes(JSON.parse(quote.stdout))
    expect(q).toMatchObject({ exchange: 'BFO', tradingSymbol: option.tradingSymbol, lotSize: option.lotSize })
    const chain = await cli('chain', 'SENSEX', '--count', '2', '--json')
    expect(chain.code).toBe(0)
    const values = JSON.parse(chain.stdout) as { exchange: string; tradingSymbol: string }[]
    expect(values).toHaveLength(8)
    expect(values.every((v) => v.exchange === 'BFO' && v.tradingSymbol.startsWith('SENSEX'))).toBe(true)
  })

  test('behavior: SENSEX by name quotes BSE|1, and chain SENSEX lists strikes around its spot', async () => {
    const quote = await cli('quote', 'SENSEX', '--json')
    expect(quote.code).toBe(0)
    const [q] = await parseQuotes(JSON.parse(quote.stdout))
    expect(q).toMatchObject({ exchange: 'BSE', token: '1' })
    const chain = await cli('chain', 'SENSEX', '--count', '2', '--json')
    const strikes = (JSON.parse(chain.stdout) as { strikePrice: number }[]).map((v) => v.strikePrice).sort((a, b) => a - b)
    // Strikes step by 100 around the at-the-money one; the spot moves a little between the two commands.
    expect(strikes[0]! - 100).toBeLessThanOrEqual(q!.lastTradedPrice!)
    expect(strikes.at(-1)! + 100).toBeGreaterThanOrEqual(q!.lastTradedPrice!)
  })

  test('error: quote NSE:ITCC-EQ → one line naming NSE:ITC-EQ as the closest match, exit 2', async () => {
    const { code, stdout, stderr } = await cli('quote', 'NSE:ITCC-EQ')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(oneLine(stderr)).toMatch(/^error: unknown symbol NSE:ITCC-EQ \[UNKNOWN_SYMBOL, field: symbol\] — closest matches: NSE:ITC-EQ\b/)
  })

  test('error: place with a misspelt symbol → closest matches, exit 2, no order sent', async () => {
    const before = placeOrders().length
    const { code, stderr } = await cli('place', 'buy', 'NSE:RELIANC-EQ', '--qty', '1', '--price', '10', '--yes')
    expect(code).toBe(2)
    expect(oneLine(stderr)).toMatch(/unknown symbol NSE:RELIANC-EQ .*closest matches: NSE:RELIANCE-EQ/)
    expect(placeOrders()).toHaveLength(before)
  })

  test('behavior: watch by symbol streams the resolved token', async () => {
    const before = searches()
    const { code, stdout } = await cli('watch', 'NSE:ITC-EQ', 'BSE:RELIANCE', '--for', '1s')
    expect(code).toBe(0)
    expect(stdout).toMatch(/\| ITC-EQ\s+\| NSE\|1660/)
    expect(stdout).toMatch(/\| RELIANCE\s+\| BSE\|500325/)
    expect(searches()).toBe(before)
  })

  test('behavior: candles and chain by symbol; an unknown underlying lists the closest ones', async () => {
    const candles = await cli('candles', 'NSE:ITC-EQ', '--interval', '5', '--json')
    expect(candles.stderr).toBe('')
    expect(candles.code).toBe(0)
    const chain = await cli('chain', 'NIFTY', '--count', '2', '--json')
    expect(chain.stderr).toBe('')
    expect(chain.code).toBe(0)
    const values = JSON.parse(chain.stdout) as { tradingSymbol: string }[]
    expect(values.length).toBeGreaterThan(0)
    expect(values.every((v) => v.tradingSymbol.startsWith('NIFTY'))).toBe(true)
    const unknown = await cli('chain', 'NIFTYY')
    expect(unknown.code).toBe(2)
    expect(oneLine(unknown.stderr)).toMatch(/no listed options found for NIFTYY .*closest matches: NIFTY\b/)
  })

  test('behavior: a real target caches the masters in $FIRSTOCK_CACHE_DIR and reuses them', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'firstock-cache-test-'))
    const own = cleanEnv({ ...realTargetEnv(), FIRSTOCK_CACHE_DIR: cacheDir })
    const first = await runCli(['quote', 'NSE:ITC-EQ', '--json'], { env: own })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const files = readdirSync(cacheDir)
    expect(files.some((f) => /^NSE-[0-9a-f]+\.csv$/.test(f))).toBe(true)
    const again = await runCli(['quote', 'NSE:SBIN-EQ', '--json'], { env: own })
    expect(again.code).toBe(0)
    expect(readdirSync(cacheDir)).toEqual(files)
  })

  test('behavior: when the masters cannot be downloaded, symbols are looked up by search (with a note)', async () => {
    const before = searches()
    const { code, stdout, stderr } = await runCli(['--sandbox-url', sandbox.httpUrl, 'quote', 'NSE:ITC-EQ', '--json'], {
      env: { ...env, FIRSTOCK_SYMBOLS_URL: 'http://127.0.0.1:9/' },
    })
    expect(code).toBe(0)
    expect(stderr).toMatch(/symbol masters unavailable .* looking symbols up by search instead/)
    expect((await parseQuotes(JSON.parse(stdout)))[0]!.tradingSymbol).toBe('ITC-EQ')
    expect(searches()).toBe(before + 1)
  })
})

describe('exit codes by class', () => {
  test('error: API refusal → exit 3 with the code and a hint', async () => {
    const { code, stderr } = await cli('cancel', '99999999999999', '--yes')
    expect(code).toBe(3)
    expect(oneLine(stderr)).toMatch(/ORDER_NOT_FOUND.*— list orders with `firstock orders`/)
  })

  test('error: nothing listening → exit 4 (network)', async () => {
    const { code, stderr } = await runCli(['--sandbox-url', 'http://127.0.0.1:9', 'ltp', 'NSE|1660'], { env })
    expect(code).toBe(4)
    expect(oneLine(stderr)).toMatch(/^error: .*— check the connection/)
  })

  test('error: placeOrder answer lost and not found by tag → exit 5 (outcome unknown)', async () => {
    sandbox.faults.inject({ endpoint: 'placeOrder', kind: 'reset' })
    const { code, stderr } = await cli('place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--price', '300', '--yes')
    sandbox.faults.clear()
    expect(code).toBe(5)
    expect(oneLine(stderr)).toMatch(/may or may not exist — check `firstock orders`/)
  })

  test('behavior: --debug shows the stack', async () => {
    const { code, stderr } = await runCli(['--sandbox-url', 'http://127.0.0.1:9', '--debug', 'ltp', 'NSE|1660'], { env })
    expect(code).toBe(4)
    expect(stderr).toMatch(/^\s+at /m)
  })
})

describe('help and output', () => {
  test('behavior: --version prints the version in the package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    const result = await runCli(['--version'], { env: cleanEnv() })
    expect(result.stdout.trim()).toBe(version)
    expect(result.code).toBe(0)
  })

  test('behavior: every command has --help with an example', async () => {
    const commands = ['demo', 'sandbox', 'fault', 'login', 'logout', 'whoami', 'quote', 'ltp', 'search', 'chain', 'candles', 'orders', 'trades', 'positions', 'holdings', 'limits', 'place', 'modify', 'cancel', 'watch']
    const results = await Promise.all(commands.map((c) => runCli([c, '--help'], { env })))
    for (const [i, r] of results.entries()) {
      expect(r.code, commands[i]).toBe(0)
      expect(r.stdout, commands[i]).toMatch(/Examples?:\n\s+\$ firstock /)
    }
  })

  test('behavior: tables are plain (no ANSI) when stdout is not a terminal, even with FORCE_COLOR under NO_COLOR', async () => {
    const plain = await cli('quote', 'NSE:ITC-EQ')
    expect(plain.stdout).toMatch(/\| ITC-EQ\s+\| NSE/)
    expect(plain.stdout).not.toMatch(ANSI)
    const forced = await runCli(['--sandbox-url', sandbox.httpUrl, 'quote', 'NSE:ITC-EQ'], { env: { ...env, FORCE_COLOR: '1', NO_COLOR: '1' } })
    expect(forced.stdout).not.toMatch(ANSI)
  })

  test('behavior: watch --for off a terminal prints tick lines and a final table, then exits 0', async () => {
    const { code, stdout } = await cli('watch', 'NIFTY', 'NSE:ITC-EQ', '--for', '1s')
    expect(code).toBe(0)
    expect(stdout).toMatch(/\| Nifty 50\s+\| NSE\|26000/)
  })

  test('behavior: without a sandbox URL or credentials, a throwaway in-process sandbox answers', async () => {
    const { code, stdout, stderr } = await runCli(['quote', 'NSE:ITC-EQ', '--json'], { env: cleanEnv() })
    expect(code).toBe(0)
    expect(stderr).toContain('throwaway in-process one, market always-open')
    await parseQuotes(JSON.parse(stdout))
  })
})

describe('--now: the sandbox clock', () => {
  test('behavior: the in-process sandbox starts at --now; chain picks that date\'s nearest expiry (IST, holiday-shifted)', async () => {
    // Friday 20 Nov 2026 noon IST: Tuesday 24 Nov is a holiday, so the nearest NIFTY expiry is Monday 23 Nov.
    const chain = await runCli(['--now', '2026-11-20T12:00', 'chain', 'NIFTY', '--count', '1', '--json'], { env: cleanEnv() })
    expect(chain.code).toBe(0)
    const values = JSON.parse(chain.stdout) as { tradingSymbol: string }[]
    expect(values.length).toBeGreaterThan(0)
    expect(values.every((v) => /^NIFTY23NOV26[CP]\d+$/.test(v.tradingSymbol))).toBe(true)
  })

  test('error: a --now that is not a time, or a --now the target cannot take, is a usage error naming --now', async () => {
    const bad = await runCli(['--now', '2026-02-30', 'quote', 'NSE:ITC-EQ'], { env: cleanEnv() })
    expect(bad.code).toBe(2)
    expect(oneLine(bad.stderr)).toMatch(/--now: expected a Date, an ISO-8601 time/)
    const remote = await cli('--now', '2026-11-20T12:00', 'quote', 'NSE:ITC-EQ')
    expect(remote.code).toBe(2)
    expect(oneLine(remote.stderr)).toMatch(/--now sets the clock of a sandbox this command starts/)
  })
})

describe('real target (pointed at the loopback sandbox, so nothing leaves the machine)', () => {
  const realEnv = () => cleanEnv(realTargetEnv())

  test('behavior: configured credentials select the real target; an order without --yes is refused and names the account', async () => {
    const before = placeOrders().length
    const { code, stderr } = await runCli(['place', 'buy', 'NSE:ITC-EQ', '--qty', '1', '--price', '380'], { env: realEnv() })
    expect(code).toBe(2)
    expect(oneLine(stderr)).toMatch(/CONFIRMATION_REQUIRED.*REAL account DEMO01/)
    expect(placeOrders()).toHaveLength(before)
  })

  test('behavior: whoami --json shows the real target and where the credentials came from, never the secrets', async () => {
    const { code, stdout } = await runCli(['whoami', '--json'], { env: realEnv() })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ target: 'real', credentialsFrom: 'environment', userId: 'DEMO01' })
    expect(stdout).not.toContain('demo-password')
    expect(stdout).not.toContain('JBSWY3DPEHPK3PXP')
  })

  test('behavior: --sandbox overrides configured credentials', async () => {
    const { code, stdout } = await runCli(['--sandbox-url', sandbox.httpUrl, 'whoami', '--json'], { env: realEnv() })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ target: 'sandbox' })
  })
})

describe('firstock sandbox', () => {
  test('behavior: runs in the foreground, other commands find it without flags, Ctrl-C stops it and forgets it', async () => {
    const { spawn } = await import('node:child_process')
    const { existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { MAIN } = await import('./helpers.js')
    const ownEnv = cleanEnv()
    const child = spawn(process.execPath, [MAIN, 'sandbox', '--port', '0', '--json'], { env: ownEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    const state = await new Promise<{ httpUrl: string; pid: number; marketHours: string }>((resolve, reject) => {
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        if (text.includes('\n')) resolve(JSON.parse(text.split('\n')[0]!))
      })
      child.on('exit', () => reject(new Error(`sandbox exited early: ${text}`)))
    })
    expect(state.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    // The library's default is real hours; the CLI's sandbox stays usable at any hour unless --market-hours real.
    expect(state.marketHours).toBe('always-open')
    const stateFile = join(ownEnv.FIRSTOCK_CONFIG_DIR!, 'sandbox.json')
    expect(existsSync(stateFile)).toBe(true)

    const whoami = await runCli(['whoami', '--json'], { env: ownEnv })
    expect(whoami.stderr).toBe('')
    expect(JSON.parse(whoami.stdout)).toMatchObject({ target: 'sandbox', baseUrl: `${state.httpUrl}/api/V3/` })

    // The control token is in the state file (this user only); `firstock fault` sends it, others are refused.
    const { readFileSync, statSync } = await import('node:fs')
    const { controlToken } = JSON.parse(readFileSync(stateFile, 'utf8')) as { controlToken: string }
    expect(controlToken).toMatch(/^[\w-]{40,}$/)
    expect(statSync(stateFile).mode & 0o777).toBe(0o600)
    const anonymous = await fetch(`${state.httpUrl}/__sandbox/faults`, { method: 'POST', body: '{"kind":"html502"}', headers: { 'content-type': 'text/plain' } })
    expect(anonymous.status).toBe(401)
    const armed = await runCli(['fault', 'json500', '--endpoint', 'limit', '--count', '3'], { env: ownEnv })
    expect(armed.stderr).toBe('')
    expect(armed.stdout).toContain('fault json500 queued for limit (next 3 requests)')
    expect((await runCli(['limits'], { env: ownEnv })).code).not.toBe(0)
    const forged = await runCli(['fault', 'clear'], { env: { ...ownEnv, FIRSTOCK_SANDBOX_TOKEN: 'forged' } })
    expect(forged.code).toBe(2)
    expect(oneLine(forged.stderr)).toContain('refused the control token')
    expect((await runCli(['fault', 'clear'], { env: ownEnv })).code).toBe(0)

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(existsSync(stateFile)).toBe(false)
  })
})

describe('multi-leg place', () => {
  const legs = ['place', 'buy', 'NSE:ITC-EQ', 'NSE:SBIN-EQ', '--qty', '1', '--type', 'MKT', '--product', 'I', '--yes']
  const multi = () => sandbox.requests.filter((r) => r.endpoint === 'multiPlaceOrders').length

  test('behavior: several symbols place one multi-leg order and print every leg', async () => {
    const before = multi()
    const { code, stdout, stderr } = await cli(...legs)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/Leg 1 placed: order \d+/)
    expect(stdout).toMatch(/Leg 2 placed: order \d+/)
    expect(multi()).toBe(before + 1)
  })

  test('error: a rejected leg prints placed and rejected legs and exits 3', async () => {
    sandbox.faults.inject({ endpoint: 'multiPlaceOrders', kind: 'rejectLeg', leg: 2 })
    const { code, stdout, stderr } = await cli(...legs)
    expect(code).toBe(3)
    expect(stdout).toMatch(/Leg 1 placed: order (\d+)/)
    expect(stdout).toContain('Leg 2 REJECTED')
    expect(stdout).toContain('PRODUCT_USAGE')
    const placed = /Leg 1 placed: order (\d+)/.exec(stdout)![1]!
    expect(oneLine(stderr)).toContain(`leg(s) ARE placed (${placed})`)
    expect(sandbox.orders().some((o) => o.orderNumber === placed)).toBe(true)
  })

  test('error: --json prints { placed, rejected } and exits 3', async () => {
    sandbox.faults.inject({ endpoint: 'multiPlaceOrders', kind: 'rejectLeg', leg: 1 })
    const { code, stdout } = await cli(...legs, '--json')
    expect(code).toBe(3)
    const result = JSON.parse(stdout) as { placed: { leg: number }[]; rejected: { leg: number; errorName: string }[] }
    expect(result.placed.map((leg) => leg.leg)).toEqual([2])
    expect(result.rejected).toMatchObject([{ leg: 1, errorName: 'PRODUCT_USAGE' }])
  })
})
