import { readFetchResponse, type Transport } from '@firstock/core'
import type { Hooks, KyInstance } from 'ky'

/** Options of {@link kyTransport}. */
export interface KyTransportOptions {
  /** The `fetch` ky calls (e.g. one bound to an undici `Agent` of your own). Default: the global `fetch`. */
  fetch?: typeof fetch
  /** ky hooks, e.g. `beforeRequest` to add a header or `afterResponse` to record timings. */
  hooks?: Hooks
}

/**
 * A transport through ky, for users who want ky's hooks. It is slower than the default {@link undiciTransport}
 * (ky and the web `Request`/`Response` add work to every call; see `bench/README.md`), so use it only for the hooks.
 * ky's retries, timeout and HTTP-error throwing are off: `call()` decides retries per endpoint, applies the timeout
 * through the signal and reads Firstock's verdict from the body (an HTTP 500 can carry `code: "401"`). Redirects are
 * never followed and answers are capped at `maxResponseBytes`, as in every transport of the SDK.
 * @example
 * ```ts
 * const transport = kyTransport({ hooks: { beforeRequest: [(request) => request.headers.set('x-trace', crypto.randomUUID())] } })
 * const firstock = createFirstock({ version: 'v3', userId: 'AB1234', transport })
 * ```
 */
export function kyTransport(options: KyTransportOptions = {}): Transport {
  // ky is imported on the first request, not when the SDK is imported.
  let client: Promise<KyInstance> | undefined
  const load = () =>
    (client ??= import('ky').then(({ default: ky }) =>
      ky.create({
        retry: 0,
        timeout: false,
        throwHttpErrors: false,
        // Never follow a redirect: it would resend the credentials, the session key or an order to another host.
        redirect: 'manual',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        ...(options.fetch && { fetch: options.fetch }),
        ...(options.hooks && { hooks: options.hooks }),
      }),
    ))
  return async ({ url, body, signal, maxResponseBytes }) => {
    const ky = await load()
    const response = await ky.post(url, { body, signal })
    return readFetchResponse(response, maxResponseBytes)
  }
}
