import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { EXCHANGE_HOLIDAYS_2026, type Sandbox } from '../src/index.ts'
import { start } from './helpers.ts'
import { contractSpec } from '../src/model/contracts.ts'
import { parseExpiry } from '../src/util.ts'

/** A minimal RFC 4180 line splitter for assertions (the sandbox itself only renders). */
function fields(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++
      else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',') out.push(cur), (cur = '')
    else cur += c
  }
  out.push(cur)
  return out
}

const HEADERS = {
  equity: 'Exchange,Token,LotSize,TradingSymbol,CompanyName,ISIN,TickSize,FreezeQty',
  derivative: 'Exchange,Token,LotSize,Symbol,TradingSymbol,CompanyName,Expiry,Instrument,OptionType,StrikePrice,TickSize,FreezeQty',
  index: 'Exchange,Token,LotSize,Symbol,TradingSymbol,Expiry,Instrument,OptionType,StrikePrice,TickSize',
}

let sb: Sandbox
beforeAll(async () => {
  sb = await start({ seed: 11 })
})
afterAll(() => sb.close())

async function get(path: string) {
  const res = await fetch(`${sb.httpUrl}${path}`)
  const text = await res.text()
  const lines = text.trimEnd().split('\n')
  return { res, text, header: lines[0], rows: lines.slice(1).map(fields) }
}

describe('symbol master downloads', () => {
  test.each([
    ['/NSESymbolDownload', 'equity', 'NSE'],
    ['/BSESymbolDownload', 'equity', 'BSE'],
    ['/NFOSymbolDownload', 'derivative', 'NFO'],
    ['/BFOSymbolDownload', 'derivative', 'BFO'],
    ['/MCXSymbolDownload', 'derivative', 'MCX'],
  ] as const)('GET %s: CSV in the documented %s layout, one row per %s instrument', async (path, layout, exchange) => {
    const { res, header, rows } = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(header).toBe(HEADERS[layout])
    const width = HEADERS[layout].split(',').length
    expect(rows.every((r) => r.length === width)).toBe(true)
    const expected = sb.market.instruments().filter((i) => i.exchange === exchange && i.instrumentName !== 'UNDIND')
    expect(rows.map((r) => r[1])).toEqual(expected.map((i) => i.token))
  })

  test('NSE rows carry the token, symbol and ISIN of the master (ITC-EQ is 1660)', async () => {
    const { rows } = await get('/NSESymbolDownload')
    expect(rows.find((r) => r[3] === 'ITC-EQ')).toEqual(['NSE', '1660', '1', 'ITC-EQ', 'ITC LTD', 'INE154A01025', '0.05', ''])
  })

  test('NFO option rows: expiry as DD-MMM-YYYY, option type, strike, freeze qty', async () => {
    const { rows } = await get('/NFOSymbolDownload')
    const info = sb.market.instruments().find((i) => i.exchange === 'NFO' && i.optionType === 'CE')!
    const row = rows.find((r) => r[1] === info.token)!
    expect(row[3]).toBe('NIFTY')
    expect(row[4]).toBe(info.tradingSymbol)
    expect(row[6]).toMatch(/^\d{2}-[A-Z]{3}-\d{4}$/)
    expect(row[6]!.replace(/-(\d{2})(\d{2})$/, '$2').replace(/-/g, '')).toBe(info.expiry)
    expect(row.slice(7, 10)).toEqual(['OPTIDX', 'CE', info.strike!.toFixed(2)])
    expect(Number(row[11])).toBe(contractSpec('NIFTY', parseExpiry(info.expiry!)!)!.freezeQty)
    const future = rows.find((r) => r[7] === 'FUTSTK')!
    expect(future.slice(8, 10)).toEqual(['XX', '0'])
  })

  test('indexSymbols: the indices and the index-derivative rows', async () => {
    const { header, rows } = await get('/indexSymbols')
    expect(header).toBe(HEADERS.index)
    expect(rows.find((r) => r[1] === '26000')).toEqual(['NSE', '26000', '1', 'NIFTY', 'Nifty 50', '', 'UNDIND', 'XX', '0', '0.05'])
    expect(rows.some((r) => r[6] === 'OPTIDX')).toBe(true)
    expect(rows.some((r) => r[6] === 'FUTSTK')).toBe(false)
  })

  test('BFO: SENSEX monthly futures and weekly options (lot 20, strike step 100, Thursday expiries)', async () => {
    const { rows } = await get('/BFOSymbolDownload')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r[0] === 'BFO' && r[2] === '20' && r[3] === 'SENSEX')).toBe(true)
    const futures = rows.filter((r) => r[7] === 'FUTIDX')
    expect(futures.map((r) => r[4])).toEqual([expect.stringMatching(/^SENSEX\d{2}[A-Z]{3}\d{2}F$/), expect.stringMatching(/F$/)])
    const options = rows.filter((r) => r[7] === 'OPTIDX')
    expect(options).toHaveLength(2 * 41 * 2)
    expect(options[0]![4]).toMatch(/^SENSEX\d{2}[A-Z]{3}\d{2}[CP]\d+$/)
    expect(options.every((r) => Number(r[9]) % 100 === 0 && Number(r[11]) === 1000)).toBe(true)
    for (const expiry of new Set(rows.map((r) => r[6]!))) {
      // BSE's expiry day is Thursday; when that Thursday is a holiday, the trading day before it.
      const day = new Date(`${expiry} 12:00Z`)
      const thursday = new Date(day.getTime() + ((4 - day.getUTCDay() + 7) % 7) * 86_400_000).toISOString().slice(0, 10)
      expect(day.getUTCDay() === 4 || EXCHANGE_HOLIDAYS_2026.includes(thursday), `${expiry} is a BSE expiry day`).toBe(true)
    }
    // The index itself is a BSE row of the indices file, next to its BFO derivatives.
    const indices = (await get('/indexSymbols')).rows
    expect(indices.find((r) => r[0] === 'BSE' && r[1] === '1')).toEqual(['BSE', '1', '1', 'SENSEX', 'SENSEX', '', 'UNDIND', 'XX', '0', '0.05'])
    expect(indices.filter((r) => r[0] === 'BFO')).toHaveLength(rows.length)
  })

  test('no auth; HEAD answers the length; POST is refused; a trailing slash is fine', async () => {
    const head = await fetch(`${sb.httpUrl}/NSESymbolDownload`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100)
    const post = await fetch(`${sb.httpUrl}/NSESymbolDownload`, { method: 'POST', body: '{}' })
    expect(post.status).toBe(405)
    expect((await get('/NSESymbolDownload/')).res.status).toBe(200)
    expect((await fetch(`${sb.httpUrl}/XYZSymbolDownload`)).status).toBe(404)
  })
})
