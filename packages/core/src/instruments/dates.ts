// IST calendar helpers. India has no daylight saving: IST is always UTC+05:30.

const IST_OFFSET_MS = 330 * 60_000
const DAY_MS = 86_400_000
/** Market close on an expiry day, in ms after IST midnight (15:30 IST). */
export const MARKET_CLOSE_IST_MS = (15 * 60 + 30) * 60_000

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const
const MONTH_INDEX: Record<string, number> = Object.fromEntries(MONTHS.map((m, i) => [m, i]))

/** The instant of 00:00 IST on the given IST calendar date (month 0-11). */
export function istMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - IST_OFFSET_MS)
}

/** The IST calendar date of an instant as `YYYY-MM-DD`. */
export function istDateKey(date: Date): string {
  return new Date(date.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10)
}

/** 00:00 IST of the IST calendar day that contains `date`. */
export function istStartOfDay(date: Date): Date {
  const t = date.getTime() + IST_OFFSET_MS
  return new Date(t - (((t % DAY_MS) + DAY_MS) % DAY_MS) - IST_OFFSET_MS)
}

/** `DDMMMYY` (e.g. `28NOV24`), the form used inside trading symbols and by the strategies endpoints. */
export function formatExpiry(date: Date): string {
  const d = new Date(date.getTime() + IST_OFFSET_MS)
  const dd = String(d.getUTCDate()).padStart(2, '0')
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0')
  return `${dd}${MONTHS[d.getUTCMonth()]}${yy}`
}

function valid(year: number, month: number, day: number): Date | undefined {
  if (!Number.isInteger(year) || month < 0 || month > 11 || day < 1 || day > 31) return undefined
  const date = istMidnight(year, month, day)
  // Reject 31-FEB and friends instead of rolling over.
  return istDateKey(date) === `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    ? date
    : undefined
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))

/**
 * Reads an expiry date as 00:00 IST of that day. Accepts the forms seen in Firstock/Noren files:
 * `28NOV24`, `28-NOV-2024`, `28-Nov-24`, `28 NOV 2024`, `2024-11-28`, `28-11-2024`, `28/11/2024`
 * (an optional time after the date is ignored). Returns undefined for anything else.
 */
export function parseExpiry(raw: string): Date | undefined {
  const text = raw.trim().toUpperCase()
  if (text === '') return undefined
  let m = /^(\d{1,2})[-/ ]?([A-Z]{3})[-/ ]?(\d{2}|\d{4})\b/.exec(text)
  if (m) {
    const month = MONTH_INDEX[m[2]!]
    return month === undefined ? undefined : valid(fullYear(m[3]!), month, Number(m[1]))
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text)
  if (m) return valid(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(text)
  if (m) return valid(Number(m[3]), Number(m[2]) - 1, Number(m[1]))
  return undefined
}

/** The instant an expiry stops being tradable: 15:30 IST on its day. */
export function expiryCloseTime(expiry: Date): Date {
  return new Date(istStartOfDay(expiry).getTime() + MARKET_CLOSE_IST_MS)
}

/** The most recent daily refresh point (default 08:00 IST) at or before `now`. */
export function lastIstTimeOfDay(now: Date, hours: number, minutes = 0): Date {
  const today = istStartOfDay(now).getTime() + (hours * 60 + minutes) * 60_000
  return new Date(today <= now.getTime() ? today : today - DAY_MS)
}
