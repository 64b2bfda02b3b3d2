import type { Session } from '@firstock/core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createStream, type Stream, type StreamState } from '../src/index.js'
import { FAKE_JKEY as JKEY, fakeSession as session, startFakeServer, type FakeServer } from './fake-server.js'

// A server that accepts the connect and then drops the socket must be backed off like one that refuses it:
// only a socket that stayed up for `resetAfterMs` starts the backoff again.


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

const reconnects = (s: Stream, count: number) =>
  new Promise<Extract<StreamState, { status: 'reconnecting' }>[]>((resolve) => {
    const seen: Extract<StreamState, { status: 'reconnecting' }>[] = []
    const off = s.on('state', (state) => {
      if (state.status !== 'reconnecting') return
      seen.push(state)
      if (seen.length === count) {
        off()
        resolve(seen)
      }
    })
  })

test('behavior: accept-then-drop backs off like a failure (attempts grow, delays double to the cap)', async () => {
  server.dropAfterAcceptMs = 0
  stream = createStream({ session, url: server.url, reconnect: { baseDelayMs: 5, maxDelayMs: 40, jitter: 0, resetAfterMs: 60_000 } })
  const states = await reconnects(stream, 6)
  expect(states.map((s) => s.attempt)).toEqual([1, 2, 3, 4, 5, 6])
  expect(states.map((s) => s.delayMs)).toEqual([5, 10, 20, 40, 40, 40])
  expect(server.received.filter((r) => r.message.t === 'c').length).toBeGreaterThanOrEqual(6)
})

test('error: accept-then-drop counts toward maxAttempts, so the stream gives up instead of looping forever', async () => {
  server.dropAfterAcceptMs = 0
  stream = createStream({ session, url: server.url, reconnect: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3 } })
  await expect(stream.ready()).resolves.toBeUndefined()
  const closed = await new Promise<StreamState>((resolve) => stream!.on('state', (s) => s.status === 'closed' && resolve(s)))
  expect(closed).toMatchObject({ status: 'closed', error: { code: 'WS_UNREACHABLE' } })
  expect(server.received.filter((r) => r.message.t === 'c')).toHaveLength(4)
})

test('behavior: a socket that stayed up for resetAfterMs starts the backoff again', async () => {
  server.dropAfterAcceptMs = 120
  stream = createStream({ session, url: server.url, reconnect: { baseDelayMs: 5, maxDelayMs: 40, jitter: 0, resetAfterMs: 30 } })
  const states = await reconnects(stream, 3)
  expect(states.map((s) => s.attempt)).toEqual([1, 1, 1])
})

test('error: a bad resetAfterMs is refused before connecting', () => {
  expect(() => createStream({ session, url: server.url, reconnect: { resetAfterMs: Number.POSITIVE_INFINITY } })).toThrow(/reconnect\.resetAfterMs/)
  expect(server.received).toEqual([])
})
