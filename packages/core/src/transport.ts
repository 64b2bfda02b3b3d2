import { NetworkError } from './errors.js'
import { parseOrderTime } from './order-tags.js'

/** One HTTP exchange. The transport POSTs `body` (JSON text) to `url` and returns whatever came back. */
export interface TransportRequest {
  url: string
  body: string
  signal: AbortSignal
  /**
   * The largest answer accepted, in bytes after any decompression. A transport stops reading past it and rejects
   * with {@link responseTooLarge}. `call()` always sets it (default {@link DEFAULT_MAX_RESPONSE_BYTES}).
   */
  maxResponseBytes?: number | undefined
}

/** What a {@link Transport} returns: the HTTP status and the body as text, whatever they are. */
export interface TransportResponse {
  status: number
  text: string
  /** The `Retry-After` header, when present. */
  retryAfter?: string | undefined
  /** The `Date` header (the server's clock, e.g. `Tue, 01 Dec 2026 04:05:06 GMT`), when present. */
  date?: string | undefined
}

/**
 * The seam between the SDK and the network. It must not throw on HTTP error statuses (Firstock's verdict is in
 * the body) and must reject only when no usable response arrived (reset, refused, aborted), or with a
 * `NetworkError` from {@link redirectRefused} / {@link responseTooLarge}. It must never follow a redirect: that
 * would send the credentials, the session key or an order to another host.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** 8 MiB: far above any Firstock answer seen, far below what would hurt the process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const

/**
 * A `fetch`-based transport for runtimes without a dedicated adapter (browsers, Deno, Bun). It never follows
 * redirects and stops reading an answer past `maxResponseBytes` (counted after decompression).
 */
export function fetchTransport(fetchImpl: typeof fetch = globalThis.fetch): Transport {
  return async ({ url, body, signal, maxResponseBytes }) => {
    const response = await fetchImpl(url, { method: 'POST', headers: JSON_HEADERS, body, signal, redirect: 'manual' })
    return readFetchResponse(response, maxResponseBytes)
  }
}

/**
 * Reads a `fetch` `Response` for a transport: rejects a redirect (naming its target), then reads the body as a
 * stream, counting bytes as they arrive decoded, and cancels it past `maxBytes`.
 */
export async function readFetchResponse(
  response: Response,
  maxBytes: number = DEFAULT_MAX_RESPONSE_BYTES,
): Promise<TransportResponse> {
  if (response.type === 'opaqueredirect' || isRedirect(response.status) || response.redirected) {
    await response.body?.cancel().catch(() => undefined)
    throw redirectRefused(response.status, response.headers.get('location') ?? (response.redirected ? response.url : undefined))
  }
  const retryAfter = response.headers.get('retry-after') ?? undefined
  const date = response.headers.get('date') ?? undefined
  const declared = Number(response.headers.get('content-length'))
  if (response.body === null) return { status: response.status, text: '', retryAfter, date }
  if (declared > maxBytes && !response.headers.has('content-encoding')) {
    await response.body.cancel().catch(() => undefined)
    throw responseTooLarge(maxBytes)
  }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw responseTooLarge(maxBytes)
    }
    text += decoder.decode(value, { stream: true })
  }
  return { status: response.status, text: text + decoder.decode(), retryAfter, date }
}

/** Any 3xx: Firstock answers a POST with 2xx or an error status, so a 3xx is somebody sending us elsewhere. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400
}

/** What a transport throws for a redirect: the SDK never follows one. `call()` adds the endpoint's name. */
export function redirectRefused(status: number, location: string | null | undefined): NetworkError {
  const target = location ? `to ${JSON.stringify(location.slice(0, 200))}` : 'to an undisclosed location'
  return new NetworkError(`the server answered HTTP ${status}, a redirect ${target}; the SDK never follows redirects (check baseUrl)`, {
    code: 'REDIRECT',
    httpStatus: status,
  })
}

/** What a transport throws for an answer larger than `maxBytes`. `call()` adds the endpoint's name. */
export function responseTooLarge(maxBytes: number): NetworkError {
  return new NetworkError(`the answer is larger than ${maxBytes} bytes (maxResponseBytes); reading stopped there`, {
    code: 'BAD_RESPONSE',
  })
}

/**
 * How far the server's clock is from this machine's, as the last answer showed it (its `Date` header, or else the
 * envelope's `requestTime`). Order times in the order book are on the server's clock, so "placed after the request"
 * is only meaningful once the request's time is read on that clock too, whatever this machine's clock says.
 */
export class ServerClock {
  #offsetMs: number | undefined
  #lastDate: string | undefined

  /** Notes the server's time of one answer (`date`: its `Date` header; `data`: its envelope's data) received at `receivedAt`. */
  observe(date: string | undefined, data: unknown, receivedAt: number = Date.now()): void {
    // The Date header has whole seconds: answers within the same second add nothing to the first one.
    if (date !== undefined && date === this.#lastDate) return
    this.#lastDate = date
    const server = date === undefined ? Number.NaN : Date.parse(date)
    const time = Number.isNaN(server) ? parseOrderTime((data as { requestTime?: unknown } | null | undefined)?.requestTime) : server
    if (time !== undefined) this.#offsetMs = time - receivedAt
  }

  /** A time of this machine's clock (epoch ms) on the server's clock; unchanged until an answer has shown the server's. */
  toServer(localMs: number): number {
    return localMs + (this.#offsetMs ?? 0)
  }
}
