import type { Endpoint } from './define-endpoint.js'
import { ApiError, NetworkError, RateLimitError, RejectedError, SessionError } from './errors.js'
import { handlingOf } from './errors-firstock.js'
import type { TransportResponse } from './transport.js'

const EXCERPT_LENGTH = 200

/** A Firstock failure body: `{status: "Failed", code, name, error: {field, message}}`; V1 sends `failed` and may send `code` as a number. */
export interface FailureBody {
  status: string
  code?: string | number
  name?: string
  error?: { field?: string; message?: string }
}

/**
 * Reads a Firstock answer. Returns the payload of a success envelope (shape chosen by the endpoint row) or
 * throws the error a failure envelope maps to. Never trusts the HTTP status alone; never throws `SyntaxError`.
 */
export function readEnvelope(endpoint: Endpoint, response: TransportResponse): unknown {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch (cause) {
    throw new NetworkError(
      `${endpoint.name}: expected a JSON answer, got HTTP ${response.status}: ${excerpt(response.text)}`,
      { code: 'BAD_RESPONSE', endpoint: endpoint.name, httpStatus: response.status, bodyExcerpt: excerpt(response.text), cause },
    )
  }
  if (Array.isArray(body) && endpoint.envelope === 'list') return body
  const status = statusOf(body)
  if (status === 'success') {
    const record = body as Record<string, unknown>
    if (endpoint.envelope === 'values') return record.values ?? (record.data as { values?: unknown } | undefined)?.values ?? record.data
    const reason = endpoint.rejection?.(record.data)
    if (reason) {
      throw new RejectedError(`${endpoint.name}: Firstock did not carry it out: ${reason}`, {
        code: 'REJECTED', endpoint: endpoint.name, httpStatus: response.status, reason,
      })
    }
    return record.data
  }
  if (status === 'failed') throw failureToError(endpoint.name, body as FailureBody, response)
  throw new NetworkError(
    `${endpoint.name}: the answer is not a Firstock envelope (HTTP ${response.status}): ${excerpt(response.text)}`,
    { code: 'BAD_RESPONSE', endpoint: endpoint.name, httpStatus: response.status, bodyExcerpt: excerpt(response.text) },
  )
}

/** `"Success"`/`"success"` → `success`; reads `status` or the pre-2023 `Status` key. */
export function statusOf(body: unknown): 'success' | 'failed' | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined
  const record = body as Record<string, unknown>
  const status = record.status ?? record.Status
  if (typeof status !== 'string') return undefined
  const lower = status.toLowerCase()
  return lower === 'success' || lower === 'failed' ? lower : undefined
}

/** The one place a failure body becomes an error class. */
export function failureToError(endpointName: string, body: FailureBody, response?: TransportResponse): ApiError {
  const name = body.name ?? 'UNKNOWN_ERROR'
  const apiCode = body.code === undefined ? undefined : String(body.code)
  const field = body.error?.field
  const detail = body.error?.message ?? 'request failed'
  const httpStatus = response?.status ?? (Number(apiCode) || 0)
  const message = `${endpointName}: ${detail} (${name}${field ? `, field ${field}` : ''})`
  const options = { code: name, endpoint: endpointName, field, apiCode, httpStatus }
  const handling = handlingOf(name)
  if (handling === 'session' || (apiCode === '401' && field?.toLowerCase() === 'jkey')) {
    return new SessionError(`${message} — log in again`, options)
  }
  if (handling === 'rate-limit' || apiCode === '429') {
    return new RateLimitError(message, { ...options, retryAfterMs: retryAfterMs(response?.retryAfter) })
  }
  return new ApiError(message, { ...options, retryable: Number(apiCode) >= 500 })
}

/** `Retry-After` in seconds or as an HTTP date → milliseconds. */
export function retryAfterMs(header: string | undefined): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return '(empty body)'
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat
}
