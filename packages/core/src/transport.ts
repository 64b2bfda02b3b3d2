/** One HTTP exchange. The transport POSTs `body` (JSON text) to `url` and returns whatever came back. */
export interface TransportRequest {
  url: string
  body: string
  signal: AbortSignal
}

/** What a {@link Transport} returns: the HTTP status and the body as text, whatever they are. */
export interface TransportResponse {
  status: number
  text: string
  /** The `Retry-After` header, when present. */
  retryAfter?: string | undefined
}

/**
 * The seam between the SDK and the network. It must not throw on HTTP error statuses (Firstock's verdict is in
 * the body) and must reject only when no response arrived (reset, refused, aborted).
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** A `fetch`-based transport for runtimes without a dedicated adapter (browsers, Deno, Bun). */
export function fetchTransport(fetchImpl: typeof fetch = globalThis.fetch): Transport {
  return async ({ url, body, signal }) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal,
    })
    return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') ?? undefined }
  }
}
