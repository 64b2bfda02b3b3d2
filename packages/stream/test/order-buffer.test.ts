import type { FirstockError, OrderUpdate } from '@firstock/core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createStream, DEFAULT_ORDER_BUFFER_SIZE, type Stream, StreamConsumerTooSlowError } from '../src/index.js'
import { until, FAKE_JKEY as JKEY, fakeSession as session, startFakeServer, type FakeServer } from './fake-server.js'

// Order updates are never dropped, and a consumer that stops reading must not grow the heap without bound:
// past `orderBufferSize` the iterator ends with StreamConsumerTooSlowError, after the updates it holds.

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


test('error: a flood past orderBufferSize ends the iterator with StreamConsumerTooSlowError, nothing dropped before it', async () => {
  stream = createStream({ session, url: server.url, orderBufferSize: 20, orderBook: false })
  const errors: FirstockError[] = []
  stream.on('error', (e) => errors.push(e))
  const slow = stream.orders()
  const fast: OrderUpdate[] = []
  stream.on('order', (u) => fast.push(u))
  stream.subscribe('orders')
  await until(() => server.received.some((r) => r.message.t === 'o'))
  for (let i = 1; i <= 50; i++) server.send({ t: 'om', norenordno: String(i), status: 'OPEN', qty: '1' })
  await until(() => fast.length === 50)
  const got: string[] = []
  const error = await (async () => {
    try {
      for await (const u of slow) got.push(u.orderNumber)
    } catch (e) {
      return e
    }
  })()
  expect(got).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)))
  expect(error).toBeInstanceOf(StreamConsumerTooSlowError)
  expect(error).toMatchObject({ code: 'STREAM_CONSUMER_TOO_SLOW', bufferSize: 20 })
  expect(errors.map((e) => e.code)).toEqual(['STREAM_CONSUMER_TOO_SLOW'])
  // Other consumers are not affected, and the stream stays open.
  expect(fast.map((u) => u.orderNumber)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)))
  expect(stream.state.status).toBe('open')
})

test('behavior: the default buffer is large and a consumer that keeps up never sees the error', async () => {
  expect(DEFAULT_ORDER_BUFFER_SIZE).toBeGreaterThanOrEqual(10_000)
  stream = createStream({ session, url: server.url, orderBufferSize: 5, orderBook: false })
  const it = stream.orders()
  await until(() => server.received.some((r) => r.message.t === 'o'))
  for (let i = 1; i <= 30; i++) {
    server.send({ t: 'om', norenordno: String(i), status: 'OPEN' })
    expect((await it.next()).value?.orderNumber).toBe(String(i))
  }
  await it.return?.()
})

test('error: orderBufferSize must be a positive count', () => {
  for (const bad of [0, -1, 1.5, Number.NaN, '10']) {
    expect(() => createStream({ session, url: server.url, orderBufferSize: bad as number })).toThrow(/orderBufferSize/)
  }
})

test('error: orderBook must be a reader function or false', () => {
  expect(() => createStream({ session, url: server.url, orderBook: true as never })).toThrow(/orderBook must be a function/)
})
