import type { Session } from '@firstock/core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { until, FAKE_JKEY as JKEY, fakeSession as session, startFakeServer, type FakeServer } from './fake-server.js'

// A stream that carries only order updates can be silent for hours on a healthy socket, so silence alone says
// nothing. Half way through the watchdog window the stream sends the order subscription again; the server's `ok`
// proves the socket alive. No answer by the end of the window: the socket is replaced.

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

const onSocket = (socket: number, t: string) => server.received.filter((r) => r.socket === socket && r.message.t === t).length

test('behavior: an orders-only socket that goes silent is replaced within the watchdog window', async () => {
  stream = createStream({ session, url: server.url, watchdogMs: 200, connectTimeoutMs: 300, reconnect: { baseDelayMs: 5, maxDelayMs: 20 } })
  const it = stream.orders()
  await until(() => onSocket(0, 'o') === 1, 3_000, 'the order subscription')
  server.silent = true
  await until(() => server.sockets.length >= 2, 3_000, 'a new socket')
  server.silent = false
  await until(() => server.received.some((r) => r.socket > 0 && r.message.t === 'o') && stream!.state.status === 'open', 3_000, 'resubscription')
  server.send({ t: 'om', norenordno: '1', status: 'OPEN' })
  expect((await it.next()).value).toMatchObject({ orderNumber: '1', source: 'live' })
})

test('behavior: a quiet orders-only socket whose server answers the probe is kept', async () => {
  stream = createStream({ session, url: server.url, watchdogMs: 150 })
  stream.subscribe('orders')
  await until(() => onSocket(0, 'o') === 1, 3_000, 'the order subscription')
  // Several windows of silence with no order update: each probe is answered, so the socket stays.
  await until(() => onSocket(0, 'o') >= 4, 5_000, 'probes')
  expect(server.sockets).toHaveLength(1)
  expect(stream.state.status).toBe('open')
})
