import v8 from 'node:v8'
import vm from 'node:vm'
import type { Tick } from '@firstock/core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createStream, type Stream } from '../src/index.js'
import { login, startTestSandbox, until, type Sandbox } from './sandbox.js'
import { collectUnhandled } from './soak-kit.js'

// Bounded soak for the default suite: ≥ 100 random drops / silences while 50 scrips are live through listeners and
// iterators. After every resume each scrip's first tick (the new snapshot) must arrive before the next fault.
const FAULTS = Number(process.env.SOAK_FAULTS ?? 110)
const SILENT_SHARE = 0.25

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
const heap = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

let sb: Sandbox
let stream: Stream
const unhandled = collectUnhandled()
beforeAll(async () => {
  sb = await startTestSandbox({ tickIntervalMs: 20, tokensPerTick: 200 })
})
afterAll(async () => {
  await stream?.close()
  await sb.close()
})

test('soak: every subscription survives 100+ drops and silences, memory flat', async () => {
  const session = await login(sb)
  // Tradables only: an index (India VIX at 13.2) can sit still for long, and "live at the end" needs every scrip to move.
  const keys = sb.market
    .instruments()
    .filter((i) => i.instrumentName !== 'UNDIND')
    .slice(0, 50)
    .map((i) => `${i.exchange}|${i.token}`)
  stream = createStream({
    session,
    url: sb.wsUrl,
    heartbeatMs: 100,
    watchdogMs: 150,
    connectTimeoutMs: 250,
    reconnect: { baseDelayMs: 10, maxDelayMs: 80 },
  })
  let generation = 0 // bumps on every 'open': one per resume
  const errors: unknown[] = []
  stream.on('error', (e) => errors.push(e))
  stream.on('state', (s) => {
    if (s.status === 'open') generation++
  })

  // Listener users: scrips 20..49 (20..24 overlap with iterators, so they are reference-counted twice).
  const listenerKeys = keys.slice(20)
  stream.subscribe('touchline', listenerKeys)
  stream.subscribe('orders')
  const listenerSnapshots = new Map<string, number>() // key → generation of its last snapshot
  const listenerPartials = new Map<string, number>()
  stream.on('tick', (t) => (t.snapshot ? listenerSnapshots : listenerPartials).set(t.key, generation))

  // Iterator users: five iterators over scrips 0..24, one depth iterator.
  const iterators = Array.from({ length: 5 }, (_, i) => {
    const own = keys.slice(i * 5, i * 5 + 5)
    const seen = { keys: own, snapshots: new Map<string, number>(), partials: new Map<string, number>(), ended: false }
    void (async () => {
      for await (const t of stream.touchline(own)) (t.snapshot ? seen.snapshots : seen.partials).set(t.key, generation)
      seen.ended = true
    })()
    return seen
  })
  const depthSeen = new Map<string, number>()
  void (async () => {
    for await (const d of stream.depth(keys.slice(0, 3))) if (d.snapshot) depthSeen.set(d.key, generation)
  })()

  const resumedEverywhere = () =>
    generation > 0 &&
    listenerKeys.every((k) => listenerSnapshots.get(k) === generation) &&
    iterators.every((it) => it.keys.every((k) => it.snapshots.get(k) === generation)) &&
    keys.slice(0, 3).every((k) => depthSeen.get(k) === generation)

  await until(resumedEverywhere, 5_000, 'first snapshots')
  let heapBefore = 0
  let silences = 0
  for (let i = 0; i < FAULTS; i++) {
    if (i === 10) heapBefore = heap() // after warm-up
    const before = generation
    if (Math.random() < SILENT_SHARE) {
      silences++
      sb.faults.ws({ kind: 'silent', durationMs: 200 + Math.floor(Math.random() * 100) })
    } else {
      sb.faults.ws({ kind: 'dropAll' })
    }
    await until(() => generation > before && resumedEverywhere(), 5_000, `resume after fault ${i}`)
  }
  // Live at the end: every scrip moves again, for listeners and iterators alike.
  const last = generation
  await until(
    () =>
      listenerKeys.every((k) => listenerPartials.get(k) === last) &&
      iterators.every((it) => it.keys.every((k) => it.partials.get(k) === last)),
    5_000,
    'live partials after the last resume',
  )
  const heapAfter = heap()

  expect(generation).toBeGreaterThan(FAULTS)
  expect(silences).toBeGreaterThan(5)
  expect(iterators.every((it) => !it.ended)).toBe(true)
  expect([...stream.subscriptions.touchline].sort()).toEqual([...keys].sort())
  expect(stream.state.status).toBe('open')
  expect(errors).toEqual([])
  expect(unhandled).toEqual([])
  expect((heapAfter - heapBefore) / heapBefore).toBeLessThan(0.1)
  console.log(`soak: ${generation} resumes, ${silences} silences, dropped ${stream.dropped}, heap ${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB`)
}, 60_000)

export type { Tick }
