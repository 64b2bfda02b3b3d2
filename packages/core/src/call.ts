import type { z } from 'zod'
import { backoffDelay } from './backoff.js'
import { type CallOptions, type Client, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from './client.js'
import { type Endpoint, type EndpointInput, type EndpointOutput, schemasOf } from './define-endpoint.js'
import { readEnvelope } from './envelope.js'
import {
  ApiError,
  describeValue,
  type FirstockError,
  NetworkError,
  OrderOutcomeUnknownError,
  OrderSessionExpiredError,
  RateLimitError,
  SessionError,
  ValidationError,
} from './errors.js'
import type { LegOutcome } from './endpoints/v3/shared.js'
import { settleLegs, tagLegs, tagsOfLegs } from './legs.js'
import { onAbort, sleep } from './abort.js'
import { abortError } from './limiter.js'
import { checkCallOptions } from './options.js'
import { applyTicks, checkOrderLimits } from './order-guard.js'
import { chooseOrderTag, rememberTags } from './order-tags.js'

export { newOrderTag } from './order-tags.js'
import { isSecretKey, redact, registerSecret } from './redact.js'
import type { Session } from './session.js'
import { DEFAULT_MAX_RESPONSE_BYTES, responseTooLarge } from './transport.js'

type WireBody = Record<string, unknown>

/**
 * Calls one endpoint: validate input → rate-limit bucket → add session → transport → envelope → error mapping →
 * validate `data`. `safe` endpoints retry on network errors, 429 and 5xx and are replayed once after a re-login;
 * `never` endpoints (orders) are sent at most once, and an unknown outcome becomes `OrderOutcomeUnknownError`.
 */
export async function call<E extends Endpoint>(
  client: Client,
  endpoint: E,
  input: EndpointInput<E>,
  options: CallOptions = {},
): Promise<EndpointOutput<E>> {
  options = checkCallOptions(client, endpoint.name, options)
  const wire = await validateRequest(endpoint, input)
  if (endpoint.orderGuard) {
    applyTicks(client, endpoint.name, wire)
    checkOrderLimits(client, endpoint.name, wire)
  }
  if (endpoint.tagField) {
    const tag = chooseOrderTag(client, endpoint.name, endpoint.tagField, wire[endpoint.tagField])
    rememberTags(client, [tag])
    wire[endpoint.tagField] = tag
  }
  if (endpoint.legs === 'items') rememberTags(client, tagLegs(client, endpoint, wire) ?? [])
  const retry = client.retry ?? DEFAULT_RETRY
  let renewed = false
  for (let attempt = 1; ; attempt++) {
    const session = endpoint.auth === 'session' ? await sessionFor(client, endpoint) : undefined
    const body = session ? { userId: client.userId, jKey: session.jKey, ...wire } : wire
    try {
      const payload = await send(client, endpoint, body, options).catch((error: unknown) => {
        if (isEmptyAnswer(endpoint, error)) return []
        throw error
      })
      const result = await parseResponse(endpoint, payload)
      if (endpoint.legs) return settleLegs(endpoint, result as LegOutcome[], body) as EndpointOutput<E>
      warnInvalidRows(client, endpoint, result)
      if (endpoint.rowTagField && Array.isArray(result)) rememberTags(client, (result as Record<string, unknown>[]).map((row) => row?.[endpoint.rowTagField!]))
      return result
    } catch (error) {
      if (error instanceof SessionError && endpoint.retry === 'safe' && !renewed && client.renewSession) {
        renewed = true
        attempt--
        await renewSession(client, session)
        continue
      }
      if (error instanceof SessionError && endpoint.retry === 'never') throw await orderSessionExpired(client, endpoint, error, session)
      if (endpoint.retry === 'safe' && attempt < retry.attempts && isRetryable(error)) {
        const delay = retryDelay(attempt, retry.baseDelayMs, retry.maxDelayMs, error)
        client.logger?.debug?.({ endpoint: endpoint.name, attempt, delay }, 'firstock: retrying')
        await sleep(delay, options.signal, () => abortError(options.signal!, endpoint.name))
        continue
      }
      throw endpoint.retry === 'never' ? asOrderOutcome(endpoint, error, body) : error
    }
  }
}

/** Validates and converts caller input to the wire body, or throws a `ValidationError` naming the field. */
export async function validateRequest(endpoint: Endpoint, input: unknown): Promise<WireBody> {
  const result = (await schemasOf(endpoint)).request.safeParse(input ?? {})
  if (result.success) return { ...(result.data as WireBody) }
  const { message, field } = describeIssues(result.error, input)
  throw new ValidationError(`${endpoint.name}: ${message}`, {
    code: 'INVALID_INPUT',
    endpoint: endpoint.name,
    field,
    direction: 'request',
  })
}

/** Validates a success payload against the endpoint's response schema. */
export async function parseResponse<E extends Endpoint>(endpoint: E, payload: unknown): Promise<EndpointOutput<E>> {
  const result = (await schemasOf(endpoint)).response.safeParse(payload)
  if (result.success) return result.data as EndpointOutput<E>
  const { message, field } = describeIssues(result.error, payload)
  throw new ValidationError(`${endpoint.name}: the server reported success but its answer is not as expected: ${message}`, {
    code: 'INVALID_RESPONSE',
    endpoint: endpoint.name,
    field,
    direction: 'response',
    data: payload,
  })
}

async function sessionFor(client: Client, endpoint: Endpoint): Promise<Session> {
  const session = (await client.sessions.get(client.userId)) ?? (client.renewSession ? await renewSession(client, undefined) : undefined)
  if (session) {
    // A session read from a store was not registered by login() in this process.
    registerSecret(session.jKey)
    return session
  }
  throw new SessionError(`${endpoint.name}: not logged in — log in first (firstock.login(), or startSession() with @firstock/core)`, {
    code: 'NOT_LOGGED_IN',
    endpoint: endpoint.name,
    httpStatus: 0,
  })
}

const renewals = new WeakMap<Client, Promise<Session | undefined>>()

/**
 * One renewal at a time per client; callers holding an already-replaced session just pick up the new one. REST
 * calls and streams of one client share it, so two renewals never race and log each other out.
 */
export async function renewSession(client: Client, stale: Session | undefined): Promise<Session | undefined> {
  const current = await client.sessions.get(client.userId)
  if (current && current.jKey !== stale?.jKey) return current
  let pending = renewals.get(client)
  if (!pending) {
    pending = client.renewSession!().finally(() => renewals.delete(client))
    renewals.set(client, pending)
  }
  return pending
}

async function send(client: Client, endpoint: Endpoint, body: WireBody, options: CallOptions): Promise<unknown> {
  const release = await client.limiter?.acquire(endpoint.limit, options.signal).catch((error: unknown) => {
    throw options.signal?.aborted ? abortError(options.signal, endpoint.name) : error
  })
  try {
    if (options.signal?.aborted) throw abortError(options.signal, endpoint.name)
    const timeoutMs = options.timeout ?? client.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const maxResponseBytes = client.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
    const url = client.baseUrl + endpoint.path
    const started = Date.now()
    client.logger?.debug?.({ endpoint: endpoint.name, url, body: redact(body) }, 'firstock: request')
    const deadline = attemptSignal(options.signal, timeoutMs)
    let response
    try {
      response = await client.transport({ url, body: JSON.stringify(body), signal: deadline.signal, maxResponseBytes })
      // A transport of the caller's own may not honour the limit: an answer past it is refused all the same.
      if (response.text.length > maxResponseBytes) throw responseTooLarge(maxResponseBytes)
    } catch (cause) {
      throw transportFailure(endpoint, cause, options.signal, deadline.timedOut(), timeoutMs)
    } finally {
      deadline.done()
    }
    client.logger?.debug?.(
      { endpoint: endpoint.name, status: response.status, ms: Date.now() - started },
      'firstock: response',
    )
    const data = readEnvelope(endpoint, response)
    client.serverClock?.observe(response.date, data)
    return data
  } finally {
    release?.()
  }
}

/**
 * One attempt's signal: aborted by the caller's signal or after `timeoutMs`. One controller and one timer,
 * cleared when the attempt ends: `AbortSignal.timeout` + `AbortSignal.any` cost more than the request on loopback.
 */
function attemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
  }, timeoutMs)
  // Like AbortSignal.timeout: a pending timeout alone does not keep the process alive.
  ;(timer as { unref?: () => void }).unref?.()
  const stopListening = callerSignal ? onAbort(callerSignal, () => controller.abort(callerSignal.reason)) : undefined
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer)
      stopListening?.()
    },
  }
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'UND_ERR_CONNECT_TIMEOUT'])

function transportFailure(
  endpoint: Endpoint,
  cause: unknown,
  callerSignal: AbortSignal | undefined,
  timedOut: boolean,
  timeoutMs: number,
): NetworkError {
  const base = { endpoint: endpoint.name, cause }
  if (cause instanceof NetworkError && !callerSignal?.aborted && !timedOut) {
    // The transport refused the answer (a redirect, an oversize body): keep its code, name the endpoint.
    return new NetworkError(`${endpoint.name}: ${cause.message}`, { ...base, code: cause.code, httpStatus: cause.httpStatus, sent: cause.sent })
  }
  if (callerSignal?.aborted) {
    return new NetworkError(`${endpoint.name}: aborted by the caller while waiting for the answer`, { ...base, code: 'ABORTED' })
  }
  if (timedOut) {
    return new NetworkError(`${endpoint.name}: no answer within ${timeoutMs} ms`, { ...base, code: 'TIMEOUT' })
  }
  const code = errorCode(cause)
  const sent = !(code && NOT_SENT_CODES.has(code))
  const detail = code ?? (cause instanceof Error ? cause.message : String(cause))
  return new NetworkError(`${endpoint.name}: network error (${detail})`, {
    ...base,
    code: sent ? 'NETWORK_ERROR' : 'CONNECTION_FAILED',
    sent,
  })
}

/** The first `code` string along an error's cause chain (Node puts ECONNRESET etc. on `cause`). */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

function isRetryable(error: unknown): boolean {
  // A redirect will be answered again: only the configuration can fix it.
  if (error instanceof NetworkError) return error.code !== 'ABORTED' && error.code !== 'REDIRECT'
  if (error instanceof RateLimitError) return true
  return error instanceof ApiError && error.retryable
}

/** The server's `Retry-After` when it gave one (capped), else the shared backoff with half of each delay random. */
function retryDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, error: unknown): number {
  if (error instanceof RateLimitError && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, maxDelayMs)
  return backoffDelay(attempt, { baseDelayMs, maxDelayMs, jitter: 0.5 })
}


/**
 * For order writes: a failure after sending with no verdict becomes `OrderOutcomeUnknownError`. An answer that
 * breaks the response schema is no verdict either: the order may well exist.
 */
function asOrderOutcome(endpoint: Endpoint, error: unknown, body: WireBody): unknown {
  const noVerdict =
    (error instanceof NetworkError && error.sent) ||
    (error instanceof ValidationError && error.direction === 'response') ||
    (error instanceof ApiError &&
      !(error instanceof SessionError) &&
      !(error instanceof RateLimitError) &&
      (Number(error.apiCode) >= 500 || (error.apiCode === undefined && error.httpStatus >= 500)))
  if (!noVerdict) return error
  const tag = endpoint.tagField ? (body[endpoint.tagField] as string | undefined) : undefined
  const legTags = tagsOfLegs(endpoint, body)?.filter((leg): leg is string => leg !== undefined)
  const orderNumber = [body.orderNumber, body.GTTid].find((value): value is string => typeof value === 'string')
  const how = reconcileAdvice(endpoint, tag, legTags, orderNumber)
  const reason = (error as FirstockError).message
  const verdict = error instanceof ValidationError ? 'an answer that could not be read came back' : 'no verdict came back'
  return new OrderOutcomeUnknownError(
    `${endpoint.name}: the request was sent but ${verdict} (${reason}). It was NOT re-sent. ` +
      `The order may or may not exist${orderNumber ? ` (order ${orderNumber} may or may not be changed)` : ''}; before acting again, ${how}.`,
    {
      code: 'ORDER_OUTCOME_UNKNOWN',
      endpoint: endpoint.name,
      cause: error,
      request: body,
      tag,
      legTags,
      orderNumber,
      httpStatus: (error as { httpStatus?: number }).httpStatus,
      bodyExcerpt: (error as { bodyExcerpt?: string }).bodyExcerpt,
    },
  )
}

/** How to settle an unknown outcome: by the tags when the call had them, else by the order number. */
function reconcileAdvice(endpoint: Endpoint, tag: string | undefined, legTags: string[] | undefined, orderNumber: string | undefined): string {
  if (legTags?.length) return `look each leg up by its tag: ${legTags.map((leg) => `reconcileOrder("${leg}")`).join(', ')}`
  if (endpoint.book === 'gttOrderBook') {
    if (tag) return `look it up by its tag: reconcileGttOrder("${tag}") or the gttOrderBook rows with remarks "${tag}"`
    return orderNumber ? `check gttOrderBook for GTT ${orderNumber}` : 'check gttOrderBook'
  }
  if (tag) return `look it up by its tag: reconcileOrder("${tag}") or the order book rows with remarks "${tag}"`
  return orderNumber ? `check singleOrderHistory for order ${orderNumber} or the order book` : 'check the order book'
}

/**
 * An order call whose session Firstock refused: not replayed (the next call is the caller's decision), but the
 * session is renewed once, shared with concurrent callers, so that next call works.
 */
async function orderSessionExpired(
  client: Client,
  endpoint: Endpoint,
  error: SessionError,
  session: Session | undefined,
): Promise<OrderSessionExpiredError> {
  const renewed = client.renewSession
    ? await renewSession(client, session).then((next) => next !== undefined, () => false)
    : false
  const next = renewed ? 'The session was renewed: the next call will use it.' : 'The session could not be renewed: log in again.'
  return new OrderSessionExpiredError(
    `${endpoint.name}: Firstock refused the session (${error.code}), so the order was NOT placed or changed, and it was not re-sent. ${next}`,
    { code: error.code, endpoint: endpoint.name, field: error.field, apiCode: error.apiCode, httpStatus: error.httpStatus, cause: error, renewed },
  )
}

/** A list endpoint whose empty answer is a failure envelope (ORDERS_NOT_FOUND): that answer means no rows. */
function isEmptyAnswer(endpoint: Endpoint, error: unknown): boolean {
  return error instanceof ApiError && !!endpoint.emptyWhen?.includes(error.code)
}

const warnedRows = new WeakMap<Client, Set<string>>()

/** A book with rows that did not decode: one warning per endpoint and client (the rows are in `invalidRows`). */
function warnInvalidRows(client: Client, endpoint: Endpoint, result: unknown): void {
  const invalid = (result as { invalidRows?: { index: number; problem: string }[] } | undefined)?.invalidRows
  if (!invalid?.length || !client.logger) return
  const warned = warnedRows.get(client) ?? new Set<string>()
  warnedRows.set(client, warned)
  if (warned.has(endpoint.name)) return
  warned.add(endpoint.name)
  client.logger.warn?.(
    { endpoint: endpoint.name, invalidRows: invalid.map(({ index, problem }) => ({ index, problem })) },
    `firstock: ${endpoint.name} had ${invalid.length} row(s) that did not decode; they are in result.invalidRows (warned once)`,
  )
}

/** The first problem of a zod error as "field message (got value)", never echoing a secret. */
export function describeIssues(error: z.ZodError, input: unknown): { message: string; field: string | undefined } {
  // An unknown key is usually a typo of a required one: name the typo first.
  const issue = error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? error.issues[0]!
  let path = issue.path.map((key) => (typeof key === 'symbol' ? key.toString() : key))
  let text = issue.message
  if (issue.code === 'unrecognized_keys') {
    path = [...path, issue.keys[0] ?? '']
    text = 'is not a known field'
  } else {
    const value = valueAt(input, path)
    const last = path[path.length - 1]
    if (value === undefined) text = 'is required'
    else if (!text.includes('(got')) {
      const shown = typeof last === 'string' && isSecretKey(last) ? '[REDACTED]' : describeValue(value)
      text = `${text} (got ${shown})`
    }
  }
  const field = path.length > 0 ? formatPath(path) : undefined
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : ''
  return { message: `${field ?? 'input'} ${text}${more}`, field }
}

function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  )
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}
