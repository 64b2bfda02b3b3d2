// Socket V2 (API V1) stream throughput of one consumer (argv[2]: sdk | raw): market records from the sandbox until
// N partial records are consumed. The raw consumer opens the V2 socket with `ws`, `JSON.parse`s each message and
// counts its records; the SDK merges each into a Tick (paise → rupees, partial → full state). Same figures as
// stream-throughput.mjs: wall-clock records/s and records per CPU-second of this process.
import WebSocket from 'ws'
import { createFirstock } from '@firstock/node'
import { createStream } from '@firstock/stream'
import { DEMO } from './lib.mjs'

const kind = process.argv[2]
const N = Number(process.env.BENCH_FRAMES ?? 200_000)
const baseUrl = process.env.BENCH_V1_BASE_URL
const wsUrl = process.env.BENCH_V1_WS_URL
if (!baseUrl || !wsUrl) throw new Error('run through bench/run.mjs (BENCH_V1_BASE_URL / BENCH_V1_WS_URL not set)')
const keys = JSON.parse(process.env.BENCH_KEYS)
const firstock = createFirstock({ version: 'v1', baseUrl, wsUrl, ...DEMO, rateLimits: false })
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
  const url = new URL(wsUrl)
  url.search = new URLSearchParams({ userId: DEMO.userId, jKey: session.jKey, source: 'developer-api' }).toString()
  const ws = new WebSocket(url.href)
  const seen = new Set() // the first record of a scrip is its snapshot; the SDK skips those too
  let partials = 0
  await new Promise((resolve) => {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString())
      if (message.status === 'success') {
        const tokens = keys.map((k) => k.replace('|', ':'))
        for (let i = 0; i < tokens.length; i += 100) ws.send(JSON.stringify({ action: 'subscribe', tokens: tokens.slice(i, i + 100).join('|') }))
        return
      }
      for (const key in message) {
        if (!seen.has(key)) {
          seen.add(key)
          continue
        }
        if (partials++ === 0) start()
        if (partials === N) resolve()
      }
    })
  })
  finish()
  ws.terminate()
} else {
  const stream = createStream({ provider: firstock })
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
