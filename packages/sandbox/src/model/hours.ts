import { istMidnight, MINUTE_MS } from '../util.js'
import { type Holidays, MARKET_CLOSE_MINUTE } from './calendar.js'

// Market sessions, in IST. NSE/BSE equity and F&O (NSE, BSE, NFO, BFO): pre-open 09:00–09:15 (orders collected, one
// auction price at 09:15), continuous trading 09:15–15:30, closed otherwise and on weekends and holidays. MCX:
// continuous 09:00–23:30 on the same trading days (no pre-open). `always-open` makes every moment continuous trading.

/** `real`: the sessions above. `always-open`: continuous trading at every moment (demos, quick trials). */
export type MarketHoursMode = 'real' | 'always-open'
export const MARKET_HOURS_MODES: readonly MarketHoursMode[] = ['real', 'always-open']

/** Where an exchange is in its day. */
export type Phase = 'pre-open' | 'open' | 'closed'

const PRE_OPEN_MINUTE = 9 * 60
/** The pre-open auction's price is struck here, and continuous trading starts. */
export const OPEN_MINUTE = 9 * 60 + 15
const MCX_OPEN_MINUTE = 9 * 60
const MCX_CLOSE_MINUTE = 23 * 60 + 30

export class MarketHours {
  constructor(
    readonly mode: MarketHoursMode,
    private readonly holidays: Holidays,
  ) {}

  /** The session phase of `exchange` at `ms`. */
  phase(exchange: string, ms: number): Phase {
    if (this.mode === 'always-open') return 'open'
    if (!this.holidays.isTradingDay(ms)) return 'closed'
    const minute = (ms - istMidnight(ms)) / MINUTE_MS
    if (exchange === 'MCX') return minute >= MCX_OPEN_MINUTE && minute < MCX_CLOSE_MINUTE ? 'open' : 'closed'
    if (minute >= PRE_OPEN_MINUTE && minute < OPEN_MINUTE) return 'pre-open'
    return minute >= OPEN_MINUTE && minute < MARKET_CLOSE_MINUTE ? 'open' : 'closed'
  }
}

/** Checks a `marketHours` option. */
export function marketHoursMode(value: unknown): MarketHoursMode {
  if (value === undefined) return 'real'
  if (MARKET_HOURS_MODES.includes(value as MarketHoursMode)) return value as MarketHoursMode
  throw new TypeError(`marketHours: expected 'real' or 'always-open' (got ${JSON.stringify(value)})`)
}
