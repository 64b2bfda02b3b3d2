import type { FirstockError, OrderUpdate } from '@firstock/core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { until, FAKE_JKEY as JKEY, fakeSession as session, startFakeServer, type FakeServer } from './fake-server.js'

// Order updates sent while the socket is down are lost by the server. After every reconnect the stream re-reads
// the order book once and reports what changed (source 'resync'), before the new socket's live updates.

const fast = { reconnect: { baseDelayMs: 5, maxDelayMs: 20 }, connectTimeoutMs: 500 }

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Row = { orderNumber: string; status: string; fillShares: string; averagePrice: string; tradingSymbol: string }
const row = (no: string, status: string, filled = 0, avg = 0): Row => ({
  orderNumber: no, status, fillShares: String(filled), averagePrice: avg.toFixed(2), tradingSymbol: 'ITC-EQ',
})
const om = (no: string, status: string, filled?: number, avg?: number) => ({
  t: 'om', norenordno: no, status, tsym: 'ITC-EQ', ...(filled === undefined ? {} : { fillshares: String(filled), avgprc: (avg ?? 0).toFixed(2) }),
})

/** A provider whose order book the test controls; `onRead` runs inside each read (e.g. to send live frames). */
function bookProvider() {
  const book = new Map<string, Row>()
  const p = {
    book,
    reads: 0,
    fail: 0,
    onRead: undefined as (() => Promise<void> | void) | undefined,
    provider: {
      userId: 'AB1234',
      wsUrl: server.url,
      getSession: async () => session,
      orderBook: async () => {
        p.reads++
        await p.onRead?.()
        if (p.fail > 0) {
          p.fail--
          throw new Error('orderBook: 502 from the gateway')
        }
        return [...book.values()]
      },
    },
  }
  return p
}

const summary = (u: OrderUpdate) => `${u.source}:${u.orderNumber}:${u.status}:${u.fillShares ?? '-'}`
const sockets = () => server.sockets.length
const drop = async () => {
  const before = sockets()
  server.dropAll()
  await until(() => sockets() > before && server.received.filter((r) => r.message.t === 'o').length >= sockets(), 3_000, 'the new socket to subscribe')
}

test('order: changes missed while the socket was down come first, marked resync; unchanged orders are not repeated', async () => {
  const p = bookProvider()
  p.book.set('1', row('1', 'OPEN'))
  p.book.set('3', row('3', 'COMPLETE', 5, 10))
  stream = createStream({ provider: p.provider, ...fast })
  const seen: OrderUpdate[] = []
  stream.on('order', (u) => seen.push(u))
  stream.subscribe('orders')
  await until(() => p.reads === 1, 3_000, 'the first read')
  await sleep(20)
  expect(seen).toEqual([]) // the first connect reports nothing: it only learns each order's state

  server.send(om('1', 'OPEN'))
  await until(() => seen.length === 1, 3_000, 'a live update')
  // While the socket is down: order 1 fills, order 2 is placed, order 3 does not change.
  server.dropAll()
  p.book.set('1', row('1', 'COMPLETE', 10, 101.5))
  p.book.set('2', row('2', 'OPEN'))
  // On the new socket a live update for order 4 arrives while the book is being read: it must come after the resync.
  p.onRead = async () => {
    server.send(om('4', 'PENDING'))
    await sleep(30)
  }
  await until(() => seen.length === 4, 3_000, 'resync and live updates')
  expect(seen.map(summary)).toEqual(['live:1:OPEN:-', 'resync:1:COMPLETE:10', 'resync:2:OPEN:0', 'live:4:PENDING:-'])
  expect(seen[1]).toMatchObject({ averagePrice: 101.5, tradingSymbol: 'ITC-EQ', source: 'resync' })
  expect(p.reads).toBe(2)

  // A live update that repeats a resynced state is not reported twice; a newer one is.
  server.send(om('1', 'COMPLETE', 10, 101.5))
  server.send(om('2', 'OPEN'))
  server.send(om('2', 'COMPLETE', 1, 99))
  await until(() => seen.length === 5, 3_000, 'the next live update')
  await sleep(20)
  expect(seen.slice(4).map(summary)).toEqual(['live:2:COMPLETE:1'])
})

test('order: iterators get the resync too, in the same order, and no duplicate when a live update in the read window carries the state', async () => {
  const p = bookProvider()
  stream = createStream({ provider: p.provider, ...fast })
  const it = stream.orders()
  await until(() => p.reads === 1, 3_000, 'the first read')
  server.dropAll()
  p.book.set('7', row('7', 'CANCELED'))
  p.book.set('8', row('8', 'COMPLETE', 2, 50))
  // Order 8's last report reaches the new socket while the book is read: it is reported once, live.
  p.onRead = async () => {
    server.send(om('8', 'COMPLETE', 2, 50))
    await sleep(30)
  }
  const got: string[] = []
  for await (const u of it) {
    got.push(summary(u))
    if (got.length === 2) break
  }
  expect(got).toEqual(['resync:7:CANCELED:0', 'live:8:COMPLETE:2'])
})

test('order: a live report still in flight when the book answers is not reported again', async () => {
  const p = bookProvider()
  stream = createStream({ provider: p.provider, ...fast })
  const seen: OrderUpdate[] = []
  stream.on('order', (u) => seen.push(u))
  stream.subscribe('orders')
  await until(() => p.reads === 1, 3_000, 'the first read')
  server.dropAll()
  p.book.set('8', row('8', 'COMPLETE', 2, 50))
  // The server sends the fill and answers the book read at once: the book's answer wins the race.
  p.onRead = () => {
    server.send(om('8', 'OPEN', 1, 50))
    server.send(om('8', 'COMPLETE', 2, 50))
  }
  await until(() => seen.length >= 1, 3_000, 'the resync')
  server.send(om('9', 'OPEN'))
  await until(() => seen.some((u) => u.orderNumber === '9'), 3_000, 'the next live update')
  expect(seen.filter((u) => u.orderNumber === '8').map(summary)).toEqual(['resync:8:COMPLETE:2'])
})

test('error: a failed order-book read is an error event, the stream goes on, and the read is tried again without waiting for a reconnect', async () => {
  const p = bookProvider()
  stream = createStream({ provider: p.provider, ...fast })
  const seen: OrderUpdate[] = []
  const errors: FirstockError[] = []
  stream.on('order', (u) => seen.push(u))
  stream.on('error', (e) => errors.push(e))
  stream.subscribe('orders')
  await until(() => p.reads === 1, 3_000, 'the first read')
  p.book.set('5', row('5', 'REJECTED'))
  p.fail = 1
  await drop()
  await until(() => errors.length === 1, 3_000, 'the error event')
  expect(errors[0]).toMatchObject({ code: 'ORDER_RESYNC_FAILED', message: expect.stringMatching(/read again in \d+ ms and after the next reconnect/) })
  expect(stream.state.status).toBe('open')
  server.send(om('6', 'OPEN'))
  // The live update is not held behind the failed read; the retry then reports what the socket missed.
  await until(() => seen.length === 2, 3_000, 'the live update, then the retried resync')
  expect(seen.map(summary)).toEqual(['live:6:OPEN:-', 'resync:5:REJECTED:0'])
  expect(p.reads).toBe(3)
  expect(errors).toHaveLength(1)

  await drop() // nothing changed: the next reconnect's read reports nothing again
  await until(() => p.reads === 4, 3_000, 'the read after the reconnect')
  expect(seen).toHaveLength(2)
})

test('order: without a reader (a bare session, or orderBook: false) nothing is re-read and live updates flow as before', async () => {
  let reads = 0
  stream = createStream({
    provider: { userId: 'AB1234', wsUrl: server.url, getSession: async () => session, orderBook: async () => (reads++, []) },
    orderBook: false,
    ...fast,
  })
  const seen: OrderUpdate[] = []
  stream.on('order', (u) => seen.push(u))
  stream.subscribe('orders')
  await until(() => server.received.some((r) => r.message.t === 'o'), 3_000, 'the subscription')
  await drop()
  server.send(om('1', 'OPEN'))
  await until(() => seen.length === 1, 3_000, 'a live update')
  expect(reads).toBe(0)
  expect(seen[0]?.source).toBe('live')
})

test('error: an order book that is not a list, or rows that are junk, never crash the stream', async () => {
  const p = bookProvider()
  stream = createStream({ provider: p.provider, ...fast })
  const errors: FirstockError[] = []
  const seen: OrderUpdate[] = []
  stream.on('error', (e) => errors.push(e))
  stream.on('order', (u) => seen.push(u))
  stream.subscribe('orders')
  await until(() => p.reads === 1, 3_000, 'the first read')
  p.provider.orderBook = (async () => (p.reads++, { not: 'a list' })) as never
  await drop()
  await until(() => errors.length === 1, 3_000, 'the error event')
  expect(errors[0]?.code).toBe('ORDER_RESYNC_FAILED')
  p.provider.orderBook = (async () => (p.reads++, [null, 42, { orderNumber: '' }, row('9', 'OPEN')])) as never
  await drop()
  await until(() => seen.length === 1, 3_000, 'the resync')
  expect(seen.map(summary)).toEqual(['resync:9:OPEN:0'])
})

test('error: an order book that never answers does not hold live updates: after the watchdog time it is a failed read', async () => {
  const p = bookProvider()
  stream = createStream({ provider: p.provider, ...fast, watchdogMs: 300 })
  const seen: OrderUpdate[] = []
  const errors: FirstockError[] = []
  stream.on('order', (u) => seen.push(u))
  stream.on('error', (e) => errors.push(e))
  stream.subscribe('orders')
  await until(() => p.reads === 1, 3_000, 'the first read')
  p.onRead = () => new Promise<void>(() => {}) // hangs
  await drop()
  server.send(om('1', 'OPEN'))
  await until(() => errors.length === 1, 3_000, 'the error event')
  expect(errors[0]).toMatchObject({ code: 'ORDER_RESYNC_FAILED', cause: { message: expect.stringContaining('did not answer within 300 ms') } })
  await until(() => seen.length === 1, 3_000, 'the held live update')
  expect(seen.map(summary)).toEqual(['live:1:OPEN:-'])
})
