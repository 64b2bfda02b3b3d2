import type { Reply } from '../shell/http.js'

// V3 envelopes and field checks: `{status:"Success", data}` answers and the documented failure shape.

export type { Reply } from '../shell/http.js'
export type Body = Record<string, unknown>

/** A documented failure: `{status:"Failed", code, name, error:{field, message}}` with HTTP status = code. */
export class Failure {
  constructor(
    readonly code: number,
    readonly name: string,
    readonly field: string,
    readonly message: string,
  ) {}
  get envelope() {
    return { status: 'Failed', code: String(this.code), name: this.name, error: { field: this.field, message: this.message } }
  }
}

export const missing = (field: string) => new Failure(400, 'BAD_REQUEST', field, `${field} cannot be undefined or NULL`)
export const invalid = (field: string, code = 400) =>
  new Failure(code, `INVALID_${field.toUpperCase()}`, field, `${field} parameter is invalid`)
export const exchangeToken = () => new Failure(400, 'EXCHANGE/TOKEN', 'exchange/token', 'Invalid Exchange/Token')
export const noOrders = (field = 'orderDetails') => new Failure(404, 'ORDERS_NOT_FOUND', field, 'No data on the orders was found')

export const ok = (data: unknown): Reply => ({ status: 200, body: { status: 'Success', data } })

export const isMissing = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')

export const ORDER_FIELDS = ['exchange', 'tradingSymbol', 'quantity', 'price', 'product', 'transactionType', 'priceType', 'retention']
export const EXCHANGES = new Set(['NSE', 'BSE', 'NFO', 'BFO', 'MCX'])

/** A `malformed` fault: a success answer whose payload breaks its schema (the request was carried out). */
export function malformed(reply: Reply): Reply {
  const body = reply.body as { status?: string; data?: unknown } | unknown[]
  if (Array.isArray(body)) return { status: 200, body: body.map(() => ({ status: 'Success', data: { result: 'ok' } })) }
  if (body?.status !== 'Success') return reply
  const data = body.data as Record<string, unknown> | undefined
  return { status: 200, body: { status: 'Success', data: { requestTime: data?.requestTime, orderNo: 12 } } }
}

/** A `badRow` fault: the first row of a list answer gets a non-numeric value in its first numeric field. */
export function badRow(reply: Reply): Reply {
  const body = reply.body as { status?: string; data?: unknown }
  if (body?.status !== 'Success' || !Array.isArray(body.data) || body.data.length === 0) return reply
  const [first, ...rest] = body.data as Record<string, unknown>[]
  const field = ['price', 'netQuantity', 'holdQuantity', 'quantity'].find((key) => key in first!) ?? 'price'
  return { ...reply, body: { ...body, data: [{ ...first, [field]: 'n/a' }, ...rest] } }
}
