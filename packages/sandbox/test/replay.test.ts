import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { ReplayFileError, type Sandbox } from '../src/index.ts'
import { parseTicks } from '../src/model/replay.ts'
import { login, post, start } from './helpers.ts'

const SAMPLE = fileURLToPath(new URL('../samples/ticks.csv', import.meta.url))
const open: Sandbox[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((sb) => sb.close()))
})
async function sandbox(options: Parameters<typeof start>[0]) {
  const sb = await start(options)
  open.push(sb)
  return sb
}

test('replay: the sample session drives quotes and the clock; options follow the replayed index', async () => {
  // The whole 6¼-hour session in about a quarter of a second.
  const sb = await sandbox({ replay: { file: SAMPLE, speed: 100_000 }, now: '2026-12-04T08:00' })
  const ticks = parseTicks(readFileSync(SAMPLE, 'utf8'), Date.parse('2026-12-04T08:00:00+05:30'))
  expect(sb.clock.now()).toBeGreaterThanOrEqual(ticks[0]!.time)
  await sb.replayDone
  expect(sb.clock.now()).toBe(ticks.at(-1)!.time)
  const last = (token: string) => ticks.filter((t) => t.token === token).at(-1)!
  const reliance = sb.market.quote('NSE', '2885')!
  expect(reliance).toMatchObject({ ltp: last('2885').price, bid: last('2885').bid, ask: last('2885').ask })
  expect(sb.market.quote('NSE', '26000')!.ltp).toBe(last('26000').price)
  const q = (await post(sb, 'getQuote', { ...(await login(sb)), exchange: 'NSE', token: '2885' })).body.data
  expect(Number(q.volume)).toBe(ticks.filter((t) => t.token === '2885').reduce((s, t) => s + t.quantity, 0))
  expect(q.lastTradeTime).toBe('04-12-2026 15:29:15')
})

test('replay: a resting buy fills when the recorded ask comes down to it', async () => {
  const csv = `time,exchange,token,price,quantity,bid,ask
09:15:00,NSE,1660,400.00,100,399.95,400.00
09:15:01,NSE,1660,399.00,100,398.95,399.00
`
  const sb = await sandbox({ replay: { csv, speed: 1 }, now: '2026-12-04T08:00' })
  const auth = await login(sb)
  const placed = await post(sb, 'placeOrder', {
    ...auth, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '10', price: '399.00', product: 'I',
    transactionType: 'B', priceType: 'LMT', retention: 'DAY', triggerPrice: '0',
  })
  expect(sb.orders()[0]).toMatchObject({ orderNumber: placed.body.data.orderNumber, status: 'OPEN', fillShares: 0 })
  await sb.replayDone
  expect(sb.orders()[0]).toMatchObject({ status: 'COMPLETE', fillShares: 10, averagePrice: 399 })
})

test('replay: a token the symbol master lacks, a missing file and a bad row are refused before the server starts', async () => {
  const csv = 'time,exchange,token,price,quantity\n09:15:00,NSE,999999,1,1\n'
  await expect(start({ replay: { csv } })).rejects.toThrow(/replay: no instrument NSE token 999999/)
  await expect(start({ replay: { file: '/nonexistent/ticks.csv' } })).rejects.toThrow(/replay: cannot read \/nonexistent\/ticks.csv \(ENOENT\)/)
  await expect(start({ replay: { csv: 'time,exchange,token,price,quantity\n09:15:00,NSE,1660,-1,1\n' } })).rejects.toThrow(ReplayFileError)
  await expect(start({ replay: { csv, file: SAMPLE } })).rejects.toThrow(/replay: expected either file or csv/)
})

test('firstock-sandbox --replay plays a file and says so; a bad --replay-speed is refused', async () => {
  const { spawn } = await import('node:child_process')
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
  const run = (args: string[]) =>
    new Promise<{ out: string; err: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Ctrl-C to stop.')) child.kill('SIGTERM')
      })
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
      child.once('exit', (code) => resolve({ out, err, code }))
    })
  const played = await run(['--replay', SAMPLE, '--replay-speed', '60', '--now', '2026-12-04T08:00'])
  expect(played.out).toContain(`Replay         ${SAMPLE} at 60x (the clock is the recorded time; no random walk)`)
  expect(played.out).toMatch(/Market clock {3}2026-12-04T03:45:/)
  const bad = await run(['--replay', SAMPLE, '--replay-speed', 'fast'])
  expect(bad.code).toBe(1)
  expect(bad.err).toContain('--replay-speed: expected a number above 0 (got fast)')
})

// Replay keeps market hours (the default, real): the clock is the recorded time, so an order placed while it stands
// outside the session is rejected, and a recorded trade after the close fills nothing (the order was cancelled at the
// close). Always-open is the control: the same tick fills the same order. The recorded seconds before the first
// crossing tick leave the test a few real seconds to log in and place (speed 2).
const buyItc = (auth: { userId: string; jKey: string }, price: string) => ({
  ...auth, exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: '10', price, product: 'I',
  transactionType: 'B', priceType: 'LMT', retention: 'DAY', triggerPrice: '0',
})

test('replay, real hours: an order while the recorded clock stands before the open is rejected', async () => {
  const csv = `time,exchange,token,price,quantity,bid,ask
08:50:00,NSE,1660,400.00,100,399.95,400.00
08:50:30,NSE,1660,399.00,100,398.95,399.00
`
  const sb = await sandbox({ replay: { csv, speed: 1 }, now: '2026-12-04T08:00' })
  await post(sb, 'placeOrder', buyItc(await login(sb), '400.00'))
  expect(sb.orders()[0]).toMatchObject({ status: 'REJECTED', rejectReason: 'ORA:Market is closed for NSE', fillShares: 0 })
})

test.each([
  ['real', 'CANCELED', 0],
  ['always-open', 'COMPLETE', 10],
] as const)('replay, %s hours: a recorded trade after 15:30 crossing a resting buy → %s', async (marketHours, status, fillShares) => {
  const csv = `time,exchange,token,price,quantity,bid,ask
15:29:52,NSE,1660,400.00,100,399.95,400.00
15:30:01,NSE,1660,398.00,100,397.95,398.00
`
  const sb = await sandbox({ replay: { csv, speed: 2 }, now: '2026-12-04T08:00', marketHours })
  await post(sb, 'placeOrder', buyItc(await login(sb), '399.00'))
  expect(sb.orders()[0]).toMatchObject({ status: 'OPEN', fillShares: 0 })
  await sb.replayDone
  expect(sb.market.quote('NSE', '1660')!.ltp).toBe(398)
  expect(sb.orders()[0]).toMatchObject({ status, fillShares })
})

test('replay, real hours: a pre-open trade fills nothing; the collected order matches at the 09:15 auction price', async () => {
  const csv = `time,exchange,token,price,quantity,bid,ask
09:14:50,NSE,1660,400.00,100,399.95,400.00
09:14:59,NSE,1660,398.00,100,397.95,398.00
09:15:01,NSE,1660,398.50,100,398.45,398.50
`
  const sb = await sandbox({ replay: { csv, speed: 2 }, now: '2026-12-04T08:00' })
  await post(sb, 'placeOrder', buyItc(await login(sb), '399.00'))
  expect(sb.orders()[0]).toMatchObject({ status: 'OPEN', fillShares: 0 })
  await sb.replayDone
  expect(sb.orders()[0]).toMatchObject({ status: 'COMPLETE', fillShares: 10, averagePrice: 398.5 })
})

test('replay, real hours: times of day started on a Sunday play the Friday before, in session', async () => {
  const csv = `time,exchange,token,price,quantity,bid,ask
11:00:00,NSE,1660,400.00,100,399.95,400.00
11:00:01,NSE,1660,400.05,100,400.00,400.05
`
  const sb = await sandbox({ replay: { csv, speed: 1 }, now: '2026-12-06T10:00' })
  expect(sb.clock.now()).toBeGreaterThanOrEqual(Date.parse('2026-12-04T11:00:00+05:30'))
  expect(sb.clock.now()).toBeLessThan(Date.parse('2026-12-04T11:00:02+05:30'))
  await post(sb, 'placeOrder', buyItc(await login(sb), '400.00'))
  expect(sb.orders()[0]).toMatchObject({ status: 'COMPLETE', fillShares: 10 })
})
