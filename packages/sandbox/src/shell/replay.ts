import { readFileSync } from 'node:fs'
import type { Market } from '../model/market.js'
import { parseTicks, type RecordedTick, ReplayDriver } from '../model/replay.js'

/** Where recorded ticks come from, and how fast to play them. */
export interface ReplayOptions {
  /** Path of a ticks CSV (columns in the README: time, exchange, token, price, quantity, optionally bid and ask). */
  file?: string
  /** The CSV text itself, instead of `file`. */
  csv?: string
  /** Recorded milliseconds per real millisecond: 1 plays in real time, 900 plays a 6¼-hour session in 25 s. Default 1. */
  speed?: number
}

/** A replay bound to a market: `start()` plays it, `done` settles after the last tick. */
export interface ReplayRun {
  start(): void
  stop(): void
  done: Promise<void>
}

/**
 * Reads and checks the ticks (times of day are on `day`'s IST date), before the market exists: the market's clock
 * is the replay's. `bind` then checks every token against the market's instruments.
 * @throws TypeError naming `replay` and what is wrong with it.
 */
export function loadReplay(options: ReplayOptions, day: number): { ticks: RecordedTick[]; now(): number; bind(market: Market): ReplayRun } {
  if ((options.file === undefined) === (options.csv === undefined)) throw new TypeError('replay: expected either file or csv')
  const csv = options.file !== undefined ? readTicksFile(options.file) : String(options.csv)
  const ticks = parseTicks(csv, day)
  let market: Market | undefined
  let finish = () => {}
  const done = new Promise<void>((resolve) => (finish = resolve))
  const driver = new ReplayDriver({
    ticks,
    ...(options.speed !== undefined ? { speed: options.speed } : {}),
    apply: (tick) => market!.applyTick(market!.get(tick.exchange, tick.token)!, tick),
    onEnd: () => finish(),
  })
  return {
    ticks,
    /** The recorded time reached: the sandbox's clock while it replays. */
    now: () => driver.time(),
    bind(m) {
      for (const tick of ticks) {
        if (!m.get(tick.exchange, tick.token)) {
          throw new TypeError(`replay: no instrument ${tick.exchange} token ${tick.token} in the sandbox's symbol master`)
        }
      }
      market = m
      return { start: () => driver.start(), stop: () => driver.stop(), done }
    },
  }
}

function readTicksFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new TypeError(`replay: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}
