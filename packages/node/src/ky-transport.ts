import type { Transport } from '@firstock/core'
import type { KyInstance, Options } from 'ky'
import type { Agent, Dispatcher } from 'undici'

/** Options of {@link kyTransport}. */
export interface KyTransportOptions {
  /** A custom `fetch` (e.g. one bound to an undici Agent with tuned keep-alive). Default: undici's `request()` on its own keep-alive Agent. */
  fetch?: typeof fetch
}

/** Idle keep-alive sockets are closed after this long (Firstock's load balancer closes them after ~60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 30_000

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const

/**
 * What the default transport passes beside ky's `Request` (ky forwards options it does not know to `fetch`):
 * - the JSON body: as a `Request` body it is a web stream that ky also clones (a tee) and later cancels, which cost
 *   more than the HTTP exchange itself on a 100-byte body;
 * - the abort signal: given to ky as `signal`, ky merges it with its own through `AbortSignal.any`, which in Node 20
 *   registers weak references and a finalizer on every call. `keepAliveFetch` honours it directly instead.
 * A custom `fetch` still gets a normal `Request` with its body, headers and signal.
 */
const BESIDE = 'firstock'
interface Beside {
  body: string
  signal: AbortSignal
}
/** The answer kept beside the body-less `Response` that `keepAliveFetch` gives ky, so nothing is read through a stream. */
interface Answer {
  text: string
  retryAfter: string | undefined
}
const answers = new WeakMap<Response, Answer>()

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
  const custom = options.fetch
  // ky (and the web `Request` it touches on load) is imported on the first request, not at start-up.
  let http: Promise<KyInstance> | undefined
  const client = () =>
    (http ??= import('ky').then(({ default: ky }) =>
      ky.create({
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
        // Default headers are copied into new `Headers` several times per call by ky; keepAliveFetch sets its own.
        ...(custom ? { headers: JSON_HEADERS, fetch: custom } : { fetch: keepAliveFetch() }),
      }),
    ))
  return async ({ url, body, signal }) => {
    const ky = await client()
    if (custom) {
      const response = await ky.post(url, { body, signal })
      return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') ?? undefined }
    }
    const beside: Beside = { body, signal }
    const response = await ky.post(url, { [BESIDE]: beside } as Options)
    return { status: response.status, ...answers.get(response)! }
  }
}

/**
 * The `fetch` the default transport gives ky: undici's `request()` on its own keep-alive `Agent` (loaded on first
 * use), because Node 20's global `fetch` spends most of a small request in web-stream plumbing and falls behind
 * `node:http` under concurrency. It sends the JSON body and honours the signal passed beside the request (see
 * `BESIDE`), and resolves with a body-less `Response` whose text and `Retry-After` wait in `answers`.
 * Not a general-purpose `fetch`: a custom `fetch` given to {@link kyTransport} is used as a normal one.
 */
export function keepAliveFetch(agentOptions: Agent.Options = {}): typeof fetch {
  let undici: Promise<{ request: typeof import('undici').request; dispatcher: Dispatcher }> | undefined
  const load = () =>
    (undici ??= import('undici').then((mod) => ({
      request: mod.request,
      dispatcher: new mod.Agent({ keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS, ...agentOptions }),
    })))
  return (async (request: Request, init: { [BESIDE]: Beside }) => {
    const { body, signal } = init[BESIDE]
    signal.throwIfAborted()
    const { request: send, dispatcher } = await load()
    const res = await send(request.url, {
      method: request.method as Dispatcher.HttpMethod,
      headers: JSON_HEADERS,
      body,
      signal,
      dispatcher,
    })
    const text = await res.body.text()
    const retryAfter = res.headers['retry-after']
    const response = new Response(null, { status: res.statusCode })
    answers.set(response, { text, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter })
    return response
  }) as unknown as typeof fetch
}
