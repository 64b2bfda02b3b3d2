import type { Reply } from '../shell/http.js'

// Developer API V1 envelopes and field parsing (docs/developer-api-protocol.md §1.1, §1.2, §2).

export type { Reply } from '../shell/http.js'
export type Body = Record<string, unknown>

/** A V1 failure: `{status:"failed", code:"400", name, error:{field, message}}`, HTTP status = code. */
export class V1Failure {
  constructor(
    readonly code: number,
    readonly name: string,
    readonly field: string,
    readonly message: string,
    /** The AMO pages show `code` as a number (docs/developer-api-protocol.md §2.3). */
    readonly numericCode = false,
  ) {}
  get envelope() {
    return {
      status: 'failed',
      code: this.numericCode ? this.code : String(this.code),
      name: this.name,
      error: { field: this.field, message: this.message },
    }
  }
}

export const missing = (field: string) => new V1Failure(400, 'BAD_REQUEST', field, `required field is empty or missing: ${field}`)
export const bad = (field: string, message: string) => new V1Failure(400, 'BAD_REQUEST', field, message)
export const invalidJKey = () => new V1Failure(401, 'INVALID_JKEY', 'jKey', 'jKey parameter is invalid')

/** `{status:"success", message, data}`; `data` left out when undefined (logout). */
export function success(message: string, data?: unknown): Reply {
  return { status: 200, body: data === undefined ? { status: 'success', message } : { status: 'success', message, data } }
}

export const isMissing = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')

/** V1 request values are strings (docs/developer-api-protocol.md §2); numbers are accepted too, as the server's JSON decoding would. */
export function numeric(body: Body, field: string): number {
  const v = body[field]
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : Number.NaN
  if (!Number.isFinite(n)) throw bad(field, `Invalid ${field} format. Must be a numeric string.`)
  return n
}

export function require(body: Body, fields: readonly string[]): void {
  for (const field of fields) if (isMissing(body[field])) throw missing(field)
}

/** Paise as an integer, as socket V2 sends prices (docs/developer-api-protocol.md §3.1). */
export const paise = (rupees: number) => Math.round(rupees * 100)
