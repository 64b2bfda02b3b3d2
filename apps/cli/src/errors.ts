/** Exit codes by class of failure (documented in the README and `firstock --help`). */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  api: 3,
  network: 4,
  outcomeUnknown: 5,
  interrupted: 130,
} as const

/** A mistake in how the CLI was called (bad flag, unknown symbol, refused confirmation). Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly code: string
  readonly field: string | undefined
  readonly hint: string | undefined

  constructor(message: string, options: { code?: string; field?: string; hint?: string } = {}) {
    super(message)
    this.code = options.code ?? 'USAGE'
    this.field = options.field
    this.hint = options.hint
  }
}

export interface Described {
  exitCode: number
  message: string
  code: string | undefined
  field: string | undefined
  hint: string | undefined
}

interface ErrorLike {
  name?: unknown
  message?: unknown
  code?: unknown
  field?: unknown
  endpoint?: unknown
  direction?: unknown
  tag?: unknown
  legTags?: unknown
  placed?: unknown
  retryAfterMs?: unknown
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * Maps any thrown value to one line and an exit code. SDK errors are recognised by their `name` (not
 * `instanceof`), so this module loads nothing from the SDK and works across bundled copies.
 */
export function describeError(error: unknown): Described {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike
  const name = text(e.name) ?? 'Error'
  const message = text(e.message) ?? name
  const code = text(e.code)
  const field = text(e.field)
  const base = { message, code, field }

  if (error instanceof UsageError) return { ...base, exitCode: EXIT.usage, hint: error.hint }
  if (error instanceof OrderRejectedError) return { ...base, exitCode: EXIT.api, hint: 'see `firstock orders` for details' }
  switch (name) {
    case 'LegsRejectedError': {
      const placed = Array.isArray(e.placed) ? (e.placed as { orderNumber?: string }[]) : []
      return {
        ...base,
        exitCode: EXIT.api,
        hint: placed.length
          ? `${placed.length} leg(s) ARE placed (${placed.map((leg) => leg.orderNumber).join(', ')}) — cancel or square them off if the order only makes sense whole`
          : 'no leg was placed',
      }
    }
    case 'OrderSessionExpiredError':
      return { ...base, exitCode: EXIT.api, hint: 'the order was not placed — send it again if you still want it' }
    case 'OrderOutcomeUnknownError': {
      const legTags = Array.isArray(e.legTags) ? (e.legTags as string[]) : []
      if (legTags.length) {
        return { ...base, exitCode: EXIT.outcomeUnknown, hint: `the legs may or may not exist — check \`firstock orders\` for remarks ${legTags.join(', ')} before sending again` }
      }
      const tag = text(e.tag)
      return {
        ...base,
        exitCode: EXIT.outcomeUnknown,
        hint: tag
          ? `the order may or may not exist — check \`firstock orders\` for remarks ${tag} before sending it again`
          : 'the order may or may not exist — check `firstock orders` before sending it again',
      }
    }
    case 'NetworkError':
      return { ...base, exitCode: EXIT.network, hint: 'check the connection (for the sandbox: is `firstock sandbox` running?)' }
    case 'SessionError':
      return { ...base, exitCode: EXIT.api, hint: 'session expired — run `firstock login`' }
    case 'RateLimitError': {
      const wait = typeof e.retryAfterMs === 'number' ? ` ${Math.ceil(e.retryAfterMs / 1000)}s` : ' a moment'
      return { ...base, exitCode: EXIT.api, hint: `rate limited — wait${wait} and try again` }
    }
    case 'ApiError':
      return { ...base, exitCode: EXIT.api, hint: apiHint(code) }
    case 'UnknownInstrumentError':
      return { ...base, exitCode: EXIT.usage, hint: 'find it with `firstock search TEXT`' }
    case 'ValidationError':
      return e.direction === 'response'
        ? { ...base, exitCode: EXIT.api, hint: 'the server answered in an unexpected shape — rerun with --debug and report it' }
        : { ...base, exitCode: EXIT.usage, hint: validationHint(field) }
    case 'CommanderError':
      return { ...base, exitCode: EXIT.usage, hint: 'see `firstock --help`' }
    default:
      if (name === 'AbortError') return { ...base, exitCode: EXIT.interrupted, hint: undefined }
      return { ...base, exitCode: EXIT.unexpected, hint: 'rerun with --debug for details' }
  }
}

function apiHint(code: string | undefined): string | undefined {
  if (code === 'EXCHANGE/TOKEN') return 'check the symbol with `firstock search TEXT`'
  if (code === 'ORDER_NOT_FOUND') return 'list orders with `firstock orders`'
  if (code === 'INVALID_PASSWORD' || code === 'INVALID_USERID' || code?.startsWith('INVALID_TOTP'))
    return 'check FIRSTOCK_* variables or your profile, then run `firstock login`'
  return undefined
}

function validationHint(field: string | undefined): string | undefined {
  if (field === 'quantity') return 'pass --qty with a positive whole number'
  if (field === 'price') return 'pass --price for LMT and SL-LMT orders (or --type MKT)'
  if (field === 'triggerPrice') return 'pass --trigger for SL-LMT and SL-MKT orders'
  if (field && ['password', 'apiKey', 'vendorCode', 'totpSecret'].includes(field))
    return 'set FIRSTOCK_* variables or a profile (see `firstock login --help`)'
  return undefined
}

/** One line: `error: <message> [CODE, field: x] — hint`. Never a stack unless `debug`. */
export function formatError(described: Described): string {
  // SDK messages may already name the code and field, e.g. "cancelOrder: … (ORDER_NOT_FOUND, field orderNumber)".
  const named = described.code !== undefined && described.message.includes(described.code)
  const tags = named ? '' : [described.code, described.field ? `field: ${described.field}` : undefined].filter(Boolean).join(', ')
  const hint = described.hint ? ` — ${described.hint}` : ''
  return `error: ${described.message.replace(/\s*\n\s*/g, ' ')}${tags ? ` [${tags}]` : ''}${hint}`
}

/** The exchange or the broker refused an order that was accepted for processing (status REJECTED). Exit code 3. */
export class OrderRejectedError extends Error {
  override readonly name = 'OrderRejectedError'
  readonly code = 'REJECTED'
  readonly field: string | undefined = undefined
}
