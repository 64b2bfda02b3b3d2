// The exchange calendar of the simulated market: trading days, holidays and derivative expiries, all in IST.
// Every function takes the time it works from; nothing here reads a clock.
import { DAY_MS, IST_OFFSET_MS, MINUTE_MS, istMidnight, weekday } from '../util.js'

/**
 * A moment inside the continuous session: Wednesday 2 December 2026, 11:00 IST, a trading day in the shipped holiday
 * list. Pass it as `now` to pin a test's market open, whatever the date and hour the test runs at.
 */
export const SESSION_MOMENT = '2026-12-02T11:00'

/**
 * NSE and BSE trading holidays (equity and equity derivatives) on weekdays, as the exchanges published them for 2026.
 * For later years the sandbox knows weekends only, until a list is passed to `startSandbox({ holidays })`.
 */
export const EXCHANGE_HOLIDAYS_2026: readonly string[] = [
  '2026-01-26', '2026-03-03', '2026-03-26', '2026-03-31', '2026-04-03', '2026-04-14', '2026-05-01', '2026-05-28',
  '2026-06-26', '2026-09-14', '2026-10-02', '2026-10-20', '2026-11-10', '2026-11-24', '2026-12-25',
]

/** Equity and F&O close at 15:30 IST: a contract expiring today trades until then. */
export const MARKET_CLOSE_MINUTE = 15 * 60 + 30

/** SEBI moved NSE equity derivatives to Tuesday expiries (BSE to Thursday) from this day on. */
const EXPIRY_DAY_CHANGE = Date.UTC(2025, 8, 1) - IST_OFFSET_MS

/** Whose expiry rule applies. MCX is simplified to the last Thursday of the month (real commodity expiries vary). */
export type ExpiryVenue = 'NSE' | 'BSE' | 'MCX'

/** `YYYY-MM-DD` of the IST day containing `ms`. */
export function istDate(ms: number): string {
  return new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 10)
}

/** A set of holidays, checked with {@link isTradingDay}. */
export class Holidays {
  private readonly days: ReadonlySet<string>

  constructor(days: readonly string[] = EXCHANGE_HOLIDAYS_2026) {
    for (const day of days) {
      const ms = Date.parse(`${day}T00:00:00+05:30`)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms) || istDate(ms) !== day) {
        throw new TypeError(`holidays: "${day}" is not a date in the form YYYY-MM-DD`)
      }
    }
    this.days = new Set(days)
  }

  /** Whether the IST day containing `ms` is a weekday that is not a holiday. */
  isTradingDay(ms: number): boolean {
    const wd = weekday(ms)
    return wd !== 0 && wd !== 6 && !this.days.has(istDate(ms))
  }

  /** The trading day on or before the IST day containing `ms` (its IST midnight). */
  onOrBefore(ms: number): number {
    let day = istMidnight(ms)
    while (!this.isTradingDay(day)) day -= DAY_MS
    return day
  }
}

/** The weekday (0 = Sunday) a venue's equity derivatives expire on, for an expiry in the week of `ms`. */
export function expiryWeekday(venue: ExpiryVenue, ms: number): number {
  if (venue === 'MCX') return 4
  const nseTuesday = ms >= EXPIRY_DAY_CHANGE
  return venue === 'NSE' ? (nseTuesday ? 2 : 4) : nseTuesday ? 4 : 2
}

/** The close (15:30 IST) of the IST day containing `day`. */
const closeOf = (day: number) => istMidnight(day) + MARKET_CLOSE_MINUTE * MINUTE_MS

/**
 * The next `count` weekly expiries (their 15:30 IST close, epoch ms) that are still trading at `now`: the venue's
 * expiry weekday of each week, moved to the previous trading day when that day is a holiday.
 */
export function weeklyExpiries(now: number, count: number, venue: ExpiryVenue, holidays: Holidays): number[] {
  const out: number[] = []
  let day = istMidnight(now) - 7 * DAY_MS // a holiday can pull next week's expiry into this one
  while (out.length < count) {
    if (weekday(day) === expiryWeekday(venue, day)) {
      const expiry = closeOf(holidays.onOrBefore(day))
      if (expiry > now && expiry !== out.at(-1)) out.push(expiry)
    }
    day += DAY_MS
  }
  return out
}

/**
 * The next `count` monthly expiries (15:30 IST close) still trading at `now`: the last expiry weekday of each month,
 * moved to the previous trading day when that day is a holiday.
 */
export function monthlyExpiries(now: number, count: number, venue: ExpiryVenue, holidays: Holidays): number[] {
  const out: number[] = []
  const today = new Date(now + IST_OFFSET_MS)
  for (let month = today.getUTCMonth(), year = today.getUTCFullYear(); out.length < count; month++) {
    // Day 0 of the next month is the last day of this one (Date.UTC carries month 12 into the next year).
    let day = Date.UTC(year, month + 1, 0) - IST_OFFSET_MS
    while (weekday(day) !== expiryWeekday(venue, day)) day -= DAY_MS
    const expiry = closeOf(holidays.onOrBefore(day))
    if (expiry > now) out.push(expiry)
  }
  return out
}
