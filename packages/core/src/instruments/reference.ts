/**
 * An instrument reference written as text, read without any lookup: `NSE|1660` names a token, `NSE:ITC-EQ` a trading
 * symbol on an exchange, `ITC-EQ` a trading symbol whose exchange is to be found.
 */
export type InstrumentText =
  | { readonly kind: 'token'; readonly exchange: string; readonly token: string }
  | { readonly kind: 'symbol'; readonly exchange: string | undefined; readonly tradingSymbol: string }

const TOKEN_REF = /^([A-Za-z]+)\s*\|\s*(.*)$/s
const SYMBOL_REF = /^([A-Za-z]+)\s*:\s*(\S.*)$/

/**
 * The one reader of textual instrument references (the instrument index, stream subscriptions and the CLI all use
 * it). Exchange names are upper-cased (`nse:itc-eq` → `NSE`); whether the exchange is one the API accepts is the
 * caller's check (`isExchange`), and so is the token's form (`NSE|` reads as an empty token). Returns `undefined` for
 * text that is empty or has a `|` in the wrong place.
 * @example
 * ```ts
 * parseInstrumentText('nse|1660') // { kind: 'token', exchange: 'NSE', token: '1660' }
 * parseInstrumentText('ITC-EQ') // { kind: 'symbol', exchange: undefined, tradingSymbol: 'ITC-EQ' }
 * ```
 */
export function parseInstrumentText(text: string): InstrumentText | undefined {
  const trimmed = text.trim()
  const token = TOKEN_REF.exec(trimmed)
  if (token) return { kind: 'token', exchange: token[1]!.toUpperCase(), token: token[2]!.trim() }
  if (trimmed === '' || trimmed.includes('|')) return undefined
  const symbol = SYMBOL_REF.exec(trimmed)
  if (symbol) return { kind: 'symbol', exchange: symbol[1]!.toUpperCase(), tradingSymbol: symbol[2]!.trim() }
  return { kind: 'symbol', exchange: undefined, tradingSymbol: trimmed }
}
