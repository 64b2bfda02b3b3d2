import { type InstrumentIndex, instrumentTokenKey, type Scrip, type ScripInput, ValidationError } from '@firstock/core'
import { parseScrips } from '@firstock/core/protocol'

/**
 * A scrip as `touchline`, `depth` and `subscribe` accept it: a token (`'NSE|1660'`, `{ exchange, token }`) or, when
 * the stream was given `instruments`, a symbol (`'NSE:ITC-EQ'`, `{ exchange, tradingSymbol }`).
 */
export type SymbolInput = ScripInput | { readonly exchange: string; readonly tradingSymbol: string }

const isSymbol = (input: SymbolInput): boolean =>
  typeof input === 'string'
    ? !input.includes('|')
    : input !== null && typeof input === 'object' && !('token' in input) && 'tradingSymbol' in input

const shown = (input: SymbolInput) => (typeof input === 'string' ? JSON.stringify(input) : `${input.exchange}:${(input as { tradingSymbol: string }).tradingSymbol}`)

/**
 * Validates scrips for a subscription, resolving symbols through `index` first. Runs once per call, before any
 * socket traffic: an unknown symbol throws the index's `UnknownInstrumentError` (with the closest matches), a symbol
 * without an index throws a `ValidationError` saying how to subscribe by symbol.
 */
export function resolveScrips(inputs: readonly SymbolInput[] | SymbolInput, index: InstrumentIndex | undefined, field = 'tokens'): Scrip[] {
  const list = (Array.isArray(inputs) ? inputs : [inputs]) as readonly SymbolInput[]
  if (!list.some(isSymbol)) return parseScrips(list as readonly ScripInput[], field)
  const tokens = list.map((input, i): ScripInput => {
    if (!isSymbol(input)) return input as ScripInput
    if (!index) {
      throw new ValidationError(
        `${field}[${i}] ${shown(input)} is a symbol: pass \`instruments\` (e.g. await firstock.instruments()) to createStream ` +
          `to subscribe by symbol, or use "EXCHANGE|token" like "NSE|26000"`,
        { code: 'INVALID_INPUT', field: `${field}[${i}]`, direction: 'request' },
      )
    }
    return instrumentTokenKey(index.resolve(input))
  })
  return parseScrips(tokens, field)
}
