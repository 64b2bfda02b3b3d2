import { expect, test } from 'vitest'
import { parseInstrumentText } from './reference.js'

test('behavior: parseInstrumentText reads tokens, exchange symbols and bare symbols; exchanges upper-cased', () => {
  expect(parseInstrumentText('NFO|54957')).toEqual({ kind: 'token', exchange: 'NFO', token: '54957' })
  expect(parseInstrumentText(' nse | 1660 ')).toEqual({ kind: 'token', exchange: 'NSE', token: '1660' })
  expect(parseInstrumentText('nse:sbin-eq')).toEqual({ kind: 'symbol', exchange: 'NSE', tradingSymbol: 'sbin-eq' })
  expect(parseInstrumentText('M&M-EQ')).toEqual({ kind: 'symbol', exchange: undefined, tradingSymbol: 'M&M-EQ' })
  expect(parseInstrumentText('NIFTY 26 NOV 24000 CE')).toEqual({ kind: 'symbol', exchange: undefined, tradingSymbol: 'NIFTY 26 NOV 24000 CE' })
  expect(parseInstrumentText('NSE|')).toEqual({ kind: 'token', exchange: 'NSE', token: '' })
  for (const bad of ['', '   ', '|1660', '1|b|c']) expect(parseInstrumentText(bad), bad).toBeUndefined()
})

test('behavior: stream scrips read references with the same parser (exchange in any case, spaces around "|")', async () => {
  const { parseScrip } = await import('../stream/commands.js')
  expect(parseScrip('nse|26000').key).toBe('NSE|26000')
  expect(parseScrip(' NFO | 54957 ').key).toBe('NFO|54957')
  expect(() => parseScrip('NSE:ITC-EQ')).toThrow(/must be "EXCHANGE\|token"/)
})
