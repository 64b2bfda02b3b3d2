import type { Transport } from '@firstock/core'
import type { KyInstance } from 'ky'
import type { Agent, Dispatcher } from 'undici'

/** Options of {@link kyTransport}. */
export interface KyTransportOptions {
  /** A custom `fetch` (e.g. one bound to an undici Agent with tuned keep-alive). Default: `keepAliveFetch()`. */
  fetch?: typeof fetch
}

/** Idle keep-alive sockets are closed after this long (Firstock's load balancer closes them after ~60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 30_000

/**
 * ky hands `fetch()` a `Request`, whose body is a web stream that ky also clones (a tee) and later cancels: on a
 * 100-byte JSON body that stream machinery cost more than the HTTP exchange itself. The default transport therefore
 * gives ky no body; it passes the string beside the request (ky forwards options it does not know to `fetch`), and
 * `keepAliveFetch` sends it. A custom `fetch` still gets a normal `Request` with its body.
 */
const BODY = 'firstockBody'
/** Response text kept beside the `Response`, so reading it needs no stream either. */
const texts = new WeakMap<Response, string>()

/**
 * The Node transport: ky with retries and HTTP-error throwing off, because Firstock's verdict is in the body
 * (an HTTP 500 can carry `code: "401"`) and retries are decided per endpoint by `call()`. The transport rejects only
 * when no response arrived (refused, reset, aborted); `call()` turns that into a `NetworkError`.
 * @example
 * ```ts
 * const firstock = createFirstock({ version: 'v3', userId, transport: kyTransport({ fetch: myFetch }) })
 * ```
 */
export function kyTransport(options: KyTransportOptions = {}): Transport {
  const fast = options.fetch === undefined
  // ky (and the web `Request` it touches on load) is imported on the first request, not at start-up.
  let http: Promise<KyInstance> | undefined
  const client = () =>
    (http ??= import('ky').then(({ default: ky }) =>
      ky.create({
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        fetch: options.fetch ?? keepAliveFetch(),
      }),
    ))
  return async ({ url, body, signal }) => {
    const response = await (await client()).post(url, fast ? ({ signal, [BODY]: body } as { signal?: AbortSignal }) : { body, signal })
    const text = texts.get(response) ?? (await response.text())
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') ?? undefined }
  }
}

/**
 * A `fetch` for ky on undici's `request()` with its own keep-alive `Agent` (loaded on first use): Node 20's global
 * `fetch` spends most of a small request in web-stream plumbing and falls behind `node:http` under concurrency.
 * It honours the request's method, headers, `signal` and the body given beside it (or the `Request`'s own body).
 */
export function keepAliveFetch(agentOptions: Agent.Options = {}): typeof fetch {
  let undici: Promise<{ request: typeof import('undici').request; dispatcher: Dispatcher }> | undefined
  const load = () =>
    (undici ??= import('undici').then((mod) => ({
      request: mod.request,
      dispatcher: new mod.Agent({ keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS, ...agentOptions }),
    })))
  return (async (input: RequestInfo | URL, init?: RequestInit & { [BODY]?: string }) => {
    const request = input instanceof Request ? input : new Request(input, init)
    const signal = request.signal
    signal.throwIfAborted()
    const body = init?.[BODY] ?? (request.body ? await request.text() : null)
    const headers: Record<string, string> = {}
    request.headers.forEach((value, key) => {
      headers[key] = value
    })
    const { request: send, dispatcher } = await load()
    const res = await send(request.url, {
      method: request.method as Dispatcher.HttpMethod,
      headers,
      body,
      signal,
      dispatcher,
    })
    const text = await res.body.text()
    const responseHeaders = new Headers()
    for (const [key, value] of Object.entries(res.headers)) {
      if (Array.isArray(value)) for (const item of value) responseHeaders.append(key, item)
      else if (value !== undefined) responseHeaders.append(key, value)
    }
    const nullBody = res.statusCode === 204 || res.statusCode === 205 || res.statusCode === 304
    const response = new Response(nullBody ? null : text, { status: res.statusCode, headers: responseHeaders })
    // The text also lives beside the response, so kyTransport need not read it back through a stream.
    texts.set(response, text)
    return response
  }) as typeof fetch
}
