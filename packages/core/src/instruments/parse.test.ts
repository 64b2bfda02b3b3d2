import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { generateNfoMaster, generateNfoMasterChunks } from '../../test/generate-master.js'
import { istDateKey } from './dates.js'
import { createSymbolMasterParser, parseSymbolMaster, parseSymbolMasterChunks } from './parse.js'

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8')

describe('parseSymbolMaster', () => {
  test('NSE columns: typed rows, odd rows skipped and counted', async () => {
    const result = await parseSymbolMaster(fixture('nse.csv'))
    expect(result.layout).toBe('equity')
    expect(result.instruments.map((i) => i.tradingSymbol)).toEqual([
      'ITC-EQ', 'RELIANCE-EQ', 'TATAMOTORS-EQ', 'M&M-EQ', 'INFY-EQ', 'ICICIBANK-EQ', 'HDFCBANK-EQ', 'HINDALCO-EQ', 'HINDUNILVR-EQ', 'RELINFRA-EQ',
    ])
    expect(result.skipped).toBe(5)
    expect(result.blank).toBe(2)
    expect(result.rows).toBe(15)
    expect(result.skippedRows.map((r) => r.line)).toEqual([8, 10, 11, 15, 18])
    expect(result.skippedRows[1]!.reason).toBe('repeated header row')
    expect(result.skippedRows[3]!.reason).toMatch(/lot size "x"/)
    expect(result.instruments[0]).toEqual({
      exchange: 'NSE', token: '1660', tradingSymbol: 'ITC-EQ', symbol: 'ITC', name: 'ITC LTD', instrumentType: 'EQ',
      lotSize: 1, tickSize: 0.05, isin: 'INE154A01025',
    })
    // a quoted field with a comma stays one field
    expect(result.instruments[2]!.name).toBe('TATA MOTORS, LIMITED')
  })

  test('BSE columns: header case/spacing differences, CRLF, short rows skipped', async () => {
    const result = await parseSymbolMaster(fixture('bse.csv'))
    expect(result.layout).toBe('equity')
    expect(result.instruments.map((i) => `${i.exchange}:${i.tradingSymbol}:${i.token}`)).toEqual([
      'BSE:ITC:500875', 'BSE:RELIANCE:500325', 'BSE:TATAMOTORS:500570', 'BSE:HDFCBANK:500180',
    ])
    expect(result.instruments[2]!.name).toBe('TATA MOTORS, LTD.')
    expect(result.skippedRows).toEqual([{ line: 6, reason: 'expected at least 7 fields, got 4' }])
    expect(result.blank).toBe(1)
  })

  test('NFO columns: futures and options with expiry, strike, option type, freeze qty', async () => {
    const result = await parseSymbolMaster(fixture('nfo.csv'))
    expect(result.layout).toBe('derivative')
    expect(result.instruments).toHaveLength(18)
    expect(result.skipped).toBe(3)
    expect(result.skippedRows.map((r) => r.reason)).toEqual([
      'NIFTY28NOV24C24200: expiry "31-FEB-2024" is not a date',
      'expected at least 11 fields, got 5',
      'NIFTY28NOV24C24400: strike "abc" is not a number',
    ])
    const call = result.instruments.find((i) => i.tradingSymbol === 'NIFTY28NOV24C24000')!
    expect(call).toMatchObject({ exchange: 'NFO', token: '43001', symbol: 'NIFTY', name: 'NIFTY 50', instrumentType: 'OPTIDX', optionType: 'CE', strike: 24000, lotSize: 25, tickSize: 0.05, freezeQty: 1801 })
    expect(call.expiry!.toISOString()).toBe('2024-11-27T18:30:00.000Z') // 00:00 IST on 28 Nov 2024
    expect(istDateKey(call.expiry!)).toBe('2024-11-28')
    const future = result.instruments.find((i) => i.tradingSymbol === 'ITC28NOV24F')!
    expect(future).toMatchObject({ instrumentType: 'FUTSTK', symbol: 'ITC', lotSize: 1600 })
    expect(future.optionType).toBeUndefined()
    expect(future.strike).toBeUndefined()
    expect(future.freezeQty).toBeUndefined()
  })

  test('BFO columns: upper-case header, DDMMMYY and ISO expiries, a row of blanks', async () => {
    const result = await parseSymbolMaster(fixture('bfo.csv'))
    expect(result.instruments.map((i) => [i.tradingSymbol, istDateKey(i.expiry!), i.strike ?? null])).toEqual([
      ['SENSEX29NOV24F', '2024-11-29', null],
      ['SENSEX29NOV2480000CE', '2024-11-29', 80000],
      ['SENSEX29NOV2480000PE', '2024-11-29', 80000],
      ['SENSEX06DEC2480000CE', '2024-12-06', 80000],
    ])
    expect(result.blank).toBe(1)
    expect(result.skipped).toBe(0)
  })

  test('Indices columns: index rows and index-derivative rows', async () => {
    const result = await parseSymbolMaster(fixture('indices.csv'))
    expect(result.layout).toBe('index')
    const nifty = result.instruments[0]!
    expect(nifty).toEqual({ exchange: 'NSE', token: '26000', tradingSymbol: 'Nifty 50', symbol: 'NIFTY', name: 'Nifty 50', instrumentType: 'UNDIND', lotSize: 1, tickSize: 0.05 })
    expect(result.instruments[3]).toMatchObject({ exchange: 'NFO', tradingSymbol: 'NIFTY28NOV24C24000', optionType: 'CE', strike: 24000 })
  })

  test('behavior: a file without a header is read by the documented column count', async () => {
    const csv = 'NSE,1660,1,ITC-EQ,ITC LTD,INE154A01025,0.05,\nNSE,2885,1,RELIANCE-EQ,RELIANCE INDUSTRIES LTD,INE002A01018,0.05,\n'
    const result = await parseSymbolMaster(csv)
    expect(result.layout).toBe('equity')
    expect(result.instruments.map((i) => i.token)).toEqual(['1660', '2885'])
  })

  test('behavior: a default exchange fills rows that have none; a BOM is ignored', async () => {
    const csv = '\ufeffToken,TradingSymbol,LotSize,TickSize\n1660,ITC-EQ,1,0.05\n'
    const result = await parseSymbolMaster(csv, { exchange: 'nse' })
    expect(result.instruments).toEqual([
      { exchange: 'NSE', token: '1660', tradingSymbol: 'ITC-EQ', symbol: 'ITC', name: 'ITC-EQ', instrumentType: 'EQ', lotSize: 1, tickSize: 0.05 },
    ])
  })

  test('behavior: a row of an exchange the SDK cannot trade is skipped with its reason', async () => {
    const result = await parseSymbolMaster('Exchange,Token,LotSize,TradingSymbol,CompanyName,ISIN,TickSize,FreezeQty\nNCDEX,1,1,GUAR,GUAR SEED,,1,\n')
    expect(result.instruments).toEqual([])
    expect(result.skippedRows[0]!.reason).toMatch(/^GUAR: exchange "NCDEX" is not one of NSE, /)
  })

  test('behavior: text that is not a symbol master gives no instruments, every line skipped', async () => {
    const result = await parseSymbolMaster('<html><body>Service unavailable</body></html>\n')
    expect(result.instruments).toEqual([])
    expect(result.skipped).toBe(1)
  })

  test('behavior: chunks that split rows and quoted fields anywhere parse like the whole string', async () => {
    const csv = fixture('nse.csv') + fixture('nse.csv').split('\n').slice(1).join('\n')
    const whole = await parseSymbolMaster(csv)
    for (const size of [1, 2, 7, 33, 100]) {
      const chunks: string[] = []
      for (let i = 0; i < csv.length; i += size) chunks.push(csv.slice(i, i + size))
      const streamed = await parseSymbolMasterChunks(
        (async function* () {
          yield* chunks
        })(),
      )
      expect(streamed).toEqual(whole)
    }
  })

  test('behavior: CRLF split between chunks', async () => {
    const parser = await createSymbolMasterParser()
    for (const chunk of ['Exchange,Token,LotSize,TradingSymbol,CompanyName,ISIN,TickSize,FreezeQty\r', '\nNSE,1660,1,ITC-EQ,"ITC,', ' LTD",X,0.05,\r', '\n']) parser.write(chunk)
    const result = parser.end()
    expect(result.instruments.map((i) => i.name)).toEqual(['ITC, LTD'])
    expect(result.skipped).toBe(0)
  })

  test('behavior: streams a 100k-row NFO master in chunks', async () => {
    const result = await parseSymbolMasterChunks(generateNfoMasterChunks({ rows: 100_000 }))
    expect(result.instruments).toHaveLength(100_000)
    expect(result.skipped).toBe(0)
    expect((await parseSymbolMaster(generateNfoMaster({ rows: 1_000 }))).instruments).toHaveLength(1_000)
  })
})
