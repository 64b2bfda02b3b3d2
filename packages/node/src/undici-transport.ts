import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { DEFAULT_MAX_RESPONSE_BYTES, isRedirect, redirectRefused, responseTooLarge, type Transport } from '@firstock/core'
import type { Agent, Dispatcher } from 'undici'

/** Options of {@link undiciTransport}. */
export interface UndiciTransportOptions {
  /**
   * The undici dispatcher to send through (an `Agent`, a `Pool`, a `ProxyAgent`, …). Default: an `Agent` of this
   * transport's own with keep-alive sockets that close after {@link KEEP_ALIVE_TIMEOUT_MS} idle.
   */
  dispatcher?: Dispatcher
  /** Options of the default `Agent` (ignored when `dispatcher` is given), e.g. `{ connections: 8 }`. */
  agent?: Agent.Options
}

/** Idle keep-alive sockets are closed after this long (Firstock's load balancer closes them after about 60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 30_000

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const

type Undici = { request: typeof import('undici').request; dispatcher: Dispatcher }

/**
 * The default Node transport: one `POST` through undici's `request()` over a keep-alive `Agent`. It resolves with
 * any HTTP status (Firstock's verdict is in the body), never follows a redirect (a 3xx is a `NetworkError`
 * `REDIRECT` naming its target), reads at most `maxResponseBytes` (counted after gzip, deflate or br decoding, so
 * a compressed bomb stops there too) and reports the server's `Date` header. It rejects with the signal's reason
 * when aborted, and sends nothing when the signal is already aborted.
 * @example
 * ```ts
 * // At most 4 sockets to Firstock's host (pass `dispatcher` to use an undici Agent or Pool of your own).
 * const firstock = createFirstock({ version: 'v3', userId: 'AB1234', transport: undiciTransport({ agent: { connections: 4 } }) })
 * ```
 */
export function undiciTransport(options: UndiciTransportOptions = {}): Transport {
  // undici is loaded on the first request, not when the SDK is imported.
  let loading: Promise<Undici> | undefined
  const load = () =>
    (loading ??= import('undici').then((undici) => ({
      request: undici.request,
      dispatcher: options.dispatcher ?? new undici.Agent({ keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS, ...options.agent }),
    })))
  // Named so that a CPU profile shows it (bench/profile.mjs).
  const post: Transport = async ({ url, body, signal, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES }) => {
    const { request, dispatcher } = await load()
    signal.throwIfAborted()
    // request() never follows redirects (it has no redirect handling unless one is configured on the dispatcher).
    const res = await request(url, { method: 'POST', headers: JSON_HEADERS, body, signal, dispatcher })
    const header = (name: string) => first(res.headers[name])
    if (isRedirect(res.statusCode)) {
      discard(res.body)
      throw redirectRefused(res.statusCode, header('location'))
    }
    const encoding = header('content-encoding')
    const declared = Number(header('content-length') ?? Number.NaN)
    if (declared > maxResponseBytes && !encoding) {
      discard(res.body)
      throw responseTooLarge(maxResponseBytes)
    }
    // A declared length within the cap is read at once (undici stops at that length); anything else chunk by chunk.
    const text = declared >= 0 && !encoding ? await res.body.text() : await readCapped(decoded(res.body, encoding), maxResponseBytes)
    return { status: res.statusCode, text, retryAfter: header('retry-after'), date: header('date') }
  }
  return post
}

/** A header's value (undici gives an array for a repeated header; the first counts). */
function first(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[0]
}

/** Drops an unread body (closing its connection); undici reports that as an error nobody needs to hear. */
function discard(body: Readable): void {
  body.on('error', () => undefined).destroy()
}

/** The body decoded by its `Content-Encoding` (gzip, deflate, br); any other encoding is left as it came. */
function decoded(body: Readable, encoding: string | undefined): Readable {
  const name = encoding?.trim().toLowerCase()
  const decoder =
    name === 'gzip' || name === 'x-gzip' ? createGunzip() : name === 'deflate' ? createInflate() : name === 'br' ? createBrotliDecompress() : undefined
  if (!decoder) return body
  // pipeline destroys both streams when either fails or is abandoned; the error surfaces through the decoder.
  return pipeline(body, decoder, () => undefined)
}

/** The stream as UTF-8 text, read chunk by chunk and abandoned (which closes the connection) past `maxBytes`. */
async function readCapped(stream: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length
    if (bytes > maxBytes) throw responseTooLarge(maxBytes)
    chunks.push(chunk)
  }
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')
}
