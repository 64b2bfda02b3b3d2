import { describe, expect, test } from 'vitest'
import { Holidays, istDate, monthlyExpiries, weeklyExpiries } from '../src/model/calendar.ts'
import { simulatedClock } from '../src/model/clock.ts'
import { start } from './helpers.ts'

const at = (iso: string) => Date.parse(iso)
/** Expiries as IST dates, to read the assertions. */
const days = (expiries: number[]) => expiries.map(istDate)
const holidays = new Holidays()

describe('calendar: expiries at pinned clocks (IST)', () => {
  test('behavior: on an expiry day the contract trades through 15:29 IST and is gone at 15:30', () => {
    expect(days(weeklyExpiries(at('2026-12-08T15:29:00+05:30'), 2, 'NSE', holidays))).toEqual(['2026-12-08', '2026-12-15'])
    expect(days(weeklyExpiries(at('2026-12-08T15:30:00+05:30'), 2, 'NSE', holidays))).toEqual(['2026-12-15', '2026-12-22'])
    // 00:30 IST on the expiry day is still the previous day in UTC: the day is IST's.
    expect(days(weeklyExpiries(at('2026-12-08T00:30:00+05:30'), 1, 'NSE', holidays))).toEqual(['2026-12-08'])
  })

  test('behavior: NSE expires on Tuesdays and BSE on Thursdays, monthly on the last one of the month', () => {
    const saturday = at('2026-12-05T10:00:00+05:30')
    expect(days(weeklyExpiries(saturday, 2, 'NSE', holidays))).toEqual(['2026-12-08', '2026-12-15'])
    expect(days(weeklyExpiries(saturday, 2, 'BSE', holidays))).toEqual(['2026-12-10', '2026-12-17'])
    expect(days(monthlyExpiries(saturday, 2, 'NSE', holidays))).toEqual(['2026-12-29', '2027-01-26'])
    expect(days(monthlyExpiries(saturday, 2, 'BSE', holidays))).toEqual(['2026-12-31', '2027-01-28'])
  })

  test('behavior: an expiry on a market holiday moves to the trading day before', () => {
    // Tuesday 24 Nov 2026 is an NSE holiday: the weekly and the monthly expiry are Monday 23 Nov.
    const friday = at('2026-11-20T12:00:00+05:30')
    expect(days(weeklyExpiries(friday, 2, 'NSE', holidays))).toEqual(['2026-11-23', '2026-12-01'])
    expect(days(monthlyExpiries(friday, 2, 'NSE', holidays))).toEqual(['2026-11-23', '2026-12-29'])
    expect(days(monthlyExpiries(at('2026-11-23T15:30:00+05:30'), 1, 'NSE', holidays))).toEqual(['2026-12-29'])
    // Years without a published list have weekends only, unless the user passes their holidays.
    expect(days(monthlyExpiries(at('2027-01-04T10:00:00+05:30'), 1, 'NSE', holidays))).toEqual(['2027-01-26'])
    expect(days(monthlyExpiries(at('2027-01-04T10:00:00+05:30'), 1, 'NSE', new Holidays(['2027-01-26'])))).toEqual(['2027-01-25'])
  })

  test('behavior: 29 Feb 2028 (a Tuesday) is the February monthly expiry until its close', () => {
    expect(days(monthlyExpiries(at('2028-02-29T09:59:00Z'), 2, 'NSE', holidays))).toEqual(['2028-02-29', '2028-03-28'])
    expect(days(monthlyExpiries(at('2028-02-29T10:30:00Z'), 2, 'NSE', holidays))).toEqual(['2028-03-28', '2028-04-25'])
    expect(days(monthlyExpiries(at('2028-02-29T10:30:00Z'), 1, 'BSE', holidays))).toEqual(['2028-03-30'])
  })

  test('behavior: 31 Dec 23:59 IST rolls into the next year', () => {
    const newYearsEve = at('2027-12-31T23:59:00+05:30')
    expect(istDate(newYearsEve)).toBe('2027-12-31')
    expect(istDate(newYearsEve + 60_000)).toBe('2028-01-01')
    expect(days(weeklyExpiries(newYearsEve, 1, 'NSE', holidays))).toEqual(['2028-01-04'])
    expect(days(monthlyExpiries(newYearsEve, 2, 'NSE', holidays))).toEqual(['2028-01-25', '2028-02-29'])
  })

  test('behavior: a Saturday and a holiday are not trading days; Monday is', () => {
    expect(holidays.isTradingDay(at('2026-12-05T10:00:00+05:30'))).toBe(false)
    expect(holidays.isTradingDay(at('2026-12-25T10:00:00+05:30'))).toBe(false)
    expect(holidays.isTradingDay(at('2026-12-07T10:00:00+05:30'))).toBe(true)
  })

  test('error: a holiday that is not a date is refused by name', () => {
    expect(() => new Holidays(['2026-02-30'])).toThrow(/holidays: "2026-02-30" is not a date/)
    expect(() => new Holidays(['26/01/2026'])).toThrow(/YYYY-MM-DD/)
  })
})

describe('clock', () => {
  test('behavior: an ISO time without a zone is IST, and the clock runs from it', () => {
    let wall = 1_000
    const clock = simulatedClock('2026-12-01T15:29', () => wall)
    expect(clock()).toBe(at('2026-12-01T15:29:00+05:30'))
    wall += 90_000
    expect(clock()).toBe(at('2026-12-01T15:30:30+05:30'))
    expect(simulatedClock(new Date('2028-02-29T10:30:00Z'), () => 0)()).toBe(at('2028-02-29T10:30:00Z'))
    expect(simulatedClock(() => 42)()).toBe(42)
  })

  test('error: a time that does not exist names the option', () => {
    for (const bad of ['2026-02-30', '2026-12-01T24:00', 'yesterday', '']) {
      expect(() => simulatedClock(bad)).toThrow(/^now: expected a Date, an ISO-8601 time/)
    }
    expect(() => simulatedClock(new Date('nope'))).toThrow(/now:/)
    expect(() => simulatedClock(() => Number.NaN)()).toThrow(/now: the clock function returned NaN/)
  })
})

describe('startSandbox({ now })', () => {
  test('behavior: the instrument list, order times and symbols follow the pinned clock', async () => {
    const sb = await start({ now: '2026-11-20T12:00:00+05:30' })
    try {
      expect(Math.abs(sb.clock.now() - at('2026-11-20T12:00:00+05:30'))).toBeLessThan(60_000)
      const nifty = sb.market.instruments().filter((i) => i.exchange === 'NFO' && i.symbolName === 'NIFTY')
      expect(nifty.filter((i) => i.instrumentName === 'FUTIDX').map((i) => i.tradingSymbol)).toEqual(['NIFTY23NOV26F', 'NIFTY29DEC26F'])
      expect(new Set(nifty.filter((i) => i.optionType).map((i) => i.expiry))).toEqual(new Set(['23NOV26', '01DEC26']))
      const sensex = sb.market.instruments().filter((i) => i.exchange === 'BFO' && i.instrumentName === 'FUTIDX')
      expect(sensex.map((i) => i.expiry)).toEqual(['26NOV26', '31DEC26'])
    } finally {
      await sb.close()
    }
  })
})
