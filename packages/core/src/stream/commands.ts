import { describeValue, ValidationError } from '../errors.js'
import { EXCHANGES, type Exchange, isExchange } from '../schemas/common.js'
import { parseInstrumentText } from '../instruments/reference.js'

// Client → server messages of the Noren WebSocket protocol (docs/connect-protocol.md §4.2). Every function returns the JSON text to send.

/** A scrip as the caller may name it: `'NSE|26000'` or `{ exchange: 'NSE', token: '26000' }`. */
export type ScripInput = string | { readonly exchange: string; readonly token: string | number }

/** A validated scrip. `key` is the wire form `EXCH|TOKEN`. */
export interface Scrip {
  readonly exchange: Exchange
  readonly token: string
  readonly key: string
}

// Noren tokens are exchange instrument ids: short, no separators. `|` and `#` would corrupt the scrip list.
const TOKEN_PATTERN = /^[A-Za-z0-9._-]{1,32}$/

const show = describeValue

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`${field} ${message}`, { code: 'INVALID_INPUT', field, direction: 'request' })
}

/** Validates one scrip; throws a `ValidationError` naming `field` (e.g. `tokens[2]`). */
export function parseScrip(input: ScripInput, field = 'token'): Scrip {
  let exchange: unknown
  let token: unknown
  if (typeof input === 'string') {
    const parsed = parseInstrumentText(input)
    if (parsed?.kind !== 'token') throw invalid(field, `must be "EXCHANGE|token" like "NSE|26000" (got ${show(input)})`)
    exchange = parsed.exchange
    token = parsed.token
  } else if (input !== null && typeof input === 'object') {
    exchange = input.exchange
    token = typeof input.token === 'number' && Number.isSafeInteger(input.token) ? String(input.token) : input.token
  } else {
    throw invalid(field, `must be "EXCHANGE|token" or { exchange, token } (got ${show(input)})`)
  }
  if (!isExchange(exchange)) {
    throw invalid(field, `exchange must be one of ${EXCHANGES.join(', ')} (got ${show(exchange)} in ${show(input)})`)
  }
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) {
    throw invalid(field, `token must be an instrument token like "26000" (got ${show(token)} in ${show(input)})`)
  }
  return { exchange: exchange as Exchange, token, key: `${exchange}|${token}` }
}

/** Validates a list of scrips (duplicates removed, order kept); fields are named `${field}[i]`. */
export function parseScrips(inputs: readonly ScripInput[] | ScripInput, field = 'tokens'): Scrip[] {
  const list = Array.isArray(inputs) ? (inputs as readonly ScripInput[]) : [inputs as ScripInput]
  if (list.length === 0) throw invalid(field, 'must name at least one scrip')
  const seen = new Set<string>()
  const out: Scrip[] = []
  list.forEach((input, i) => {
    const scrip = parseScrip(input, `${field}[${i}]`)
    if (!seen.has(scrip.key)) {
      seen.add(scrip.key)
      out.push(scrip)
    }
  })
  return out
}

/** `EXCH|TOKEN` keys joined by `#`, as `k` carries them. */
export function scripList(scrips: readonly (Scrip | string)[]): string {
  return scrips.map((s) => (typeof s === 'string' ? s : s.key)).join('#')
}

/** What the connect (`c`) message carries: the user, the account and the session token. */
export interface ConnectParams {
  readonly userId: string
  /** The session's `susertoken` (REST calls it jKey). */
  readonly jKey: string
  /** Account id; Firstock accounts use the user id. */
  readonly accountId?: string | undefined
}

/** `{"t":"c",...}`: the first message after open. The result carries the session token: never log it. */
export function encodeConnect(params: ConnectParams): string {
  return JSON.stringify({
    t: 'c',
    uid: params.userId,
    actid: params.accountId ?? params.userId,
    susertoken: params.jKey,
    source: 'API',
  })
}

const scripMessage = (t: string, scrips: readonly (Scrip | string)[]): string => JSON.stringify({ t, k: scripList(scrips) })

/**
 * The subscribe-touchline (`t`) message for scrips.
 * @example
 * ```ts
 * encodeTouchline(['NSE|26000']) // '{"t":"t","k":"NSE|26000"}'
 * ```
 */
export const encodeTouchline = (scrips: readonly (Scrip | string)[]): string => scripMessage('t', scrips)
/**
 * The unsubscribe-touchline (`u`) message for scrips.
 * @example
 * ```ts
 * encodeTouchlineUnsubscribe(['NSE|26000']) // '{"t":"u","k":"NSE|26000"}'
 * ```
 */
export const encodeTouchlineUnsubscribe = (scrips: readonly (Scrip | string)[]): string => scripMessage('u', scrips)
/**
 * The subscribe-depth (`d`) message for scrips.
 * @example
 * ```ts
 * encodeDepth(['NSE|2885']) // '{"t":"d","k":"NSE|2885"}'
 * ```
 */
export const encodeDepth = (scrips: readonly (Scrip | string)[]): string => scripMessage('d', scrips)
/**
 * The unsubscribe-depth (`ud`) message for scrips.
 * @example
 * ```ts
 * encodeDepthUnsubscribe(['NSE|2885']) // '{"t":"ud","k":"NSE|2885"}'
 * ```
 */
export const encodeDepthUnsubscribe = (scrips: readonly (Scrip | string)[]): string => scripMessage('ud', scrips)
/**
 * The subscribe-order-updates (`o`) message for an account.
 * @example
 * ```ts
 * encodeOrders('AB1234') // '{"t":"o","actid":"AB1234"}'
 * ```
 */
export const encodeOrders = (accountId: string): string => JSON.stringify({ t: 'o', actid: accountId })
/**
 * The unsubscribe-order-updates (`uo`) message.
 * @example
 * ```ts
 * encodeOrdersUnsubscribe() // '{"t":"uo"}'
 * ```
 */
export const encodeOrdersUnsubscribe = (): string => '{"t":"uo"}'
/** Keep-alive (docs/connect-protocol.md §4.5): Noren clients send `{"t":"h"}` every few seconds. */
export const encodeHeartbeat = (): string => '{"t":"h"}'
