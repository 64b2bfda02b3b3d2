import { afterEach, expect, test } from 'vitest'
import { DEMO_ACCOUNT, generateTotp, type Sandbox } from '../src/index.ts'
import { login, post, start } from './helpers.ts'

const open: Sandbox[] = []
async function sandbox(options: Parameters<typeof start>[0] = {}) {
  const sb = await start(options)
  open.push(sb)
  return sb
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((sb) => sb.close()))
})

function ticks(sb: Sandbox, n: number): string[] {
  const instruments = sb.market.instruments()
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    sb.market.step()
    // A cheap fingerprint of the whole market after each step.
    let sum = 0
    for (const inst of instruments) sum += sb.market.quote(inst.exchange, inst.token)!.ltp * ((inst.token.length % 7) + 1)
    out.push(sum.toFixed(2))
  }
  return out
}

test('determinism: the same seed gives the same instruments and the same first 1,000 ticks', async () => {
  const a = await sandbox({ seed: 1234 })
  const b = await sandbox({ seed: 1234 })
  const c = await sandbox({ seed: 'other' })
  expect(a.market.instruments()).toEqual(b.market.instruments())
  const ta = ticks(a, 1000)
  expect(ticks(b, 1000)).toEqual(ta)
  expect(ticks(c, 1000)).not.toEqual(ta)
  expect(a.market.quote('NSE', '2885')).toEqual(b.market.quote('NSE', '2885'))
})

test('market: instrument master has the documented indices, ≥20 NSE equities, NFO options/futures, BSE and MCX', async () => {
  const sb = await sandbox()
  const all = sb.market.instruments()
  expect(all.find((i) => i.token === '26000')?.tradingSymbol).toBe('Nifty 50')
  expect(all.find((i) => i.token === '26009')?.tradingSymbol).toBe('Nifty Bank')
  expect(all.filter((i) => i.exchange === 'NSE' && i.tradingSymbol.endsWith('-EQ')).length).toBeGreaterThanOrEqual(20)
  expect(all.find((i) => i.token === '1660')?.tradingSymbol).toBe('ITC-EQ')
  expect(all.find((i) => i.token === '22')?.tradingSymbol).toBe('ACC-EQ')
  const options = all.filter((i) => i.instrumentName === 'OPTIDX')
  expect(new Set(options.filter((o) => o.symbolName === 'NIFTY').map((o) => o.expiry)).size).toBe(2)
  expect(options[0]!.tradingSymbol).toMatch(/^NIFTY\d{2}[A-Z]{3}\d{2}[CP]\d+$/)
  expect(all.some((i) => i.instrumentName === 'FUTIDX' && /^NIFTY\d{2}[A-Z]{3}\d{2}F$/.test(i.tradingSymbol))).toBe(true)
  expect(all.some((i) => i.exchange === 'BSE')).toBe(true)
  expect(all.some((i) => i.exchange === 'MCX')).toBe(true)
})

test('market: quotes stay inside circuits and on ticks; DAY candle of today matches getQuote', async () => {
  const sb = await sandbox()
  sb.market.step(500)
  const auth = await login(sb)
  const q = (await post(sb, 'getQuote', { ...auth, exchange: 'NSE', token: '2885' })).body.data
  const ltp = Number(q.lastTradedPrice)
  expect(ltp).toBeLessThanOrEqual(Number(q.upperCircuit))
  expect(ltp).toBeGreaterThanOrEqual(Number(q.lowerCircuit))
  expect(Math.abs(Math.round(ltp / 0.05) * 0.05 - ltp)).toBeLessThan(1e-6)
  expect(Number(q.bestBuyPrice1)).toBeLessThan(Number(q.bestSellPrice1))
  const fmt = (ms: number) => {
    const d = new Date(ms + 330 * 60_000)
    const p = (n: number) => String(n).padStart(2, '0')
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} 23:59:59`
  }
  const days = (
    await post(sb, 'timePriceSeries', { ...auth, exchange: 'NSE', token: 'RELIANCE-EQ', startTime: '01/01/2020 00:00:00', endTime: fmt(Date.now()), interval: 'DAY' })
  ).body.data
  expect(days.length).toBeGreaterThan(100)
  expect(Number(days[0].ssboe)).toBeGreaterThan(Number(days[1].ssboe))
  expect(days[0]).toMatchObject({ into: q.dayOpenPrice, inth: q.dayHighPrice, intl: q.dayLowPrice, intc: q.lastTradedPrice, v: q.volume })
  const bad = await post(sb, 'timePriceSeries', { ...auth, exchange: 'NSE', token: '22', startTime: 'yesterday', endTime: 'now', interval: '1' })
  expect(bad.body).toMatchObject({ code: '400', name: 'INVALID_STARTTIME' })
})

test('market: optionChain returns 4 × count contracts around the strike; optionGreek is Black–Scholes', async () => {
  const sb = await sandbox()
  const auth = await login(sb)
  const anchor = sb.market.instruments().find((i) => i.symbolName === 'BANKNIFTY' && i.optionType === 'PE')!
  const res = await post(sb, 'optionChain', { ...auth, exchange: 'NFO', tradingSymbol: anchor.tradingSymbol, strikePrice: String(anchor.strike! + 1000), count: '3' })
  expect(res.body.data.values).toHaveLength(12)
  const greek = await post(sb, 'optionGreek', { expiryDate: '23-FEB-2099', strikePrice: '100', spotPrice: '100', initRate: '0', volatility: '20', optionType: 'CE' })
  const d = greek.body.data
  expect(Number(d.cal_price)).toBeGreaterThan(0)
  expect(Number(d.cal_delta) - Number(d.put_delta)).toBeCloseTo(1, 5)
})

test('login: each field is checked and answered with its documented failure', async () => {
  const sb = await sandbox()
  const good = {
    userId: DEMO_ACCOUNT.userId,
    password: DEMO_ACCOUNT.password,
    TOTP: generateTotp(DEMO_ACCOUNT.totpSecret),
    vendorCode: DEMO_ACCOUNT.vendorCode,
    apiKey: DEMO_ACCOUNT.apiKey,
  }
  const failures: Array<[Record<string, unknown>, number, string, string]> = [
    [{ ...good, TOTP: undefined }, 400, 'BAD_REQUEST', 'TOTP'],
    [{ ...good, userId: 'NOBODY' }, 401, 'INVALID_USERID', 'userid'],
    [{ ...good, password: 'nope' }, 401, 'INVALID_PASSWORD', 'password'],
    [{ ...good, TOTP: good.TOTP === '000000' ? '111111' : '000000' }, 401, 'INVALID_TOTP', 'TOTP'],
    [{ ...good, apiKey: '0'.repeat(32) }, 401, 'INVALID_APIKEY', 'apiKey'],
    [{ ...good, vendorCode: 'X_API' }, 401, 'INVALID_VENDORCODE', 'vendorCode'],
  ]
  for (const [body, status, name, field] of failures) {
    const res = await post(sb, 'login', body)
    expect(res.status).toBe(status)
    expect(res.body).toMatchObject({ status: 'Failed', code: String(status), name, error: { field } })
  }
  const { createHash } = await import('node:crypto')
  const hashed = await post(sb, 'login', { ...good, password: createHash('sha256').update(good.password).digest('hex') })
  expect(hashed.body.data.susertoken).toMatch(/^[0-9a-f]{64}$/)
  const numeric = await post(sb, 'login', { ...good, TOTP: Number(good.TOTP), extra: 'ignored' })
  expect(numeric.status).toBe(good.TOTP.startsWith('0') ? 401 : 200)
})

test('session: logout → INVALID_JKEY; expireSession → SESSION_EXPIRED; tokens are fresh per login', async () => {
  const sb = await sandbox()
  const a = await login(sb)
  const b = await login(sb)
  expect(a.jKey).not.toBe(b.jKey)
  expect((await post(sb, 'logout', a)).status).toBe(200)
  expect((await post(sb, 'limit', a)).body).toMatchObject({ code: '401', name: 'INVALID_JKEY', error: { field: 'jKey' } })
  expect((await post(sb, 'limit', b)).status).toBe(200)
  sb.expireSession(b.userId)
  expect((await post(sb, 'limit', b)).body).toMatchObject({ code: '401', name: 'SESSION_EXPIRED', error: { field: 'jKey' } })
})

test('http: non-POST → 405, unknown path → 404, bad JSON → 400, all as failure envelopes; validation order', async () => {
  const sb = await sandbox()
  const get = await fetch(sb.baseUrl + 'limit')
  expect(get.status).toBe(405)
  expect(await get.json()).toMatchObject({ status: 'Failed', code: '405' })
  const unknown = await post(sb, 'noSuchThing', {})
  expect(unknown.status).toBe(404)
  expect(unknown.body).toMatchObject({ status: 'Failed', code: '404' })
  const bad = await post(sb, 'limit', '{not json')
  expect(bad.body).toMatchObject({ code: '400', name: 'BAD_REQUEST' })
  // required fields before userId before jKey
  expect((await post(sb, 'getQuote', { userId: 'NOBODY', jKey: 'x' })).body.error.field).toBe('exchange')
  expect((await post(sb, 'getQuote', { userId: 'NOBODY', jKey: 'x', exchange: 'NSE', token: 22 })).body.name).toBe('INVALID_USERID')
  expect((await post(sb, 'getQuote', { userId: 'DEMO01', jKey: 'x', exchange: 'NSE', token: 22 })).body.name).toBe('INVALID_JKEY')
  expect(sb.requests.map((r) => r.endpoint)).toEqual(['limit', 'noSuchThing', 'limit', 'getQuote', 'getQuote', 'getQuote'])
})

test('rate limits: quotes 3/s per user → 429 API_RATE_LIMIT; switchable off', async () => {
  const sb = await sandbox({ rateLimits: true })
  const auth = await login(sb)
  const body = { ...auth, exchange: 'NSE', token: '26000' }
  const statuses = []
  for (let i = 0; i < 5; i++) statuses.push((await post(sb, 'getQuote', body)).status)
  expect(statuses).toEqual([200, 200, 200, 429, 429])
  const limited = await post(sb, 'getQuote/ltp', body)
  expect(limited.body).toMatchObject({ status: 'Failed', code: '429', name: 'API_RATE_LIMIT' })
  // other buckets are separate
  expect((await post(sb, 'limit', auth)).status).toBe(200)
  const off = await sandbox({ rateLimits: false })
  const offAuth = await login(off)
  for (let i = 0; i < 8; i++) expect((await post(off, 'getQuote', { ...offAuth, exchange: 'NSE', token: '26000' })).status).toBe(200)
})
