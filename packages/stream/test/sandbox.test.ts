import { ApiError, SessionError, type Depth, type Session, type Tick } from '@firstock/core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createStream, type OrderUpdate, type Stream } from '../src/index.js'
import { DEMO_ACCOUNT, login, startTestSandbox, until, type Sandbox } from './sandbox.js'

const fast = { reconnect: { baseDelayMs: 10, maxDelayMs: 100 }, connectTimeoutMs: 1_000 }
let sb: Sandbox
let session: Session
const streams: Stream[] = []
const open = (options: Parameters<typeof createStream>[0]) => {
  const s = createStream({ url: sb.wsUrl, ...fast, ...options })
  streams.push(s)
  return s
}

beforeAll(async () => {
  // No live walk: tests move the market with step() so the sandbox's state is known when we compare.
  // A step moves `tokensPerTick` random picks (with repeats), so tests step ~20 times to be sure a scrip moved.
  sb = await startTestSandbox({ tickIntervalMs: 0, tokensPerTick: 400 })
  session = await login(sb)
})
afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.close()))
  sb.faults.clear()
})
afterAll(() => sb.close())

const quiet = (ms = 80) => new Promise((r) => setTimeout(r, ms))

describe('stream against the sandbox', () => {
  test('merge: merged ticks equal the sandbox state after many partials', async () => {
    const tokens = ['NSE|26000', 'NSE|2885', 'NSE|22', 'BSE|500325', 'NFO|35001']
    const stream = open({ session })
    const latest = new Map<string, Tick>()
    const depths = new Map<string, Depth>()
    let partials = 0
    stream.on('tick', (t) => {
      latest.set(t.key, t)
      if (!t.snapshot) partials++
    })
    stream.on('depth', (d) => depths.set(d.key, d))
    stream.subscribe('touchline', tokens)
    stream.subscribe('depth', ['NSE|2885', 'NSE|22'])
    await until(() => latest.size === tokens.length && depths.size === 2, 5_000, 'snapshots')
    for (let round = 0; round < 10; round++) {
      sb.market.step(5)
      await quiet()
      for (const key of tokens) {
        const [exchange, token] = key.split('|') as [string, string]
        const q = sb.market.quote(exchange, token)!
        const t = latest.get(key)!
        expect(t.symbol).toBe(q.tradingSymbol)
        expect(t.lastPrice).toBeCloseTo(q.ltp, 2)
        expect(t.open).toBeCloseTo(q.open, 2)
        expect(t.high).toBeCloseTo(q.high, 2)
        expect(t.low).toBeCloseTo(q.low, 2)
        expect(t.close).toBeCloseTo(q.close, 2)
        if (exchange !== 'NSE' || token !== '26000') {
          expect(t.volume).toBe(q.volume)
          expect(t.bidPrice).toBeCloseTo(q.bid, 2)
          expect(t.askPrice).toBeCloseTo(q.ask, 2)
        }
        const d = depths.get(key)
        if (d) {
          expect(d.lastPrice).toBeCloseTo(q.ltp, 2)
          expect(d.bids[0]?.price).toBeCloseTo(q.bid, 2)
          expect(d.asks[0]?.price).toBeCloseTo(q.ask, 2)
        }
      }
    }
    expect(partials).toBeGreaterThan(20)
  })

  test('behavior: ref-counted unsubscribe; subscribing again brings a fresh snapshot', async () => {
    const stream = open({ session })
    const a = stream.touchline(['NSE|1660', 'NSE|3045'])
    const b = stream.touchline('NSE|1660')
    expect((await a.next()).value?.snapshot).toBe(true)
    expect((await b.next()).value?.key).toBe('NSE|1660')
    await a.return?.()
    expect(stream.subscriptions.touchline).toEqual(['NSE|1660'])
    sb.market.step(20)
    expect((await b.next()).value?.key).toBe('NSE|1660')
    await b.return?.()
    expect(stream.subscriptions.touchline).toEqual([])
    const seen: Tick[] = []
    stream.on('tick', (t) => seen.push(t))
    sb.market.step(20)
    await quiet()
    expect(seen).toEqual([])
    const c = stream.touchline('NSE|1660')
    expect((await c.next()).value).toMatchObject({ key: 'NSE|1660', snapshot: true })
  })

  test('behavior: break and abort end iterations and unsubscribe', async () => {
    const stream = open({ session })
    for await (const tick of stream.touchline('NSE|2885')) {
      expect(tick.symbol).toBeTruthy()
      break
    }
    const controller = new AbortController()
    let n = 0
    for await (const depth of stream.depth('NSE|22', { signal: controller.signal })) {
      expect(depth.bids).toHaveLength(5)
      if (++n === 2) controller.abort()
      sb.market.step(20)
    }
    expect(n).toBe(2)
    expect(stream.subscriptions).toEqual({ touchline: [], depth: [], orders: false })
  })

  test('order: order updates arrive typed', async () => {
    const stream = open({ session })
    const updates: OrderUpdate[] = []
    const done = (async () => {
      for await (const u of stream.orders()) {
        updates.push(u)
        if (u.status === 'COMPLETE' || u.status === 'REJECTED') break
      }
    })()
    await until(() => stream.subscriptions.orders && stream.state.status === 'open')
    await quiet(50)
    const inst = sb.market.instruments().find((i) => i.exchange === 'NSE' && i.token === '1660')!
    const res = await fetch(`${sb.baseUrl}placeOrder`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        userId: session.userId, jKey: session.jKey, exchange: 'NSE', tradingSymbol: inst.tradingSymbol, quantity: '1',
        price: '0', triggerPrice: '0', product: 'I', transactionType: 'B', priceType: 'MKT', retention: 'DAY', remarks: 'stream-test',
      }),
    })
    expect(res.status).toBe(200)
    sb.market.step(20)
    await done
    expect(updates.length).toBeGreaterThan(0)
    const last = updates.at(-1)!
    expect(last).toMatchObject({ exchange: 'NSE', tradingSymbol: inst.tradingSymbol, transactionType: 'B', quantity: 1, product: 'I' })
    expect(typeof last.orderNumber).toBe('string')
  })

  test('error: a refused session ends iterators with SessionError and closes', async () => {
    const stream = open({ session: { ...session, jKey: 'not-a-real-session-token-000' } })
    const errors: unknown[] = []
    stream.on('error', (e) => errors.push(e))
    await expect(stream.touchline('NSE|22').next()).rejects.toBeInstanceOf(SessionError)
    expect(errors).toHaveLength(1)
    expect(String(errors[0])).not.toContain('not-a-real-session-token-000')
    expect(stream.state.status).toBe('closed')
  })

  test('behavior: an expired session is renewed once through the provider, then the stream resumes', async () => {
    let current = await login(sb)
    let renewals = 0
    const stream = open({
      provider: {
        userId: DEMO_ACCOUNT.userId,
        wsUrl: sb.wsUrl,
        getSession: async () => current,
        renewSession: async () => {
          renewals++
          current = await login(sb)
          return current
        },
      },
    })
    const it = stream.touchline('NSE|2885')
    await it.next()
    sb.expireSession(DEMO_ACCOUNT.userId)
    sb.faults.ws({ kind: 'dropAll' })
    expect((await it.next()).value).toMatchObject({ snapshot: true, key: 'NSE|2885' })
    expect(renewals).toBe(1)
    expect(stream.state.status).toBe('open')
    session = current
  })

  test('error: the per-user socket cap is fatal for the extra socket only', async () => {
    const first = open({ session })
    const second = open({ session })
    await Promise.all([first.ready(), second.ready()])
    let renewals = 0
    const third = open({
      provider: { userId: session.userId, wsUrl: sb.wsUrl, getSession: async () => session, renewSession: async () => (renewals++, session) },
    })
    const error = await third.ready().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'WS_SOCKET_LIMIT' })
    expect(renewals).toBe(0)
    expect(third.state).toMatchObject({ status: 'closed', error: { code: 'WS_SOCKET_LIMIT' } })
    expect(() => third.touchline('NSE|22')).toThrow(ApiError)
    expect(first.state.status).toBe('open')
    expect(second.state.status).toBe('open')
  })

  test('behavior: a silent socket is detected by the watchdog and replaced', async () => {
    const stream = open({ session, watchdogMs: 150, connectTimeoutMs: 200 })
    const states: string[] = []
    stream.on('state', (s) => states.push(s.status))
    const it = stream.touchline('NSE|2885')
    await it.next()
    sb.faults.ws({ kind: 'silent', durationMs: 400 })
    const start = Date.now()
    let resumed: Tick | undefined
    while (Date.now() - start < 5_000) {
      sb.market.step()
      const r = await Promise.race([it.next(), quiet(30).then(() => undefined)])
      if (r && !r.done && r.value.snapshot) {
        resumed = r.value
        break
      }
    }
    expect(resumed?.key).toBe('NSE|2885')
    expect(states).toContain('reconnecting')
    await it.return?.()
  })
})
