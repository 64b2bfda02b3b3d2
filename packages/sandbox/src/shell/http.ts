import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultTable } from './faults.js'

// The HTTP side both dialects share: the request log, body parsing, fault injection, rate-limit windows and JSON
// answers. A dialect only turns a parsed request into an answer (its routes, envelopes and model calls).

/** One request that reached an `/api/V3/` or `/V1/` route (secrets redacted), as kept in `sb.requests`. */
export interface RequestLogEntry {
  /** Endpoint name: `placeOrder`, `getQuoteLtp`, `multiPlaceOrders`, `bullCallSpread`, … (unknown paths: the path). */
  endpoint: string
  /** The URL path, e.g. `/api/V3/getQuote/ltp`. */
  path: string
  userId?: string
  /** The JSON body with password, jKey, apiKey, TOTP and susertoken redacted. */
  body: unknown
  at: number
  /** The fault kind that answered (or shaped) this request. */
  fault?: string
}

/** An answer about to be sent: HTTP status and JSON body. */
export interface Reply {
  status: number
  body: unknown
}

/** One request as a dialect sees it: the path below its prefix and the JSON body (`undefined` when unparseable). */
export interface DialectRequest {
  method: string
  path: string
  body: unknown
  /** Set by a `rejectLeg` fault: the 1-based leg of a multi-leg order to refuse, -1 for the last. */
  rejectLeg?: number
}

/** What an API generation supplies to the shared HTTP front. */
export interface Dialect {
  /** URL prefix, e.g. `/api/V3/`. */
  prefix: string
  /** The endpoint name of a path (below the prefix), as the fault table and the request log know it. */
  routeName(path: string): string | undefined
  answer(request: DialectRequest): Reply
  /** A non-JSON route (e.g. a CSV file) answered directly: true when it was. */
  serveRaw?(req: IncomingMessage, res: ServerResponse, path: string): boolean
  /** The dialect's failure envelope. */
  failure(status: number, name: string, field: string, message: string): unknown
  /** The answer of a `rateLimit` fault. */
  rateLimited(): Reply
  /** A `malformed` fault: the success answer with a payload that breaks its schema. */
  malformed(reply: Reply): Reply
  /** A `badRow` fault: the first row of a list answer with a non-numeric value in a numeric field. */
  badRow(reply: Reply): Reply
  /** Ends every session of a user (an `expireSession` fault). */
  expireSession(userId: string): void
}

export interface HttpFrontDeps {
  faults: FaultTable
  requests: RequestLogEntry[]
  /** Real time: the request log. */
  wallNow: () => number
}

const SECRET_KEYS = new Set(['password', 'jkey', 'apikey', 'totp', 'susertoken'])

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k.toLowerCase()) ? '[REDACTED]' : redact(v)]))
  }
  return value
}

const BAD_GATEWAY =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'

/** Serves one dialect under its prefix: logs the request, applies a pending fault, sends the dialect's answer. */
export class HttpFront {
  private readonly timers = new Set<NodeJS.Timeout>()
  private closed = false

  constructor(
    private readonly dialect: Dialect,
    private readonly deps: HttpFrontDeps,
  ) {}

  close(): void {
    this.closed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  async onRequest(req: IncomingMessage, res: ServerResponse, pathname: string, raw: string): Promise<void> {
    const path = pathname.slice(this.dialect.prefix.length).replace(/\/+$/, '')
    if (this.dialect.serveRaw?.(req, res, path)) return
    const name = this.dialect.routeName(path)
    let body: unknown
    let parsed = true
    try {
      body = raw.trim() === '' ? {} : JSON.parse(raw)
    } catch {
      parsed = false
    }
    const entry: RequestLogEntry = { endpoint: name ?? path, path: pathname, body: parsed ? redact(body) : '[unparseable]', at: this.deps.wallNow() }
    const userId = parsed && body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).userId : undefined
    if (typeof userId === 'string' ? userId.trim() !== '' : typeof userId === 'number') entry.userId = String(userId).trim()
    this.deps.requests.push(entry)
    const fault = this.deps.faults.take(name ? [name, path] : [path])
    if (fault) entry.fault = fault.kind
    const request: DialectRequest = { method: req.method ?? 'GET', path, body: parsed ? body : undefined }
    const answer = (rejectLeg?: number) => this.dialect.answer(rejectLeg === undefined ? request : { ...request, rejectLeg })
    switch (fault?.kind) {
      case undefined:
        return send(res, answer())
      case 'html502':
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end(BAD_GATEWAY)
        return
      case 'json500':
        return send(res, { status: 500, body: this.dialect.failure(500, 'INTERNAL_SERVER_ERROR', '', 'Something went wrong') })
      case 'reset':
        req.socket.destroy()
        return
      case 'hang':
        return // the socket is destroyed when the sandbox closes
      case 'rateLimit':
        return send(res, this.dialect.rateLimited())
      case 'expireSession':
        if (entry.userId) this.dialect.expireSession(entry.userId)
        return send(res, answer())
      case 'malformed':
        return send(res, this.dialect.malformed(answer()))
      case 'badRow':
        return send(res, this.dialect.badRow(answer()))
      case 'rejectLeg':
        return send(res, answer(fault.leg ?? -1))
      case 'acceptThenDrop':
        answer()
        req.socket.destroy()
        return
      case 'truncate': {
        const reply = answer()
        const json = JSON.stringify(reply.body)
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' })
        res.end(json.slice(0, Math.max(1, Math.floor(json.length / 2))))
        return
      }
      case 'slow':
        await this.wait(fault.delayMs)
        if (this.closed) return
        // The request is carried out even when the client gave up waiting, as a real server would.
        return send(res, answer())
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }
}

/** Sliding one-window-per-key counters for per-user rate limits. */
export class RateWindows {
  private readonly windows = new Map<string, number[]>()

  /** Counts a hit at `now`; false (and not counted) when `max` hits already fell within the last `windowMs`. */
  hit(key: string, max: number, windowMs: number, now: number): boolean {
    const hits = (this.windows.get(key) ?? []).filter((t) => t > now - windowMs)
    this.windows.set(key, hits)
    if (hits.length >= max) return false
    hits.push(now)
    return true
  }
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return
  const json = JSON.stringify(reply.body)
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) })
  res.end(json)
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= 1_000_000) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(''))
    req.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}
