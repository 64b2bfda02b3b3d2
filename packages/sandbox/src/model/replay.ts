import Papa from 'papaparse'
import { IST_OFFSET_MS } from '../util.js'

// Recorded ticks that drive the simulated market instead of the random walk.
//
// The file is CSV with a header row. Columns (names case-insensitive, in any order):
//   time      ISO-8601 (2026-12-04T09:15:00.250+05:30; without a zone it is IST), epoch milliseconds, or an IST
//             time of day (09:15:00 or 09:15:00.250) on the replayed day
//   exchange  NSE, NFO, BSE, BFO, MCX …
//   token     the instrument's token on that exchange
//   price     the traded price
//   quantity  the traded quantity
//   bid, ask  optional: the best bid and ask after the trade
// Rows are played in time order (rows with the same time keep the file's order); lines starting with # are comments.

export interface RecordedTick {
  /** Epoch milliseconds. */
  time: number
  exchange: string
  token: string
  price: number
  quantity: number
  bid?: number
  ask?: number
}

const REQUIRED = ['time', 'exchange', 'token', 'price', 'quantity'] as const

/** A ticks file that cannot be replayed, naming the line and column at fault. */
export class ReplayFileError extends Error {
  override name = 'ReplayFileError'
}

/**
 * Parses a recorded ticks CSV. Times of day are read on `day` (any instant of the IST date to replay; without it,
 * a file with times of day is refused).
 * @throws ReplayFileError naming the line and column of the first bad value.
 */
export function parseTicks(csv: string, day?: number): RecordedTick[] {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    comments: '#',
    transformHeader: (h) => h.trim().toLowerCase(),
  })
  const header = parsed.meta.fields ?? []
  const missing = REQUIRED.filter((c) => !header.includes(c))
  if (missing.length) {
    throw new ReplayFileError(`ticks file: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has: ${header.join(', ') || 'nothing'})`)
  }
  const error = parsed.errors[0]
  if (error) throw new ReplayFileError(`ticks file line ${(error.row ?? 0) + 2}: ${error.message}`)
  const ticks = parsed.data.map((row, i) => readRow(row, i + 2, day))
  // A stable sort: ticks of one instant stay in the file's order.
  return ticks.map((t, i) => [t, i] as const).sort((a, b) => a[0].time - b[0].time || a[1] - b[1]).map(([t]) => t)
}

function readRow(row: Record<string, string>, line: number, day: number | undefined): RecordedTick {
  const fail = (column: string, expected: string) => {
    throw new ReplayFileError(`ticks file line ${line}, column ${column}: expected ${expected} (got "${row[column] ?? ''}")`)
  }
  const text = (column: string) => (row[column] ?? '').trim()
  const number = (column: string, min: number) => {
    const n = Number(text(column))
    if (text(column) === '' || !Number.isFinite(n) || n < min) fail(column, `a number ≥ ${min}`)
    return n
  }
  const optional = (column: string) => (text(column) === '' ? undefined : number(column, 0))
  const time = parseTime(text('time'), day)
  if (time === undefined) {
    fail('time', day === undefined ? 'an ISO-8601 time or epoch milliseconds (a time of day needs the replayed day)' : 'an ISO-8601 time, epoch milliseconds or HH:MM:SS')
  }
  if (!text('exchange')) fail('exchange', 'an exchange such as NSE')
  if (!text('token')) fail('token', 'an instrument token')
  const price = number('price', 0)
  if (price <= 0) fail('price', 'a price above 0')
  const quantity = number('quantity', 0)
  if (!Number.isInteger(quantity)) fail('quantity', 'a whole number')
  const tick: RecordedTick = { time: time!, exchange: text('exchange').toUpperCase(), token: text('token'), price, quantity }
  const bid = optional('bid')
  const ask = optional('ask')
  if (bid !== undefined) tick.bid = bid
  if (ask !== undefined) tick.ask = ask
  if (bid !== undefined && ask !== undefined && bid >= ask) fail('bid', `a bid below the ask ${ask}`)
  return tick
}

/** Epoch ms of a time cell, or undefined when it is none of the documented forms. */
function parseTime(text: string, day: number | undefined): number | undefined {
  if (/^\d{12,}$/.test(text)) return Number(text)
  const clock = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?$/.exec(text)
  if (clock) {
    if (day === undefined) return undefined
    const [h, m, s] = [+clock[1]!, +clock[2]!, +clock[3]!]
    if (h > 23 || m > 59 || s > 59) return undefined
    const midnight = Math.floor((day + IST_OFFSET_MS) / 86_400_000) * 86_400_000 - IST_OFFSET_MS
    return midnight + ((h * 60 + m) * 60 + s) * 1000 + Math.round(Number(clock[4] ?? 0) * 1000)
  }
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text)
  if (!iso) return undefined
  // Without a zone the time is IST, the exchange's.
  const ms = Date.parse(iso[3] ? text : `${text}+05:30`)
  return Number.isFinite(ms) ? ms : undefined
}

/** Timers the driver schedules with: the global ones by default, fake ones in tests. */
export interface ReplayTimers {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface ReplayOptions {
  ticks: readonly RecordedTick[]
  /** How many recorded milliseconds pass per real millisecond: 1 is real time, 60 plays an hour in a minute. */
  speed?: number
  /** Called for each tick in time order. */
  apply: (tick: RecordedTick) => void
  /** Called once after the last tick. */
  onEnd?: () => void
  timers?: ReplayTimers
}

const globalTimers: ReplayTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}

/**
 * Plays recorded ticks against a clock at `speed`. `time()` is the recorded time now (the sandbox's market clock
 * while replaying); `advanceTo()` applies every tick up to a recorded time at once (for tests and stepping).
 */
export class ReplayDriver {
  private next = 0
  private handle: unknown
  private startedAt: number | undefined
  private applying: number | undefined
  private readonly speed: number
  private readonly timers: ReplayTimers
  private readonly first: number

  constructor(private readonly options: ReplayOptions) {
    const speed = options.speed ?? 1
    if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`replay speed: expected a number above 0 (got ${String(options.speed)})`)
    if (options.ticks.length === 0) throw new RangeError('replay ticks: expected at least one tick')
    this.speed = speed
    this.timers = options.timers ?? globalTimers
    this.first = options.ticks[0]!.time
  }

  /** The recorded time the replay has reached (while a tick is applied, exactly that tick's time). */
  time(): number {
    if (this.applying !== undefined) return this.applying
    if (this.startedAt === undefined) return this.first
    const elapsed = (this.timers.now() - this.startedAt) * this.speed
    return Math.min(this.first + elapsed, this.options.ticks.at(-1)!.time)
  }

  get done(): boolean {
    return this.next >= this.options.ticks.length
  }

  /** Starts playing from the first tick (applied at once). */
  start(): void {
    if (this.startedAt !== undefined) return
    this.startedAt = this.timers.now()
    this.schedule()
  }

  stop(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle)
    this.handle = undefined
  }

  /** Applies every tick recorded at or before `time`; returns how many. */
  advanceTo(time: number): number {
    const { ticks, apply } = this.options
    const from = this.next
    try {
      while (this.next < ticks.length && ticks[this.next]!.time <= time) {
        const tick = ticks[this.next++]!
        this.applying = tick.time
        apply(tick)
      }
    } finally {
      this.applying = undefined
    }
    if (from < ticks.length && this.done) this.options.onEnd?.()
    return this.next - from
  }

  private schedule(): void {
    this.handle = undefined
    this.advanceTo(this.time())
    if (this.done) return
    const wait = (this.options.ticks[this.next]!.time - this.time()) / this.speed
    this.handle = this.timers.setTimeout(() => this.schedule(), Math.max(0, Math.ceil(wait)))
  }
}
