import { DAY_MS, gaussian, istMidnight, MINUTE_MS, mulberry32, roundTo, seedFrom, weekday } from '../util.js'
import type { Bar, Candle, Instrument } from './instrument.js'

// Candles for timePriceSeries: generated past days (per-token PRNG, so they never shift the live walk) plus live bars.
/** Prior trading days' minute bars, generated backwards from the previous close with a per-token PRNG. */
function pastBars(inst: Instrument, seed: number, now: number): Bar[] {
  if (inst.history) return inst.history
  const rand = mulberry32(seedFrom(`${seed}:${inst.exchange}:${inst.token}`))
  const days: number[] = []
  let day = istMidnight(now) - DAY_MS
  while (days.length < 5) {
    const wd = weekday(day)
    if (wd !== 0 && wd !== 6) days.push(day)
    day -= DAY_MS
  }
  const bars: Bar[] = []
  let close = inst.prevClose
  const tick = inst.tickSize
  const scale = inst.kind === 'option' ? 0.004 : inst.sigma * 3
  for (const d of days) {
    const open = d + (9 * 60 + 15) * MINUTE_MS
    for (let m = 374; m >= 0; m--) {
      const o = Math.max(tick, roundTo(close / (1 + scale * gaussian(rand)), tick))
      const hi = roundTo(Math.max(o, close) * (1 + scale * 0.5 * rand()), tick)
      const lo = Math.max(tick, roundTo(Math.min(o, close) * (1 - scale * 0.5 * rand()), tick))
      const v = inst.kind === 'index' ? 0 : inst.lotSize * Math.floor(20 + rand() * 400)
      bars.push({ t: open + m * MINUTE_MS, o, h: hi, l: lo, c: close, v })
      close = o
    }
  }
  bars.reverse()
  inst.history = bars
  return bars
}

/** Minute candles (`interval` minutes, aligned to 09:15 IST) or DAY candles between two instants, newest first. */
export function candles(inst: Instrument, interval: number | 'DAY', from: number, to: number, seed: number, now: number): Candle[] {
  const minuteBars = [...pastBars(inst, seed, now), ...inst.bars.values()]
  if (interval === 'DAY') return dayCandles(inst, minuteBars, from, to, seed, now)
  const size = interval * MINUTE_MS
  const anchor = istMidnight(0) + (9 * 60 + 15) * MINUTE_MS
  const out: Candle[] = []
  let current: Candle | undefined
  let day = -1
  let cumulative = 0
  for (const bar of minuteBars) {
    const barDay = istMidnight(bar.t)
    if (barDay !== day) {
      day = barDay
      cumulative = 0
    }
    cumulative += bar.v
    if (bar.t < from || bar.t > to) continue
    const bucket = bar.t - ((((bar.t - anchor) % size) + size) % size)
    if (!current || current.t !== bucket) {
      current = { t: bucket, o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: 0, cumulative, oi: inst.oi }
      out.push(current)
    }
    current.h = Math.max(current.h, bar.h)
    current.l = Math.min(current.l, bar.l)
    current.c = bar.c
    current.v += bar.v
    current.cumulative = cumulative
  }
  return out.reverse()
}

function dayCandles(inst: Instrument, minuteBars: Bar[], from: number, to: number, seed: number, now: number): Candle[] {
  const days = new Map<number, Candle>()
  for (const bar of minuteBars) {
    const d = istMidnight(bar.t)
    const c = days.get(d)
    if (c) {
      c.h = Math.max(c.h, bar.h)
      c.l = Math.min(c.l, bar.l)
      c.c = bar.c
      c.v += bar.v
      c.cumulative = c.v
    } else days.set(d, { t: d, o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: bar.v, cumulative: bar.v, oi: inst.oi })
  }
  // Today comes from the live state, so it matches getQuote exactly.
  const today = istMidnight(now)
  days.set(today, {
    t: today,
    o: inst.open,
    h: inst.high,
    l: inst.low,
    c: inst.ltp,
    v: inst.volume,
    cumulative: inst.volume,
    oi: inst.oi,
  })
  const sorted = [...days.values()].sort((a, b) => a.t - b.t)
  // Older days: a daily walk backwards from the oldest generated open.
  const rand = mulberry32(seedFrom(`${seed}:day:${inst.exchange}:${inst.token}`))
  const older: Candle[] = []
  let close = sorted[0]!.o
  let d = sorted[0]!.t - DAY_MS
  const tick = inst.tickSize
  while (older.length < 400 && d >= from - DAY_MS) {
    const wd = weekday(d)
    if (wd !== 0 && wd !== 6) {
      const o = Math.max(tick, roundTo(close / (1 + 0.012 * gaussian(rand)), tick))
      const h = roundTo(Math.max(o, close) * (1 + 0.008 * rand()), tick)
      const l = Math.max(tick, roundTo(Math.min(o, close) * (1 - 0.008 * rand()), tick))
      const v = inst.kind === 'index' ? 0 : inst.lotSize * Math.floor(50_000 + rand() * 150_000)
      older.push({ t: d, o, h, l, c: close, v, cumulative: v, oi: inst.oi })
      close = o
    }
    d -= DAY_MS
  }
  return [...older.reverse(), ...sorted].filter((c) => c.t + DAY_MS > from && c.t <= to).reverse()
}
