import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseTicks, type RecordedTick, ReplayDriver, ReplayFileError, type ReplayTimers } from '../src/model/replay.ts'

const DAY = Date.UTC(2026, 11, 4, 3, 45) // 09:15 IST on 4 Dec 2026
const IST_MIDNIGHT = Date.UTC(2026, 11, 3, 18, 30)

const SAMPLE = `time,exchange,token,price,quantity,bid,ask
09:15:00.500,NSE,2885,2330.10,25,2330.05,2330.15
09:15:00,NSE,1660,395.50,100,,
09:15:01,NSE,2885,2330.20,10,2330.15,2330.25
`

test('parseTicks: columns by name, times of day on the given IST date, sorted by time, bid/ask optional', () => {
  const ticks = parseTicks(SAMPLE, DAY)
  expect(ticks).toEqual([
    { time: IST_MIDNIGHT + (9 * 3600 + 15 * 60) * 1000, exchange: 'NSE', token: '1660', price: 395.5, quantity: 100 },
    { time: IST_MIDNIGHT + (9 * 3600 + 15 * 60) * 1000 + 500, exchange: 'NSE', token: '2885', price: 2330.1, quantity: 25, bid: 2330.05, ask: 2330.15 },
    { time: IST_MIDNIGHT + (9 * 3600 + 15 * 60 + 1) * 1000, exchange: 'NSE', token: '2885', price: 2330.2, quantity: 10, bid: 2330.15, ask: 2330.25 },
  ])
})

test('parseTicks: ISO-8601 with a zone and epoch milliseconds; columns in any order and case', () => {
  const ticks = parseTicks(`Token,PRICE,Quantity,Exchange,Time\n26000,17850.05,0,NSE,2026-12-04T09:15:00+05:30\n26000,17851,0,nse,${Date.UTC(2026, 11, 4, 3, 45, 1)}\n`)
  expect(ticks.map((t) => [t.time, t.exchange, t.price])).toEqual([
    [Date.UTC(2026, 11, 4, 3, 45), 'NSE', 17850.05],
    [Date.UTC(2026, 11, 4, 3, 45, 1), 'NSE', 17851],
  ])
})

test('parseTicks: a bad file is refused naming the line and column', () => {
  const bad = (csv: string, day?: number) => () => parseTicks(csv, day)
  expect(bad('time,exchange,token,price\n09:15:00,NSE,1,2\n', DAY)).toThrow(/missing column quantity/)
  expect(bad('time,exchange,token,price,quantity\n09:15:00,NSE,1,2,3\n')).toThrow(/line 2, column time: expected an ISO-8601 time or epoch milliseconds/)
  expect(bad('time,exchange,token,price,quantity\n09:15:00,NSE,1,2,3\n09:15:01,NSE,1,abc,3\n', DAY)).toThrow(/line 3, column price/)
  expect(bad('time,exchange,token,price,quantity\n2026-12-04 09:15,NSE,1,2,3\n', DAY)).toThrow(/line 2, column time/)
  expect(parseTicks('time,exchange,token,price,quantity\n2026-12-04T09:15:00,NSE,1,2,3\n')[0]!.time).toBe(DAY)
  expect(bad('time,exchange,token,price,quantity,bid,ask\n09:15:00,NSE,1,2,3,2.1,2.0\n', DAY)).toThrow(/column bid: expected a bid below the ask/)
  expect(bad('time,exchange,token,price,quantity\n09:15:00,NSE,1,2,1.5\n', DAY)).toThrow(ReplayFileError)
})

/** Timers driven by hand: `run(ms)` moves time on and fires what is due. */
function manualTimers() {
  let now = 1_000
  let queue: Array<{ at: number; fn: () => void; id: number }> = []
  let ids = 0
  const timers: ReplayTimers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      queue.push({ at: now + ms, fn, id: ++ids })
      return ids
    },
    clearTimeout: (id) => {
      queue = queue.filter((q) => q.id !== id)
    },
  }
  const run = (ms: number) => {
    const end = now + ms
    for (;;) {
      queue.sort((a, b) => a.at - b.at)
      const due = queue[0]
      if (!due || due.at > end) break
      queue.shift()
      now = due.at
      due.fn()
    }
    now = end
  }
  return { timers, run, pending: () => queue.length }
}

test('ReplayDriver: plays at the given speed against the clock; time() is the recorded time reached', () => {
  const ticks = parseTicks(SAMPLE, DAY)
  const applied: RecordedTick[] = []
  let ended = 0
  const { timers, run, pending } = manualTimers()
  const clockAtApply: number[] = []
  const driver: ReplayDriver = new ReplayDriver({
    ticks,
    speed: 10,
    apply: (t) => {
      applied.push(t)
      clockAtApply.push(driver.time())
    },
    onEnd: () => ended++,
    timers,
  })
  expect(driver.time()).toBe(ticks[0]!.time)
  driver.start()
  expect(applied).toHaveLength(1)
  run(49) // 490 recorded ms: the 500 ms tick is not due yet
  expect(applied).toHaveLength(1)
  run(1)
  expect(applied).toHaveLength(2)
  expect(driver.time()).toBe(ticks[1]!.time)
  run(100)
  expect(applied).toEqual(ticks)
  // While a tick is applied the clock reads exactly its recorded time.
  expect(clockAtApply).toEqual(ticks.map((t) => t.time))
  expect(ended).toBe(1)
  expect(driver.done).toBe(true)
  expect(pending()).toBe(0)
})

test('ReplayDriver: stop() holds the replay; advanceTo() applies ticks up to a recorded time; bad speed is refused', () => {
  const ticks = parseTicks(SAMPLE, DAY)
  const applied: RecordedTick[] = []
  const { timers, run } = manualTimers()
  const driver = new ReplayDriver({ ticks, apply: (t) => applied.push(t), timers })
  driver.start()
  driver.stop()
  run(10_000)
  expect(applied).toHaveLength(1)
  expect(driver.advanceTo(ticks[1]!.time)).toBe(1)
  expect(applied).toEqual(ticks.slice(0, 2))
  expect(() => new ReplayDriver({ ticks, speed: 0, apply: () => {} })).toThrow(/replay speed: expected a number above 0/)
  expect(() => new ReplayDriver({ ticks: [], apply: () => {} })).toThrow(/at least one tick/)
})

test('the shipped sample: one session of NIFTY, RELIANCE, ITC and INFY ticks from 09:15 to 15:30 IST', () => {
  const csv = readFileSync(new URL('../samples/ticks.csv', import.meta.url), 'utf8')
  const ticks = parseTicks(csv, DAY)
  expect(ticks[0]!.time).toBe(DAY)
  expect(ticks.at(-1)!.time).toBe(IST_MIDNIGHT + (15 * 3600 + 30 * 60) * 1000)
  expect(new Set(ticks.map((t) => t.token))).toEqual(new Set(['26000', '2885', '1660', '1594']))
  for (const t of ticks) if (t.bid !== undefined) expect(t.bid).toBeLessThan(t.ask!)
})
