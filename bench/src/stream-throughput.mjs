// Stream throughput of one consumer (argv[2]: sdk | raw): partial frames from the sandbox until N are consumed.
// Reports wall-clock ticks/s and ticks per CPU-second of this process (the sandbox runs in its own process, so
// the second figure is the consumer's own cost whatever the sandbox's pace).
import WebSocket from 'ws'
import { createFirstock } from '@firstock/node'
import { createStream } from '@firstock/stream'
import { DEMO, sandboxFromEnv } from './lib.mjs'

const kind = process.argv[2]
const N = Number(process.env.BENCH_FRAMES ?? 200_000)
const { baseUrl, wsUrl } = sandboxFromEnv()
const keys = JSON.parse(process.env.BENCH_KEYS)
const firstock = createFirstock({ version: 'v3', baseUrl, wsUrl, ...DEMO, rateLimits: false })
const session = await firstock.login()

let t0 = 0
let cpu0
const start = () => {
  t0 = performance.now()
  cpu0 = process.cpuUsage()
}
const finish = (extra = {}) => {
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  process.stdout.write(`\n@@RESULT ${JSON.stringify({ perSec: (N / ms) * 1000, perCpuSec: (N / cpuMs) * 1000, ms, cpuMs, ...extra })}\n`)
}

if (kind === 'raw') {
  const ws = new WebSocket(wsUrl)
  let partials = 0
  await new Promise((resolve) => {
    ws.on('open', () => ws.send(JSON.stringify({ t: 'c', uid: DEMO.userId, actid: DEMO.userId, susertoken: session.jKey, source: 'API' })))
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString())
      if (frame.t === 'ck') {
        for (let i = 0; i < keys.length; i += 100) ws.send(JSON.stringify({ t: 't', k: keys.slice(i, i + 100).join('#') }))
      } else if (frame.t === 'tf') {
        if (partials++ === 0) start()
        if (partials === N) resolve()
      }
    })
  })
  finish()
  ws.terminate()
} else {
  const stream = createStream({ provider: firstock, url: wsUrl })
  let partials = 0
  for await (const tick of stream.touchline(keys)) {
    if (tick.snapshot) continue
    if (partials++ === 0) start()
    if (partials === N) break
  }
  finish({ dropped: stream.dropped })
  await stream.close()
}
process.exit(0)
