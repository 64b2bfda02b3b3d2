import type { Transport } from '@firstock/core'
import ky from 'ky'

export interface KyTransportOptions {
  /** A custom `fetch` (e.g. one bound to an undici Agent with tuned keep-alive). */
  fetch?: typeof fetch
}

/**
 * The Node transport: ky with retries and HTTP-error throwing off, because Firstock's verdict is in the body
 * (an HTTP 500 can carry `code: "401"`) and retries are decided per endpoint by `call()`.
 */
export function kyTransport(options: KyTransportOptions = {}): Transport {
  const http = ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: false,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  return async ({ url, body, signal }) => {
    const response = await http.post(url, { body, signal })
    return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') ?? undefined }
  }
}
