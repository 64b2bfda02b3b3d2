import { afterEach, describe, expect, test } from 'vitest'
import { HTTP_FAULT_KINDS } from '../src/shell/faults.ts'
import type { Sandbox } from '../src/index.ts'
import { start, frameArrived, isJson } from './helpers.ts'
import { loginV1, openV2, postV1, shapeMismatches, v1Fixture } from './v1-helpers.ts'

// Socket V2 (docs/developer-api-protocol.md §3.1): every ws.v2.* fixture frame is produced by the sandbox.

let sb: Sandbox
afterEach(() => sb?.close())

const equity = (s: Sandbox) => s.market.instruments().find((i) => i.exchange === 'NSE' && i.instrumentName === 'EQ')!
const isMarket = (f: any) => !('status' in f) && !('norenordno' in f) && !('brkname' in f)

/** The NIFTY option of the nearest expiry whose strike is nearest the index: Greeks well away from zero. */
function atTheMoney(s: Sandbox, optionType: 'CE' | 'PE') {
  const spot = s.market.quote('NSE', '26000')!.ltp
  const options = s.market.instruments().filter((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY' && i.optionType === optionType)
  const expiry = options[0]!.expiry
  const distance = (i: (typeof options)[number]) => Math.abs(i.strike! - spot)
  return options.filter((i) => i.expiry === expiry).reduce((best, i) => (distance(i) < distance(best) ? i : best))
}

async function connected(s: Sandbox) {
  const auth = await loginV1(s)
  const socket = openV2(s, auth)
  await socket.next((f) => f.status === 'success')
  return { auth, socket }
}

async function buyAtMarket(s: Sandbox, auth: object) {
  const e = equity(s)
  const res = await postV1(s, 'placeOrder', {
    ...auth,
    exchange: 'NSE',
    retention: 'DAY',
    product: 'I',
    priceType: 'MKT',
    mkt_protection: '1',
    tradingSymbol: e.tradingSymbol,
    transactionType: 'B',
    price: '0',
    quantity: '1',
  })
  expect(res.status).toBe(200)
  return res.body.data.orderNumber as string
}

describe('socket V2 frames match the fixtures', () => {
  test('ws.v2.connect: the handshake frame, and unauthenticated for a bad jKey', async () => {
    sb = await start()
    const { socket } = await connected(sb)
    const fixture = v1Fixture('ws.v2.connect')
    expect(socket.frames[0]).toEqual(fixture.success)
    const bad = openV2(sb, { userId: sb.accounts[0]!.userId, jKey: 'nope' })
    expect(await bad.next(() => true)).toEqual(fixture.failure)
    await bad.closed
  })

  test('ws.v2.subscribe: a keyed record in paise, then partial records of what moved', async () => {
    sb = await start()
    const { socket } = await connected(sb)
    const fixture = v1Fixture('ws.v2.subscribe')
    const e = equity(sb)
    socket.ws.send(JSON.stringify({ action: 'subscribe', tokens: `NSE:26000|NSE:${e.token}` }))
    const first = await socket.next((f) => 'NSE:26000' in f)
    expect(shapeMismatches((fixture.success as any)['NSE:26000'], first['NSE:26000'])).toEqual([])
    expect(first['NSE:26000'].i_last_traded_price).toBe(Math.round(sb.market.quote('NSE', '26000')!.ltp * 100))
    expect(first[`NSE:${e.token}`].best_buy[0]).toEqual({ price: expect.any(Number), quantity: expect.any(Number), orders: expect.any(Number) })
    const seen = socket.frames.length
    for (let i = 0; i < 200 && socket.frames.length === seen; i++) sb.market.step()
    const partial = await socket.next(isMarket, seen)
    const [key, record] = Object.entries(partial)[0] as [string, any]
    expect([`NSE:26000`, `NSE:${e.token}`]).toContain(key)
    expect(record.c_symbol).toBe(key.split(':')[1])
    expect(Object.keys(record).length).toBeLessThan(Object.keys(first[key]).length)
  })

  test('ws.v2.unsubscribe: no more records for the instrument', async () => {
    sb = await start()
    const { socket } = await connected(sb)
    socket.ws.send(JSON.stringify({ action: 'subscribe', tokens: 'NSE:26000' }))
    await socket.next((f) => 'NSE:26000' in f)
    socket.ws.send(JSON.stringify(v1Fixture('ws.v2.unsubscribe').request))
    // A round trip proves the unsubscribe was handled: frames on one socket arrive in order.
    socket.ws.send(JSON.stringify({ action: 'subscribe', tokens: 'NSE:26009' }))
    const marker = await socket.next((f) => 'NSE:26009' in f)
    const after = socket.frames.indexOf(marker) + 1
    sb.market.step(200)
    socket.ws.send(JSON.stringify({ action: 'subscribe', tokens: 'NSE:26008' }))
    await socket.next((f) => 'NSE:26008' in f, after)
    expect(socket.frames.slice(after).filter((f) => 'NSE:26000' in f)).toEqual([])
  })

  test('ws.v2.orderUpdate and ws.v2.positionUpdate: pushed after auth without subscribing', async () => {
    sb = await start()
    const { auth, socket } = await connected(sb)
    const orderNumber = await buyAtMarket(sb, auth)
    const update = await socket.next((f) => f.norenordno === orderNumber)
    expect(shapeMismatches(v1Fixture('ws.v2.orderUpdate').success, update)).toEqual([])
    expect(update.status).toBe('ORDER ACK')
    await socket.next((f) => f.norenordno === orderNumber && f.status === 'COMPLETE')
    const position = await socket.next((f) => 'brkname' in f)
    expect(shapeMismatches(v1Fixture('ws.v2.positionUpdate').success, position)).toEqual([])
    expect(position.tsym).toBe(equity(sb).tradingSymbol)
  })

  test('ws.v2.optionGreeks: one message per subscribed option, its record keyed and at the top level', async () => {
    // start() pins the clock at the session moment, days before the nearest expiry (an option about to expire has
    // Greeks at their limits).
    sb = await start()
    const { socket } = await connected(sb)
    const call = atTheMoney(sb, 'CE')
    const put = atTheMoney(sb, 'PE')
    const [callKey, putKey] = [`NFO:${call.token}`, `NFO:${put.token}`]
    socket.ws.send(JSON.stringify({ action: 'subscribe-option-greeks', tokens: `${callKey}|${putKey}` }))
    const frame = await socket.next((f) => callKey in f)
    const fixture = v1Fixture('ws.v2.optionGreeks').success as Record<string, unknown>
    expect(shapeMismatches(Object.values(fixture)[0], frame[callKey])).toEqual([])
    // The official Node package routes a message to its Greeks callback by a `gamma` of the message itself, then
    // passes on each keyed value that has one: both must be there, and nothing of the other option.
    expect(Object.keys(frame)).not.toContain(putKey)
    expect(frame).toMatchObject({ ...frame[callKey], c_symbol: call.token })
    const greeks = (record: any) => ({ delta: Number(record.delta), gamma: Number(record.gamma), theta: Number(record.theta), vega: Number(record.vega) })
    const c = greeks(frame[callKey])
    expect(c.delta).toBeGreaterThan(0.2)
    expect(c.delta).toBeLessThan(0.8)
    expect(c.gamma).toBeGreaterThan(0)
    expect(c.theta).toBeLessThan(0)
    expect(c.vega).toBeGreaterThan(0)
    const p = greeks((await socket.next((f) => putKey in f))[putKey])
    expect(p.delta).toBeLessThan(-0.2)
    expect(p.delta).toBeGreaterThan(-0.8)
    expect(p.gamma).toBeCloseTo(c.gamma, 4)
  })

  test('ws.v2.sessionLimit: the 4th socket of a user is told so and closed; the 3 open ones stay', async () => {
    sb = await start()
    const auth = await loginV1(sb)
    const open = [openV2(sb, auth), openV2(sb, auth), openV2(sb, auth)]
    for (const s of open) await s.next((f) => f.status === 'success')
    const fourth = openV2(sb, auth)
    const frame = await fourth.next(() => true)
    expect(frame.status).toBe('failed')
    expect(frame.message).toContain('Maximum sessions limit (3) reached')
    await fourth.closed
    const orderNumber = await buyAtMarket(sb, auth)
    for (const s of open) await s.next((f) => f.norenordno === orderNumber)
  })
})

test('a socket that stops answering pings is closed; one that answers stays', async () => {
  sb = await start({ socketV2: { pingIntervalMs: 20, pongTimeoutMs: 100 } })
  const auth = await loginV1(sb)
  const quiet = openV2(sb, auth, { autoPong: false })
  const polite = openV2(sb, auth)
  await quiet.next((f) => f.status === 'success')
  await polite.next((f) => f.status === 'success')
  await quiet.closed
  let pings = 0
  await new Promise<void>((resolve) => polite.ws.on('ping', () => ++pings === 15 && resolve()))
  expect(polite.ws.readyState).toBe(polite.ws.OPEN)
})

describe('faults on V1', () => {
  test('every HTTP fault kind but hang gets an answer or a closed connection on a V1 route', async () => {
    sb = await start()
    const auth = await loginV1(sb)
    for (const kind of HTTP_FAULT_KINDS.filter((k) => k !== 'hang')) {
      sb.faults.inject({ endpoint: 'orderBook', kind, delayMs: 1 })
      const settled = await postV1(sb, 'orderBook', auth).then(
        (res) => res.status,
        () => 'closed',
      )
      expect([kind, settled]).not.toEqual([kind, undefined])
    }
    expect(sb.requests.filter((r) => r.endpoint === 'orderBook').map((r) => r.fault)).toEqual(HTTP_FAULT_KINDS.filter((k) => k !== 'hang'))
  })

  test('rejectLeg refuses one basket leg inside a success answer and places the others', async () => {
    sb = await start()
    const auth = await loginV1(sb)
    const e = equity(sb)
    const price = (sb.market.quote('NSE', e.token)!.ltp * 0.95).toFixed(1)
    const leg = { exchange: 'NSE', retention: 'DAY', product: 'C', priceType: 'LMT', tradingSymbol: e.tradingSymbol, transactionType: 'B', price, quantity: '1' }
    sb.faults.inject({ endpoint: 'basketOrder', kind: 'rejectLeg', leg: 1 })
    const res = await postV1(sb, 'basketOrder', { ...auth, legs: [leg, leg] })
    expect(res.status).toBe(200)
    expect(res.body.data[0]).toMatchObject({ orderNumber: '', rejreason: expect.stringMatching(/^RED:/) })
    expect(sb.orders().map((o) => o.orderNumber)).toEqual([res.body.data[1].orderNumber])
  })

  test('an HTTP fault keyed by endpoint name answers a V1 route, once', async () => {
    sb = await start()
    const auth = await loginV1(sb)
    sb.faults.inject({ endpoint: 'getQuoteLtp', kind: 'json500' })
    const failed = await postV1(sb, 'getQuote/ltp', { ...auth, exchange: 'NSE', tradingSymbol: 'NIFTY' })
    expect(failed.status).toBe(500)
    expect(failed.body).toMatchObject({ status: 'failed', code: '500' })
    expect((await postV1(sb, 'getQuote/ltp', { ...auth, exchange: 'NSE', tradingSymbol: 'NIFTY' })).status).toBe(200)
    expect(sb.requests.filter((r) => r.endpoint === 'getQuoteLtp').map((r) => r.fault)).toEqual(['json500', undefined])
  })

  test('acceptThenDrop on placeOrder books the order and drops the answer', async () => {
    sb = await start()
    const auth = await loginV1(sb)
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop' })
    await expect(buyAtMarket(sb, auth)).rejects.toThrow()
    expect(sb.orders()).toHaveLength(1)
  })

  test('dropAll terminates socket V2 connections; silent stops frames; refuse answers 503', async () => {
    sb = await start()
    const { auth, socket } = await connected(sb)
    sb.faults.ws({ kind: 'dropAll' })
    await socket.closed
    sb.faults.ws({ kind: 'refuse', durationMs: 60_000 })
    const refused = openV2(sb, auth)
    await new Promise<void>((resolve) => refused.ws.on('error', () => resolve()))
    sb.faults.clear()
    const again = await connected(sb)
    sb.faults.ws({ kind: 'silent', durationMs: 60_000 })
    const before = again.socket.frames.length
    await buyAtMarket(sb, auth)
    sb.faults.clear()
    const orderNumber = await buyAtMarket(sb, auth)
    await again.socket.next((f) => f.norenordno === orderNumber)
    expect(again.socket.frames.slice(before).filter((f) => f.norenordno && f.norenordno !== orderNumber)).toEqual([])
  })
})

describe('--api', () => {
  test("api: 'v3' leaves /V1/ and /V2/ws unmounted", async () => {
    sb = await start({ api: 'v3' })
    expect(sb.v1).toBeUndefined()
    const res = await fetch(`${sb.httpUrl}/V1/login`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(404)
  })

  test("api: 'v1' leaves /api/V3/ and the Noren socket unmounted", async () => {
    sb = await start({ api: 'v1' })
    expect((await fetch(`${sb.baseUrl}login`, { method: 'POST', body: '{}' })).status).toBe(404)
    const { WebSocket } = await import('ws')
    const ws = new WebSocket(sb.wsUrl)
    const error = await new Promise<Error>((resolve) => ws.on('error', resolve))
    expect(error.message).toMatch(/404/)
    expect((await loginV1(sb)).jKey).toMatch(/^[0-9a-f]{64}$/)
  })
})

test('an unknown api option is refused before anything starts', async () => {
  await expect(start({ api: 'v2' as never })).rejects.toThrow(/api: expected 'v1', 'v3' or 'both'/)
})

test('garbage ws fault: each socket V2 gets one frame that is not JSON, then the feed goes on', async () => {
  sb = await start()
  const auth = await loginV1(sb)
  const { WebSocket } = await import('ws')
  const ws = new WebSocket(`${sb.v1!.wsUrl}?userId=${auth.userId}&jKey=${auth.jKey}&source=developer-api`)
  const raw: string[] = []
  const arrived = (test: (text: string) => boolean) => frameArrived(raw, test)
  ws.on('message', (data) => raw.push(String(data)))
  await arrived((t) => t.includes('Authentication successful'))
  sb.faults.ws({ kind: 'garbage' })
  await arrived((t) => !isJson(t))
  const inst = equity(sb)
  ws.send(JSON.stringify({ action: 'subscribe', tokens: `${inst.exchange}:${inst.token}` }))
  await arrived((t) => t.includes(`"${inst.exchange}:${inst.token}"`))
  expect(raw.filter((t) => !isJson(t))).toHaveLength(1)
  expect(ws.readyState).toBe(ws.OPEN)
  ws.close()
})
