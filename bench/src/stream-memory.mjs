// Heap for 1,000 subscribed touchline scrips with merged state. The sandbox knows ~380 scrips; the other
// subscriptions get a snapshot cloned from a real one (same fields) by a thin `ws` wrapper passed as the
// stream's WebSocket ponyfill, so all 1,000 carry merged state while the real ones keep receiving partials.
import WebSocket from 'ws'
import { createFirstock } from '@firstock/node'
import { createStream } from '@firstock/stream'
import { DEMO, sandboxFromEnv, sleep } from './lib.mjs'

const { baseUrl, wsUrl } = sandboxFromEnv()
const real = JSON.parse(process.env.BENCH_KEYS)
const fake = Array.from({ length: 1000 - real.length }, (_, i) => `NFO|${900000 + i}`)
const fakeSet = new Set(fake)

class WithSyntheticScrips extends WebSocket {
  template
  pending = []
  constructor(url) {
    super(url)
    this.on('message', (data) => {
      if (this.template) return
      const frame = JSON.parse(String(data))
      if (frame.t !== 'tk') return
      this.template = frame
      for (const key of this.pending.splice(0)) this.snapshot(key)
    })
  }
  snapshot(key) {
    const [e, tk] = key.split('|')
    this.emit('message', Buffer.from(JSON.stringify({ ...this.template, e, tk, ts: `SYN${tk}` })), false)
  }
  send(text) {
    super.send(text)
    const message = JSON.parse(text)
    if (message.t !== 't') return
    for (const key of message.k.split('#')) if (fakeSet.has(key)) this.template ? setImmediate(() => this.snapshot(key)) : this.pending.push(key)
  }
}

const firstock = createFirstock({ version: 'v3', baseUrl, wsUrl, ...DEMO, rateLimits: false })
await firstock.login()
const stream = createStream({ provider: firstock, url: wsUrl, WebSocket: WithSyntheticScrips })
await stream.ready()
const seen = new Set()
let ticks = 0
stream.on('tick', (tick) => {
  seen.add(tick.key)
  ticks++
})
// Warm up the code paths with other scrips' lifecycle out of the picture, then measure.
const gcHeap = async () => {
  for (let i = 0; i < 4; i++) {
    globalThis.gc()
    await sleep(20)
  }
  return process.memoryUsage().heapUsed
}
const before = await gcHeap()
const off = stream.subscribe('touchline', [...real, ...fake])
while (seen.size < 1000) await sleep(20)
await sleep(1000) // partials keep merging into the state
const after = await gcHeap()
process.stdout.write(`\n@@RESULT ${JSON.stringify({ bytes: after - before, scrips: seen.size, ticks })}\n`)
off()
await stream.close()
process.exit(0)
