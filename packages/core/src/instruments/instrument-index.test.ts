import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ValidationError } from '../errors.js'
import { istDateKey } from './dates.js'
import { InstrumentIndex, instrumentKey, instrumentTokenKey, resolveInstrument, UnknownInstrumentError } from './instrument-index.js'
import { parseSymbolMaster } from './parse.js'

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8')
const parsed = await Promise.all(['nse.csv', 'bse.csv', 'nfo.csv', 'bfo.csv', 'indices.csv'].map((f) => parseSymbolMaster(fixture(f))))
const all = parsed.flatMap((p) => p.instruments)

/** An IST wall-clock instant. */
const ist = (text: string) => new Date(`${text}+05:30`)
const index = (now = ist('2024-11-25T10:00:00')) => new InstrumentIndex(all, { now: () => now })
const keys = (rows: { exchange: string; tradingSymbol: string }[]) => rows.map(instrumentKey)

describe('InstrumentIndex lookups', () => {
  const idx = index()

  test('O(1) lookups by EXCHANGE:TRADINGSYMBOL and EXCHANGE|token, case-insensitive', () => {
    expect(idx.bySymbol('NSE', 'ITC-EQ')?.token).toBe('1660')
    expect(idx.bySymbol('nse', 'itc-eq')?.token).toBe('1660')
    expect(idx.byToken('NSE', 1660)?.tradingSymbol).toBe('ITC-EQ')
    expect(idx.byToken('BSE', '500875')?.tradingSymbol).toBe('ITC')
  })

  test('duplicates across files (NFO and Indices) are kept once and counted', () => {
    expect(idx.duplicates).toBe(2)
    expect(idx.size).toBe(10 + 4 + 18 + 4 + 3)
    expect(idx.exchanges).toEqual(['NSE', 'BSE', 'NFO', 'BFO'])
  })

  test.each([
    ['NSE:ITC-EQ', 'NSE|1660'],
    ['NSE|1660', 'NSE|1660'],
    [' nse:itc-eq ', 'NSE|1660'],
    ['NSE:Nifty 50', 'NSE|26000'],
    ['NFO:NIFTY28NOV24C24000', 'NFO|43001'],
    ['NFO:NIFTY 28NOV24 24000 CE', 'NFO|43001'],
    ['NFO:NIFTY 28 NOV 24 24100 PE', 'NFO|43004'],
    ['NFO:BANKNIFTY 26DEC24 FUT', 'NFO|35003'],
    ['BFO:SENSEX 29NOV24 80000 C', 'BFO|825101'],
    ['M&M-EQ', 'NSE|2031'],
    ['NIFTY28NOV24F', 'NFO|35001'],
  ])('resolve(%j) → %s', (ref, expected) => {
    expect(instrumentTokenKey(idx.resolve(ref))).toBe(expected)
  })

  test('resolve accepts { exchange, token } and { exchange, tradingSymbol } and an instrument', () => {
    expect(idx.resolve({ exchange: 'NSE', token: 2885 }).tradingSymbol).toBe('RELIANCE-EQ')
    expect(idx.resolve({ exchange: 'BSE', tradingSymbol: 'reliance' }).token).toBe('500325')
    const itc = idx.resolve('NSE:ITC-EQ')
    expect(resolveInstrument(idx, itc)).toBe(itc)
  })

  test('error: unknown symbol → UnknownInstrumentError (ValidationError, UNKNOWN_SYMBOL) naming the closest matches', () => {
    let error: unknown
    try {
      idx.resolve('NSE:ITCC-EQ')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnknownInstrumentError)
    expect(error).toBeInstanceOf(ValidationError)
    const e = error as UnknownInstrumentError
    expect(e).toMatchObject({ code: 'UNKNOWN_SYMBOL', field: 'symbol', direction: 'request' })
    expect(e.suggestions[0]).toBe('NSE:ITC-EQ')
    expect(e.message).toMatch(/^Unknown instrument "NSE:ITCC-EQ"; closest matches: NSE:ITC-EQ/)
  })

  test('error: a misspelt option lists near option symbols', () => {
    expect(() => idx.resolve('NFO:NIFTY28NOV24C2400')).toThrow(/closest matches: NFO:NIFTY28NOV24C24000/)
    expect(() => idx.resolve('RELAINCE-EQ')).toThrow(/closest matches: NSE:RELIANCE-EQ/)
  })

  test('error: unknown token, unloaded exchange, bare token, ambiguous symbol, bad input', () => {
    expect(() => idx.resolve('NSE|424242')).toThrow('Unknown instrument "NSE|424242": no NSE instrument has token 424242')
    expect(() => idx.resolve('MCX:GOLD')).toThrow('MCX is not an exchange V3 accepts (NSE, BSE, NFO, BFO)')
    expect(() => idx.resolve('1660')).toThrow('token 1660 needs its exchange, e.g. "NSE|1660". Did you mean NSE|1660?')
    expect(() => idx.resolve('NSE:ZZZZZZZZZZZZ')).toThrow('nothing similar on NSE')
    expect(() => idx.resolve('' as string)).toThrow(UnknownInstrumentError)
    expect(() => idx.resolve(42 as unknown as string)).toThrow(/got 42/)
    const twice = new InstrumentIndex([...all, { ...all[0]!, exchange: 'BSE', token: '999' }])
    expect(() => twice.resolve('ITC-EQ')).toThrow('"ITC-EQ" trades on several exchanges; name one: NSE:ITC-EQ, BSE:ITC-EQ')
  })

  test('get() answers undefined instead of throwing', () => {
    expect(idx.get('NSE:NOPE')).toBeUndefined()
    expect(idx.get('NSE|1660')?.tradingSymbol).toBe('ITC-EQ')
  })
})

describe('InstrumentIndex queries', () => {
  test('options: nearest expiry, strike and type', () => {
    const idx = index(ist('2024-11-25T10:00:00'))
    expect(keys(idx.options('NIFTY', { expiry: 'nearest', strike: 24000, type: 'CE' }))).toEqual(['NFO:NIFTY28NOV24C24000'])
    expect(keys(idx.options('nifty', { expiry: 'nearest' }))).toEqual([
      'NFO:NIFTY28NOV24C24000', 'NFO:NIFTY28NOV24P24000', 'NFO:NIFTY28NOV24C24100', 'NFO:NIFTY28NOV24P24100',
    ])
    expect(keys(idx.options('NIFTY', { expiry: '05DEC24', type: 'PE' }))).toEqual(['NFO:NIFTY05DEC24P24000', 'NFO:NIFTY05DEC24P24100'])
    expect(keys(idx.options('NIFTY', { expiry: new Date('2024-12-05'), strike: 24100, type: 'CE' }))).toEqual(['NFO:NIFTY05DEC24C24100'])
    expect(idx.options('NIFTY', { expiry: '2024-12-12' })).toEqual([])
    expect(idx.options('UNKNOWN')).toEqual([])
    expect(() => idx.options('NIFTY', { expiry: 'soon' })).toThrow(ValidationError)
  })

  test('options: expired contracts are left out unless asked for', () => {
    const idx = index(ist('2024-11-25T10:00:00'))
    expect(idx.options('NIFTY').some((i) => i.tradingSymbol === 'NIFTY21NOV24C24000')).toBe(false)
    expect(idx.options('NIFTY', { includeExpired: true }).some((i) => i.tradingSymbol === 'NIFTY21NOV24C24000')).toBe(true)
  })

  test.each([
    ['2024-11-27T23:59:00', '2024-11-28'],
    ['2024-11-28T09:15:00', '2024-11-28'], // expiry day, market open
    ['2024-11-28T15:29:59', '2024-11-28'], // a second before the close
    ['2024-11-28T15:30:00', '2024-12-05'], // at the close: the next expiry
    ['2024-11-28T18:00:00', '2024-12-05'],
    ['2024-12-05T15:30:00', '2024-12-26'], // options run out; futures still trade
  ])('nearest expiry at %s IST → %s', (now, expected) => {
    const idx = index(ist(now))
    const nearest = idx.nearestExpiry('NIFTY')
    expect(nearest && istDateKey(nearest)).toBe(expected)
    const option = idx.options('NIFTY', { expiry: 'nearest', strike: 24000, type: 'CE' })[0]
    expect(option && istDateKey(option.expiry!)).toBe(expected === '2024-12-26' ? undefined : expected)
  })

  test('nearest expiry: a per-query now overrides the index clock', () => {
    const idx = index(ist('2024-11-25T10:00:00'))
    expect(keys(idx.options('NIFTY', { expiry: 'nearest', strike: 24000, type: 'CE', now: ist('2024-11-28T16:00:00') }))).toEqual([
      'NFO:NIFTY05DEC24C24000',
    ])
  })

  test('futures: sorted by expiry; expiries: distinct days', () => {
    const idx = index(ist('2024-11-25T10:00:00'))
    expect(keys(idx.futures('BANKNIFTY'))).toEqual(['NFO:BANKNIFTY27NOV24F', 'NFO:BANKNIFTY26DEC24F', 'NFO:BANKNIFTY30JAN25F'])
    expect(keys(idx.futures('BANKNIFTY', { now: ist('2024-11-27T15:31:00') }))).toEqual(['NFO:BANKNIFTY26DEC24F', 'NFO:BANKNIFTY30JAN25F'])
    expect(idx.expiries('NIFTY').map(istDateKey)).toEqual(['2024-11-28', '2024-12-05', '2024-12-26'])
    expect(idx.expiries('NIFTY', { kind: 'options' }).map(istDateKey)).toEqual(['2024-11-28', '2024-12-05'])
    expect(idx.expiries('NIFTY', { kind: 'futures' }).map(istDateKey)).toEqual(['2024-11-28', '2024-12-26'])
    expect(idx.expiries('SENSEX', { exchange: 'BFO' }).map(istDateKey)).toEqual(['2024-11-29', '2024-12-06'])
  })

  test('search: exact symbol > prefix > substring of name; cash before derivatives; limit', () => {
    const idx = index()
    expect(keys(idx.search('reliance', { limit: 4 }))).toEqual(['NSE:RELIANCE-EQ', 'BSE:RELIANCE', 'NFO:RELIANCE28NOV24F', 'NFO:RELIANCE28NOV24C1300'])
    expect(keys(idx.search('reliance', { limit: 10 })).at(-1)).toBe('NSE:RELINFRA-EQ') // name "RELIANCE INFRASTRUCTU" (rank: substring of name)
    expect(keys(idx.search('hind'))).toEqual(['NSE:HINDALCO-EQ', 'NSE:HINDUNILVR-EQ', 'NSE:M&M-EQ']) // MAHINDRA: substring of the name
    expect(keys(idx.search('unilever'))).toEqual(['NSE:HINDUNILVR-EQ'])
    expect(keys(idx.search('itc', { exchange: 'BSE' }))).toEqual(['BSE:ITC'])
    expect(idx.search('   ')).toEqual([])
    expect(idx.search('nifty', { limit: 100 })[0]?.tradingSymbol).toBe('Nifty 50')
  })

  test('iteration and sources', () => {
    const idx = new InstrumentIndex(all.slice(0, 3), { sources: [{ name: 'NSE', stale: true, fromCache: true, rows: 3, skipped: 0 }] })
    expect([...idx].length).toBe(3)
    expect(idx.stale).toBe(true)
    expect(new InstrumentIndex([]).stale).toBe(false)
  })
})
