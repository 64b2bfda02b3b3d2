import { parseInstrumentText } from '@firstock/node'
import { expect, test } from 'vitest'
import { readSymbol } from '../src/symbols.ts'

// The CLI reads symbol arguments with core's one instrument parser, so a symbol means the same in the CLI, the
// instrument index and stream subscriptions; the CLI only adds its checks (exchange, numeric token, NSE by default).

test.each(['NSE|1660', ' nse | 1660 ', 'bse|1', 'NSE:ITC-EQ', 'nse : itc-eq', 'ITC-EQ', 'nfo:NIFTY 25 DEC 26000 CE'])(
  'a symbol argument reads as core reads it: %j',
  (input) => {
    const core = parseInstrumentText(input)!
    const cli = readSymbol(input)
    if (core.kind === 'token') expect(cli).toEqual({ exchange: core.exchange, token: core.token })
    else expect(cli).toEqual({ exchange: core.exchange ?? 'NSE', name: core.tradingSymbol.toUpperCase() })
  },
)

test.each([
  ['NSE|', 'INVALID_SYMBOL'],
  ['NSE|abc', 'INVALID_SYMBOL'],
  ['', 'INVALID_SYMBOL'],
  ['a|b|c:d', 'INVALID_SYMBOL'],
  ['MCX|1', 'UNKNOWN_EXCHANGE'],
  ['XYZ:ITC-EQ', 'UNKNOWN_EXCHANGE'],
])('what core cannot read, or the CLI cannot use, is a usage error naming the symbol: %j', (input, code) => {
  expect(() => readSymbol(input)).toThrow(expect.objectContaining({ code, field: 'symbol' }))
})
