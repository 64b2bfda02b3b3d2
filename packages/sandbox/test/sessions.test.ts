import { afterEach, describe, expect, test } from 'vitest'
import type { Sandbox, SandboxOptions } from '../src/index.ts'
import { login, post, start } from './helpers.ts'
import { loginV1, postV1 } from './v1-helpers.ts'

// Market sessions with real hours and a pinned clock (IST): pre-open 09:00–09:15 with one auction price at 09:15,
// continuous trading 09:15–15:30, closed otherwise, on weekends and on holidays.

const TUESDAY = '2026-12-01'
const SATURDAY = '2026-12-05'
const HOLIDAY = '2026-12-03' // a Thursday, made a holiday below
const CLOSED = 'ORA:Market is closed for NSE'

let sb: Sandbox
let now = 0
afterEach(() => sb?.close())

/** A real-hours sandbox whose clock stands at `day` `time` IST until `at()` moves it. */
async function startAt(day: string, time: string, options: SandboxOptions = {}) {
  now = Date.parse(`${day}T${time}+05:30`)
  sb = await start({ now: () => now, marketHours: 'real', holidays: [HOLIDAY], ...options })
  return sb
}
const at = (day: string, time: string) => {
  now = Date.parse(`${day}T${time}+05:30`)
}

const equity = () => sb.market.instruments().find((i) => i.exchange === 'NSE' && i.instrumentName === 'EQ')!
const ltp = () => sb.market.quote('NSE', equity().token)!.ltp
const onTick = (price: number) => (Math.round(price / equity().tickSize) * equity().tickSize).toFixed(2)

async function placeV3(auth: { userId: string; jKey: string }, over: Record<string, unknown> = {}) {
  const res = await post(sb, 'placeOrder', {
    ...auth,
    exchange: 'NSE',
    tradingSymbol: equity().tradingSymbol,
    quantity: '1',
    price: '0',
    triggerPrice: '0',
    product: 'I',
    transactionType: 'B',
    priceType: 'MKT',
    retention: 'DAY',
    ...over,
  })
  expect(res.status).toBe(200)
  return res.body.data.orderNumber as string
}

async function placeV1(auth: { userId: string; jKey: string }, over: Record<string, unknown> = {}) {
  const res = await postV1(sb, 'placeOrder', {
    ...auth,
    exchange: 'NSE',
    tradingSymbol: equity().tradingSymbol,
    quantity: '1',
    price: '0',
    product: 'I',
    transactionType: 'B',
    priceType: 'MKT',
    mkt_protection: '1',
    retention: 'DAY',
    ...over,
  })
  expect(res.status).toBe(200)
  return res.body.data.orderNumber as string
}

const orderOf = (orderNumber: string) => sb.orders().find((o) => o.orderNumber === orderNumber)!

describe.each([
  ['V3', async () => placeV3(await login(sb))],
  ['V1', async () => placeV1(await loginV1(sb))],
])('%s: orders outside the session are rejected and never fill', (_api, place) => {
  test.each([
    ['08:00, before pre-open', TUESDAY, '08:00:00'],
    ['15:31, after the close', TUESDAY, '15:31:00'],
    ['a Saturday', SATURDAY, '10:00:00'],
    ['a holiday', HOLIDAY, '10:00:00'],
  ])('%s', async (_what, day, time) => {
    await startAt(day, time)
    const orderNumber = await place()
    sb.market.step(20)
    expect(orderOf(orderNumber)).toMatchObject({ status: 'REJECTED', rejectReason: CLOSED, fillShares: 0 })
  })
})

describe.each([
  ['V3', login, placeV3],
  ['V1', loginV1, placeV1],
] as const)('%s: inside the session', (_api, loginTo, place) => {
  test('10:00: a market order fills at once', async () => {
    await startAt(TUESDAY, '10:00:00')
    const orderNumber = await place(await loginTo(sb))
    expect(orderOf(orderNumber)).toMatchObject({ status: 'COMPLETE', fillShares: 1 })
  })

  test('09:05: pre-open orders wait, then match at one auction price at 09:15', async () => {
    await startAt(TUESDAY, '09:05:00')
    const auth = await loginTo(sb)
    const before = ltp()
    const buy = await place(auth)
    const sell = await place(auth, { transactionType: 'S', priceType: 'LMT', price: onTick(before * 0.98) })
    const far = await place(auth, { priceType: 'LMT', price: onTick(before * 0.95) })
    sb.market.step(50)
    for (const o of [buy, sell, far]) expect(orderOf(o)).toMatchObject({ status: 'OPEN', fillShares: 0 })
    expect(ltp()).toBe(before)

    at(TUESDAY, '09:15:00')
    sb.market.step()
    const auction = ltp()
    expect(orderOf(buy)).toMatchObject({ status: 'COMPLETE', averagePrice: auction })
    expect(orderOf(sell)).toMatchObject({ status: 'COMPLETE', averagePrice: auction })
    expect(orderOf(far)).toMatchObject({ status: 'OPEN', fillShares: 0 })
  })

  test('an order still open at 15:30 is cancelled by the close', async () => {
    await startAt(TUESDAY, '15:00:00')
    const orderNumber = await place(await loginTo(sb), { priceType: 'LMT', price: onTick(ltp() * 0.95) })
    expect(orderOf(orderNumber).status).toBe('OPEN')
    at(TUESDAY, '15:30:00')
    sb.market.step()
    expect(orderOf(orderNumber)).toMatchObject({ status: 'CANCELED', fillShares: 0 })
  })
})

test('V3: pre-open takes only DAY limit and market orders', async () => {
  await startAt(TUESDAY, '09:01:00')
  const auth = await login(sb)
  const ioc = await placeV3(auth, { retention: 'IOC' })
  expect(orderOf(ioc)).toMatchObject({ status: 'REJECTED', rejectReason: 'ORA:Only DAY limit and market orders are accepted in the pre-open session' })
})

test('real is the default: a Saturday order is rejected; always-open trades at any moment; sb.marketHours says which', async () => {
  now = Date.parse(`${SATURDAY}T03:00:00+05:30`)
  sb = await start({ now: () => now }) // no marketHours: the default
  expect(sb.marketHours).toBe('real')
  const rejected = await placeV3(await login(sb))
  expect(orderOf(rejected)).toMatchObject({ status: 'REJECTED', rejectReason: 'ORA:Market is closed for NSE' })
  await sb.close()
  sb = await start({ now: () => now, marketHours: 'always-open' })
  expect(sb.marketHours).toBe('always-open')
  const orderNumber = await placeV3(await login(sb))
  expect(orderOf(orderNumber).status).toBe('COMPLETE')
})

test('an unknown marketHours is refused before anything starts', async () => {
  await expect(start({ marketHours: 'sometimes' as never })).rejects.toThrow(/marketHours: expected 'real' or 'always-open'/)
})

test('a contract expires by the clock: its open position settles at the last price and it stops trading', async () => {
  await startAt(TUESDAY, '10:00:00')
  const auth = await login(sb)
  const future = sb.market
    .instruments()
    .filter((i) => i.exchange === 'NFO' && i.instrumentName === 'FUTIDX')
    .sort((a, b) => expiryClose(a.expiry!) - expiryClose(b.expiry!))[0]!
  const bought = await placeV3(auth, { exchange: 'NFO', tradingSymbol: future.tradingSymbol, quantity: String(future.lotSize), product: 'M' })
  expect(orderOf(bought).status).toBe('COMPLETE')
  now = expiryClose(future.expiry!)
  sb.market.step()
  const last = sb.market.quote('NFO', future.token)!.ltp
  const position = (await post(sb, 'positionBook', auth)).body.data.find((p: Record<string, string>) => p.token === future.token)
  expect(position.netQuantity).toBe('0')
  const paid = orderOf(bought).averagePrice * future.lotSize
  expect(Number(position.RealizedPNL)).toBeCloseTo(last * future.lotSize - paid, 1)
  const late = await placeV3(auth, { exchange: 'NFO', tradingSymbol: future.tradingSymbol, quantity: String(future.lotSize), product: 'M' })
  expect(orderOf(late)).toMatchObject({ status: 'REJECTED', rejectReason: `ORA:Contract ${future.tradingSymbol} has expired` })
})

/** The 15:30 IST close of a `DDMMMYY` expiry day. */
function expiryClose(ddmmmyy: string): number {
  const month = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].indexOf(ddmmmyy.slice(2, 5).toUpperCase()) + 1
  return Date.parse(`20${ddmmmyy.slice(5)}-${String(month).padStart(2, '0')}-${ddmmmyy.slice(0, 2)}T15:30:00+05:30`)
}

test('firstock-sandbox --market-hours: says which mode is on (real by default) and refuses an unknown one', async () => {
  const { spawn } = await import('node:child_process')
  const { fileURLToPath } = await import('node:url')
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
  const run = (args: string[]) =>
    new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [bin, '--port', '0', '--tick-ms', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      const take = (chunk: Buffer) => {
        out += chunk.toString()
        if (/Ctrl-C to stop/.test(out)) child.kill('SIGTERM')
      }
      child.stdout!.on('data', take)
      child.stderr!.on('data', take)
      child.once('exit', () => resolve(out))
    })
  expect(await run([])).toMatch(/Market hours\s+real \(NSE\/BSE pre-open 09:00–09:15/)
  expect(await run(['--market-hours', 'always-open'])).toMatch(/Market hours\s+always-open \(orders fill at any hour\)/)
  expect(await run(['--market-hours', 'sometimes'])).toMatch(/--market-hours: expected real or always-open \(got sometimes\)/)
})
