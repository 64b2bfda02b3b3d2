// The sandbox's simulated clock. The calendar (expiries, the instrument list), order and trade times, quotes and
// candles read it; rate limits, fault durations and TOTP codes keep real time, because they are about real requests.

/** When the simulated market is: a start time (the clock then runs at real speed), or a function returning epoch ms. */
export type ClockSetting = Date | string | (() => number)

/**
 * A clock for {@link ClockSetting}: without a setting, the wall clock.
 * @throws TypeError naming `now` for a date that is not a real time.
 */
export function simulatedClock(setting: ClockSetting | undefined, wall: () => number = Date.now): () => number {
  if (setting === undefined) return wall
  if (typeof setting === 'function') {
    return () => {
      const ms = setting()
      if (!Number.isFinite(ms)) throw new TypeError(`now: the clock function returned ${String(ms)}, not epoch milliseconds`)
      return ms
    }
  }
  const start = setting instanceof Date ? setting.getTime() : parseInstant(setting)
  if (!Number.isFinite(start)) {
    throw new TypeError(`now: expected a Date, an ISO-8601 time such as "2026-12-01T10:00:00+05:30", or a function (got ${String(setting)})`)
  }
  const offset = start - wall()
  return () => wall() + offset
}

/** An ISO-8601 time. Without a zone it is IST, the exchange's time, so "2026-12-01T15:29" means the same everywhere. */
function parseInstant(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text.trim())
  if (!m) return Number.NaN
  const [year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = '+05:30'] = m.slice(1)
  // Date.parse would roll 30 Feb over to March: a day or a time that does not exist is refused.
  const probe = new Date(Date.UTC(+year!, +month! - 1, +day!))
  if (probe.getUTCMonth() !== +month! - 1 || probe.getUTCDate() !== +day! || +hour > 23 || +minute > 59 || +second > 59) {
    return Number.NaN
  }
  return Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone}`)
}
