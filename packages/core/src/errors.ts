import type { FirstockErrorName } from './errors-firstock.js'
import { redact, scrub } from './redact.js'

/** Where a validation problem was found: in what the caller passed, or in what the server answered. */
export type ValidationDirection = 'request' | 'response'

/** What every error class's constructor takes (subclasses add their own fields). */
export interface FirstockErrorOptions {
  /** Stable machine-readable code: Firstock's error `name` for API errors, otherwise an SDK code. */
  code: string
  endpoint?: string | undefined
  field?: string | undefined
  cause?: unknown
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/**
 * Base class of every error the SDK throws. Messages, `toString`, `JSON.stringify` and `util.inspect`
 * never carry secrets: known secret values are scrubbed and secret keys are redacted.
 */
export class FirstockError extends Error {
  override readonly name: string = 'FirstockError'
  readonly code: string
  readonly endpoint: string | undefined
  readonly field: string | undefined
  /** Whether repeating the same request may succeed (never true for order writes). */
  readonly retryable: boolean = false

  constructor(message: string, options: FirstockErrorOptions) {
    super(scrub(message), options.cause === undefined ? undefined : { cause: options.cause })
    this.code = options.code
    this.endpoint = options.endpoint
    this.field = options.field
  }

  override toString(): string {
    return `${this.name}: ${this.message}`
  }

  /** A plain, redacted object for logs and `JSON.stringify` (no secrets, `cause` reduced to name and message). */
  toJSON(): Record<string, unknown> {
    const own: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(this)) own[key] = value
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause
    return redact({ name: this.name, message: this.message, ...own, cause })
  }

  /** What `util.inspect` / `console.log` print: the redacted `toJSON()`. */
  [INSPECT](): string {
    const { name: _name, message: _message, ...details } = this.toJSON()
    return `${this.toString()} ${JSON.stringify(details)}`
  }
}

/** The server answered `status: "Failed"`. */
export class ApiError extends FirstockError {
  override readonly name: string = 'ApiError'
  /** Firstock's `code` (an HTTP-like status sent as a string in the body). */
  readonly apiCode: string | undefined
  /** The HTTP status of the response; Firstock's `code` in the body is the one to trust. */
  readonly httpStatus: number
  override readonly retryable: boolean

  constructor(
    message: string,
    options: FirstockErrorOptions & { apiCode?: string | undefined; httpStatus: number; retryable?: boolean },
  ) {
    super(message, options)
    this.apiCode = options.apiCode
    this.httpStatus = options.httpStatus
    this.retryable = options.retryable ?? false
  }
}

/** The session key is invalid or expired: log in again. */
export class SessionError extends ApiError {
  override readonly name: string = 'SessionError'
}

/** Too many requests: the call may be repeated after `retryAfterMs`. */
export class RateLimitError extends ApiError {
  override readonly name: string = 'RateLimitError'
  readonly retryAfterMs: number | undefined

  constructor(
    message: string,
    options: FirstockErrorOptions & { apiCode?: string | undefined; httpStatus: number; retryAfterMs?: number | undefined },
  ) {
    super(message, { ...options, retryable: true })
    this.retryAfterMs = options.retryAfterMs
  }
}

/** No usable answer: connection refused or reset, timeout, or a body that is not a Firstock envelope. */
export class NetworkError extends FirstockError {
  override readonly name: string = 'NetworkError'
  readonly httpStatus: number | undefined
  /** The first characters of a body that could not be read as JSON. */
  readonly bodyExcerpt: string | undefined
  /** False when the request certainly never reached the server (e.g. connection refused). */
  readonly sent: boolean
  override readonly retryable: boolean = true

  constructor(
    message: string,
    options: FirstockErrorOptions & { httpStatus?: number | undefined; bodyExcerpt?: string | undefined; sent?: boolean },
  ) {
    super(message, options)
    this.httpStatus = options.httpStatus
    this.bodyExcerpt = options.bodyExcerpt === undefined ? undefined : scrub(options.bodyExcerpt)
    this.sent = options.sent ?? true
  }
}

/**
 * An order request (place, modify, cancel, convert, multi-place, strategy) was sent and no verdict came back.
 * The order may or may not exist. It was NOT re-sent. Reconcile before acting again: look the order up by
 * `tag` (placeOrder's `remarks`) in the order book, e.g. `firstock.reconcileOrder(err.tag)`.
 */
export class OrderOutcomeUnknownError extends NetworkError {
  override readonly name: string = 'OrderOutcomeUnknownError'
  override readonly retryable = false
  /** The request as sent, secrets redacted. */
  readonly request: Record<string, unknown>
  /** The client tag carried in `remarks`, when the request had one. */
  readonly tag: string | undefined
  /** For a multi-leg call (multiPlaceOrders, strategies): the tag of every leg, in order. */
  readonly legTags: readonly string[] | undefined
  /** For modifyOrder / cancelOrder: the order the request was about. */
  readonly orderNumber: string | undefined

  constructor(
    message: string,
    options: FirstockErrorOptions & {
      httpStatus?: number | undefined
      bodyExcerpt?: string | undefined
      request: Record<string, unknown>
      tag?: string | undefined
      legTags?: readonly string[] | undefined
      orderNumber?: string | undefined
    },
  ) {
    super(message, options)
    this.request = redact(options.request)
    this.tag = options.tag
    this.legTags = options.legTags
    this.orderNumber = options.orderNumber
  }
}

/** Bad input, found before anything was sent, or a response that does not match its schema. */
export class ValidationError extends FirstockError {
  override readonly name: string = 'ValidationError'
  readonly direction: ValidationDirection
  /** For a response that broke its schema: the raw `data`, so nothing is lost. */
  readonly data: unknown

  constructor(message: string, options: FirstockErrorOptions & { direction: ValidationDirection; data?: unknown }) {
    super(message, options)
    this.direction = options.direction
    this.data = options.direction === 'response' ? redact(options.data) : undefined
  }
}

/**
 * Whether a value is an error the SDK threw; with a name, also whether its `code` is that name (Firstock's error
 * name for answers Firstock refused, e.g. `INVALID_JKEY`, or an SDK code such as `ORDER_OUTCOME_UNKNOWN`).
 * Cross-realm safe: it works across bundled copies of the SDK.
 * @example
 * ```ts
 * try { await firstock.cancelOrder({ orderNumber }) } catch (err) {
 *   if (isFirstockError(err, 'ORDER_NOT_FOUND')) console.log('already gone') // err.code is 'ORDER_NOT_FOUND'
 *   else throw err
 * }
 * ```
 */
export function isFirstockError(error: unknown): error is FirstockError
export function isFirstockError<const N extends FirstockErrorName>(error: unknown, name: N): error is FirstockError & { readonly code: N }
export function isFirstockError(error: unknown, name?: string): boolean {
  const sdkError =
    error instanceof FirstockError ||
    (error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'endpoint' in error && 'retryable' in error)
  return sdkError && (name === undefined || (error as FirstockError).code === name)
}

/** A leg of a multi-leg call that Firstock accepted. */
export interface PlacedLeg {
  /** 1-based position of the leg in the call (for strategies: in the order Firstock placed them). */
  leg: number
  orderNumber: string
  requestTime: string | undefined
  /** The tag the leg carries in `remarks` (find it with `reconcileOrder(tag)`). */
  tag: string | undefined
}

/** A leg of a multi-leg call that Firstock refused. */
export interface RejectedLeg {
  leg: number
  tag: string | undefined
  /** Firstock's message, e.g. "Invalid tradingSymbol". */
  reason: string
  /** Firstock's error name, e.g. `INVALID_TRADING_SYMBOL`. */
  errorName: string
  apiCode: string | undefined
  field: string | undefined
}

/**
 * A multi-leg call (multiPlaceOrders, a strategy) was answered and at least one leg was refused. The other legs
 * ARE placed: `placed` lists them (order numbers, tags) so they can be unwound; `rejected` lists the refused ones.
 * Nothing was re-sent.
 */
export class LegsRejectedError extends FirstockError {
  override readonly name: string = 'LegsRejectedError'
  readonly placed: readonly PlacedLeg[]
  readonly rejected: readonly RejectedLeg[]

  constructor(
    message: string,
    options: FirstockErrorOptions & { placed: readonly PlacedLeg[]; rejected: readonly RejectedLeg[] },
  ) {
    super(message, options)
    this.placed = options.placed
    this.rejected = options.rejected
  }
}

/**
 * Firstock refused the session of an order call (expired or replaced jKey). That answer is a verdict: the order
 * was NOT placed, modified or cancelled, and it was not re-sent. The session was renewed once (when the client
 * can renew it), so the next call works; `renewed` tells whether that succeeded.
 */
export class OrderSessionExpiredError extends SessionError {
  override readonly name: string = 'OrderSessionExpiredError'
  /** Always false: Firstock refused the request before reading the order. */
  readonly orderMayHaveBeenPlaced = false
  /** True when a new session is in place for the next call. */
  readonly renewed: boolean

  constructor(
    message: string,
    options: FirstockErrorOptions & { apiCode?: string | undefined; httpStatus: number; renewed: boolean },
  ) {
    super(message, options)
    this.renewed = options.renewed
  }
}

/**
 * A short, printable picture of any value for an error message: strings quoted and cut at `maxLength`, objects as
 * (cut) JSON. Never throws, whatever the value (BigInt, circular object, symbol, a getter that throws).
 * @example
 * ```ts
 * describeValue(10n) // '10n'
 * describeValue('x'.repeat(100)) // '"xxxx…"' (40 characters and an ellipsis)
 * ```
 */
export function describeValue(value: unknown, maxLength = 40): string {
  try {
    return describeUnsafe(value, maxLength)
  } catch {
    return '(a value that cannot be shown)'
  }
}

const cut = (text: string, maxLength: number) => (text.length > maxLength ? `${text.slice(0, maxLength)}…` : text)

function describeUnsafe(value: unknown, maxLength: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cut(value, maxLength))
    case 'bigint':
      return `${value}n`
    case 'symbol':
      return value.toString()
    case 'function':
      return value.name ? `function ${value.name}` : 'a function'
    case 'object':
      if (value === null) return 'null'
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()
      return cut(JSON.stringify(value, jsonSafe()) ?? Object.prototype.toString.call(value), maxLength + 20)
    default:
      return String(value)
  }
}

/** A JSON.stringify replacer that writes BigInts as `10n` and a repeated (circular) object as `[circular]`. */
function jsonSafe() {
  const seen = new WeakSet<object>()
  return (_key: string, item: unknown) => {
    if (typeof item === 'bigint') return `${item}n`
    if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return '[circular]'
      seen.add(item)
    }
    return item
  }
}

/**
 * Firstock answered `status: "success"` but the answer says the request was not carried out (V1 `modifyOrder` /
 * `cancelOrder` with a `rejreason`, `productConversion` whose `Status` is a rejection text). `reason` is that text.
 * A verdict: nothing was changed and nothing was re-sent.
 */
export class RejectedError extends ApiError {
  override readonly name: string = 'RejectedError'
  /** Firstock's text, e.g. `SAF:order is not open to cancel`. */
  readonly reason: string

  constructor(message: string, options: FirstockErrorOptions & { httpStatus: number; reason: string }) {
    super(message, options)
    this.reason = options.reason
  }
}
