// Reconnect: the sandbox drops every socket; time from the drop to the first merged tick after resubscribe.
import { createFirstock } from '@firstock/node'
import { createStream } from '@firstock/stream'
import { CONTROL_TOKEN, DEMO, sandboxFromEnv, sleep } from './lib.mjs'

const BACKOFF_MS = Number(process.env.BENCH_BACKOFF_MS ?? 250)
const ROUNDS = 5
const { baseUrl, wsUrl, httpUrl } = sandboxFromEnv()
const firstock = createFirstock({ version: 'v3', baseUrl, wsUrl, ...DEMO, rateLimits: false })
await firstock.login()
// Each round measures a drop after a stable socket: resetAfterMs below the pause between rounds, or the backoff
// would grow round by round (as it does, on purpose, for a server that keeps dropping fresh sockets).
const stream = createStream({ provider: firstock, url: wsUrl, reconnect: { baseDelayMs: BACKOFF_MS, jitter: 0, resetAfterMs: 100 } })
const times = []
let dropAt = 0
let waiting
const ticks = stream.touchline(['NSE|26000', 'NSE|2885', 'NSE|1660'])
const consume = (async () => {
  for await (const tick of ticks) {
    if (waiting && tick.snapshot) {
      times.push(performance.now() - dropAt)
      const done = waiting
      waiting = undefined
      done()
    }
  }
})()
await stream.ready()
await sleep(300)
for (let round = 0; round < ROUNDS; round++) {
  const resubscribed = new Promise((resolve) => (waiting = resolve))
  dropAt = performance.now()
  await fetch(`${httpUrl}/__sandbox/ws-faults`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'dropAll' }),
    headers: { authorization: `Bearer ${CONTROL_TOKEN}` },
  })
  await resubscribed
  await sleep(200)
}
await stream.close()
await consume
const sortedTimes = [...times].sort((a, b) => a - b)
process.stdout.write(`\n@@RESULT ${JSON.stringify({ backoffMs: BACKOFF_MS, median: sortedTimes[2], max: sortedTimes[ROUNDS - 1], times })}\n`)
process.exit(0)
