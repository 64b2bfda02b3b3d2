import { ApiError, SessionError, ValidationError, type Tick } from '@firstock/core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createStream, type Stream, type StreamState } from '../src/index.js'
import { until, FAKE_JKEY as JKEY, fakeSession as session, startFakeServer, type FakeServer } from './fake-server.js'

const fast = { reconnect: { baseDelayMs: 10, maxDelayMs: 50 }, connectTimeoutMs: 500 }

let server: FakeServer
let stream: Stream | undefined
beforeEach(async () => {
  server = await startFakeServer(JKEY)
})
afterEach(async () => {
  await stream?.close()
  stream = undefined
  await server.close()
})

const sent = (t: string) => server.received.filter((r) => r.message.t === t).map((r) => r.message)

describe('protocol (fake server)', () => {
  test('behavior: connects with c, then reports open', async () => {
    const states: StreamState[] = []
    stream = createStream({ session, url: server.url, ...fast })
    stream.on('state', (s) => states.push(s))
    await stream.ready()
    expect(sent('c')).toEqual([{ t: 'c', uid: 'AB1234', actid: 'AB1234', susertoken: JKEY, source: 'API' }])
    expect(states.at(-1)).toEqual({ status: 'open' })
  })

  test('behavior: ticks arrive merged, as numbers', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    const it = stream.touchline(['NSE|22'])
    const first = await it.next()
    expect(first.value).toMatchObject({ key: 'NSE|22', symbol: 'SYM22', lastPrice: 100, snapshot: true })
    server.send({ t: 'tf', e: 'NSE', tk: '22', lp: '101.5', bp1: '101.45' })
    const second = (await it.next()).value as Tick
    expect(second).toMatchObject({ lastPrice: 101.5, bidPrice: 101.45, volume: 1, symbol: 'SYM22', changed: ['lastPrice', 'bidPrice'] })
    await it.return?.()
  })

  test('behavior: subscriptions are reference-counted across listeners and iterators', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    await stream.ready()
    const a = stream.touchline(['NSE|22', 'NSE|26000'])
    const b = stream.touchline([{ exchange: 'NSE', token: '22' }])
    const off = stream.subscribe('touchline', 'NSE|22')
    await until(() => sent('t').length >= 1)
    await new Promise((r) => setTimeout(r, 30))
    expect(sent('t').map((m) => m.k)).toEqual(['NSE|22#NSE|26000'])
    await a.return?.()
    await until(() => sent('u').length === 1)
    expect(sent('u').map((m) => m.k)).toEqual(['NSE|26000'])
    off()
    off() // idempotent
    await new Promise((r) => setTimeout(r, 30))
    expect(sent('u')).toHaveLength(1)
    expect(stream.subscriptions.touchline).toEqual(['NSE|22'])
    await b.return?.()
    await until(() => sent('u').length === 2)
    expect(sent('u')[1]?.k).toBe('NSE|22')
    expect(stream.subscriptions.touchline).toEqual([])
  })

  test('behavior: a late joiner gets the current state at once', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    const a = stream.touchline('NSE|22')
    await a.next()
    server.send({ t: 'tf', e: 'NSE', tk: '22', lp: '105' })
    await a.next()
    const b = stream.touchline('NSE|22')
    expect((await b.next()).value).toMatchObject({ lastPrice: 105 })
    expect(sent('t')).toHaveLength(1)
  })

  test('behavior: break and abort unsubscribe', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    for await (const tick of stream.touchline('NSE|22')) {
      expect(tick.lastPrice).toBe(100)
      break
    }
    await until(() => sent('u').length === 1)
    const controller = new AbortController()
    const seen: Tick[] = []
    const done = (async () => {
      for await (const tick of stream!.depth('NSE|22', { signal: controller.signal })) seen.push(tick as unknown as Tick)
    })()
    await until(() => seen.length === 1)
    controller.abort()
    await done
    await until(() => sent('ud').length === 1)
    expect(stream.subscriptions).toEqual({ touchline: [], depth: [], orders: false })
    // an already aborted signal subscribes nothing
    const it = stream.touchline('NSE|1', { signal: AbortSignal.abort() })
    expect(await it.next()).toEqual({ value: undefined, done: true })
    expect(stream.subscriptions.touchline).toEqual([])
  })

  test('behavior: after a drop it reconnects, re-authenticates and resubscribes everything live', async () => {
    const states: StreamState[] = []
    stream = createStream({ session, url: server.url, ...fast })
    stream.on('state', (s) => states.push(s))
    const it = stream.touchline(['NSE|22', 'NSE|26000'])
    const off = stream.subscribe('depth', 'NSE|22')
    const offOrders = stream.subscribe('orders')
    await it.next()
    server.send({ t: 'tf', e: 'NSE', tk: '22', lp: '120' })
    await it.next()
    await it.next()
    server.dropAll()
    await until(() => sent('c').length === 2 && sent('t').length === 2 && sent('d').length === 2 && sent('o').length === 2)
    expect(server.received.filter((r) => r.socket === 1).map((r) => r.message.t)).toEqual(['c', 't', 'd', 'o'])
    expect(states.some((s) => s.status === 'reconnecting' && s.attempt === 1 && s.delayMs >= 0 && s.delayMs <= 10)).toBe(true)
    // resumed from the new snapshot, not the old state
    const resumed = (await it.next()).value as Tick
    expect(resumed).toMatchObject({ snapshot: true, lastPrice: 100 })
    off()
    offOrders()
    await it.return?.()
  })

  test('behavior: the watchdog reconnects a socket that stays silent', async () => {
    stream = createStream({ session, url: server.url, ...fast, watchdogMs: 150 })
    const it = stream.touchline('NSE|22')
    await it.next()
    await until(() => server.sockets.length >= 2, 2_000)
    await it.next() // the snapshot from the new socket
    expect(sent('t').length).toBeGreaterThanOrEqual(2)
    await it.return?.()
  })

  test('behavior: a repeated ck starts nothing twice', async () => {
    stream = createStream({ session, url: server.url, ...fast, heartbeatMs: 20 })
    await stream.ready()
    server.send({ t: 'ck', s: 'OK', uid: 'AB1234' })
    await new Promise((r) => setTimeout(r, 110))
    const beats = sent('h').length
    expect(beats).toBeGreaterThanOrEqual(3)
    expect(beats).toBeLessThanOrEqual(7)
  })

  test('behavior: heartbeats are sent while open', async () => {
    stream = createStream({ session, url: server.url, ...fast, heartbeatMs: 20 })
    await stream.ready()
    await until(() => sent('h').length >= 2)
    expect(sent('h')[0]).toEqual({ t: 'h' })
  })

  test('error: refused session → SessionError ends iterators, emits error, closes; no secret anywhere', async () => {
    const bad = { ...session, jKey: 'wrong-token-abcdefghijkl' }
    const events: unknown[] = []
    stream = createStream({ session: bad, url: server.url, ...fast })
    stream.on('state', (s) => events.push(s))
    const errors: unknown[] = []
    stream.on('error', (e) => errors.push(e))
    const it = stream.touchline('NSE|22')
    await expect(it.next()).rejects.toBeInstanceOf(SessionError)
    expect(errors).toHaveLength(1)
    expect(stream.state).toMatchObject({ status: 'closed', error: { code: 'WS_AUTH_REFUSED' } })
    await expect(stream.ready()).rejects.toBeInstanceOf(SessionError)
    expect(() => stream!.touchline('NSE|22')).toThrow(SessionError)
    const text = JSON.stringify([events, errors, String(errors[0])])
    expect(text).not.toContain(bad.jKey)
    expect(sent('c')).toHaveLength(1) // never loops
  })

  test('behavior: a refused session is renewed once through the provider', async () => {
    let renewals = 0
    const provider = {
      userId: 'AB1234',
      wsUrl: server.url,
      getSession: async () => ({ ...session, jKey: 'expired-token-abcdefgh' }),
      renewSession: async () => {
        renewals++
        return session
      },
    }
    stream = createStream({ provider, ...fast })
    await stream.ready()
    expect(renewals).toBe(1)
    expect(sent('c').map((m) => m.susertoken)).toEqual(['expired-token-abcdefgh', JKEY])
  })

  test('error: a renewed session refused again is fatal', async () => {
    let renewals = 0
    const provider = {
      userId: 'AB1234',
      wsUrl: server.url,
      getSession: async () => ({ ...session, jKey: 'expired-token-abcdefgh' }),
      renewSession: async () => {
        renewals++
        return { ...session, jKey: 'still-bad-token-abcdefgh' }
      },
    }
    stream = createStream({ provider, ...fast })
    await expect(stream.ready()).rejects.toBeInstanceOf(SessionError)
    expect(renewals).toBe(1)
    expect(sent('c')).toHaveLength(2)
  })

  test('error: socket cap → ApiError WS_SOCKET_LIMIT, no renewal, no retry', async () => {
    let renewals = 0
    server.connectReply = (m) => ({ t: 'ck', s: 'Not_Ok', uid: m.uid ?? '', emsg: 'Maximum 2 websocket connections per user' })
    stream = createStream({
      provider: { userId: 'AB1234', wsUrl: server.url, getSession: async () => session, renewSession: async () => (renewals++, session) },
      ...fast,
    })
    const orders = stream.orders()
    const error = await orders.next().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'WS_SOCKET_LIMIT', message: expect.stringContaining('Maximum 2') })
    expect(renewals).toBe(0)
    await new Promise((r) => setTimeout(r, 50))
    expect(sent('c')).toHaveLength(1)
  })

  test('behavior: a full buffer drops the oldest ticks and counts them; order updates are never dropped', async () => {
    stream = createStream({ session, url: server.url, ...fast, bufferSize: 3 })
    const ticks = stream.touchline('NSE|22')
    const orders = stream.orders()
    await until(() => sent('t').length === 1 && sent('o').length === 1)
    for (let i = 1; i <= 10; i++) server.send({ t: 'tf', e: 'NSE', tk: '22', lp: String(100 + i) })
    for (let i = 1; i <= 50; i++) server.send({ t: 'om', norenordno: String(i), status: 'OPEN', qty: '1' })
    await until(() => stream!.dropped === 8) // snapshot + 10 partials, 3 kept
    const prices = [(await ticks.next()).value, (await ticks.next()).value, (await ticks.next()).value].map((t) => (t as Tick).lastPrice)
    expect(prices).toEqual([108, 109, 110])
    const numbers: string[] = []
    for await (const o of orders) {
      numbers.push(o.orderNumber)
      if (numbers.length === 50) break
    }
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)))
  })

  test('error: bad tokens throw a ValidationError naming the field', () => {
    stream = createStream({ session, url: server.url, ...fast })
    expect(() => stream!.touchline(['NSE|22', 'NSE 22'])).toThrow(/tokens\[1\]/)
    expect(() => stream!.subscribe('depth', [])).toThrow(ValidationError)
  })

  test('behavior: close() ends iterators without error and is idempotent', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    const it = stream.touchline('NSE|22')
    await it.next()
    const pending = it.next()
    await Promise.all([stream.close(), stream.close()])
    expect(await pending).toEqual({ value: undefined, done: true })
    expect(stream.state).toEqual({ status: 'closed' })
  })

  test('behavior: 100 stream iterators sharing one AbortSignal print no MaxListenersExceededWarning', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      stream = createStream({ session, url: server.url, ...fast })
      const controller = new AbortController()
      const its = [
        ...Array.from({ length: 50 }, (_, i) => stream!.touchline(`NSE|${i + 1}`, { signal: controller.signal })),
        ...Array.from({ length: 50 }, () => stream!.orders({ signal: controller.signal })),
      ]
      const pending = its.map((it) => it.next())
      controller.abort()
      expect((await Promise.all(pending)).every((r) => r.done)).toBe(true)
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
      expect(stream.subscriptions).toEqual({ touchline: [], depth: [], orders: false })
    } finally {
      process.off('warning', onWarning)
    }
  })

  test('behavior: a listener that throws is reported, the stream goes on', async () => {
    stream = createStream({ session, url: server.url, ...fast })
    const errors: unknown[] = []
    stream.on('error', (e) => errors.push(e))
    stream.on('tick', () => {
      throw new Error('boom')
    })
    const it = stream.touchline('NSE|22')
    await it.next()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'LISTENER_ERROR' })
    expect(stream.state).toEqual({ status: 'open' })
  })
})
