import type { Transport } from '@firstock/core'
import { DEFAULT_MAX_RESPONSE_BYTES, isRedirect, readFetchResponse, redirectRefused, responseTooLarge } from '@firstock/core/protocol'
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
  maxBytes: number
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
  return async ({ url, body, signal, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES }) => {
    const ky = await client()
    if (custom) {
      // Never follow a redirect: it would resend the credentials, the session key or an order to another host.
      const response = await ky.post(url, { body, signal, redirect: 'manual' })
      return readFetchResponse(response, maxResponseBytes)
    }
    const beside: Beside = { body, signal, maxBytes: maxResponseBytes }
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
    const { body, signal, maxBytes } = init[BESIDE]
    signal.throwIfAborted()
    const { request: send, dispatcher } = await load()
    // undici's request() never follows redirects; a 3xx is refused here, naming its target.
    const res = await send(request.url, {
      method: request.method as Dispatcher.HttpMethod,
      headers: JSON_HEADERS,
      body,
      signal,
      dispatcher,
    })
    if (isRedirect(res.statusCode)) {
      await res.body.dump().catch(() => undefined)
      throw redirectRefused(res.statusCode, [res.headers.location].flat()[0])
    }
    const text = await readCapped(res.body, maxBytes)
    const retryAfter = res.headers['retry-after']
    const response = new Response(null, { status: res.statusCode })
    answers.set(response, { text, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter })
    return response
  }) as unknown as typeof fetch
}

/** The body as UTF-8 text, read chunk by chunk and abandoned past `maxBytes` (it is not decompressed here). */
async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let bytes = 0
  // Leaving the loop early closes the body (the connection is dropped rather than drained).
  for await (const chunk of body as AsyncIterable<Buffer>) {
    bytes += chunk.length
    if (bytes > maxBytes) break
    chunks.push(chunk)
  }
  if (bytes > maxBytes) throw responseTooLarge(maxBytes)
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')
}
