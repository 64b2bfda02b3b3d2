/** The error class a Firstock error name becomes: `SessionError`, `RateLimitError`, or a plain `ApiError`. */
export type FirstockErrorHandling = 'session' | 'rate-limit' | 'api'

/**
 * Every error `name` Firstock is documented to send in a failure body (V3 and V1), with the class the SDK maps it
 * to. What each means and what the SDK does about it is the one table in the core README (a test keeps the two equal).
 * `INVALID_<FIELD>` is a pattern: the names listed are the ones seen; others of the pattern are plain API errors.
 */
const FIRSTOCK_ERRORS = {
  BAD_REQUEST: 'api',
  MISSING_FIELD: 'api',
  INVALID_USERID: 'api',
  INVALID_PASSWORD: 'api',
  INVALID_CREDENTIALS: 'api',
  INVALID_JKEY: 'session',
  SESSION_EXPIRED: 'session',
  UNAUTHORIZED: 'session',
  FORBIDDEN: 'api',
  ORDER_NOT_FOUND: 'api',
  ORDERS_NOT_FOUND: 'api',
  RESOURCE_NOT_FOUND: 'api',
  'EXCHANGE/TOKEN': 'api',
  PRODUCT_CONVERSION: 'api',
  PRODUCT_USAGE: 'api',
  BASKET_DETAILS: 'api',
  API_RATE_LIMIT: 'rate-limit',
  RATE_LIMIT_EXCEEDED: 'rate-limit',
  TOO_MANY_REQUESTS: 'rate-limit',
  INTERNAL_SERVER_ERROR: 'api',
  SERVICE_UNAVAILABLE: 'api',
} as const satisfies Record<string, FirstockErrorHandling>

/** An error `name` Firstock is documented to send, e.g. `INVALID_JKEY`, `ORDER_NOT_FOUND`. */
export type KnownFirstockErrorName = keyof typeof FIRSTOCK_ERRORS

/**
 * A Firstock error name: one of the known ones (listed by editors) or any other string, since Firstock may send
 * names that are not documented.
 */
export type FirstockErrorName = KnownFirstockErrorName | (string & {})

/** The known Firstock error names, in the order of the README table. */
export const FIRSTOCK_ERROR_NAMES = Object.freeze(Object.keys(FIRSTOCK_ERRORS)) as readonly KnownFirstockErrorName[]

/** Which error class a failure body with this `name` becomes (an unknown name is a plain API error). */
export function handlingOf(name: string): FirstockErrorHandling {
  return Object.hasOwn(FIRSTOCK_ERRORS, name) ? FIRSTOCK_ERRORS[name as KnownFirstockErrorName] : 'api'
}
