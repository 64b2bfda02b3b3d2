// Runs in a child process (bundled from source by clean-exit.test.ts): stream, a few ticks, close(), then nothing.
// The process must exit by itself: no timer, socket or promise may keep it alive after close().
import { createStream } from '../src/index.js'

const url = process.env.STREAM_URL ?? ''
const session = { userId: process.env.STREAM_USER ?? '', jKey: process.env.STREAM_JKEY ?? '', createdAt: new Date().toISOString() }
const stream = createStream({ session, url, heartbeatMs: 50, watchdogMs: 2_000, reconnect: { baseDelayMs: 10, maxDelayMs: 50 } })
stream.on('error', (e) => console.log('error', e.message))

if (process.env.STREAM_CLOSE_AFTER_MS) {
  // No server: the stream is in its reconnect loop when close() comes.
  const states: string[] = []
  stream.on('state', (s) => states.push(s.status))
  const ticks = stream.touchline('NSE|26000')
  setTimeout(() => void stream.close(), Number(process.env.STREAM_CLOSE_AFTER_MS))
  for await (const _ of ticks) console.log('unexpected tick')
  console.log('ended', states.includes('reconnecting'))
} else {
  const off = stream.subscribe('orders')
  let n = 0
  for await (const tick of stream.touchline(['NSE|26000', 'NSE|22'])) {
    if (++n === 1) console.log('tick', tick.key)
    if (n >= Number(process.env.STREAM_TICKS ?? 1)) break
  }
  off()
  await stream.close()
  console.log('closed', JSON.stringify(stream.state))
}
