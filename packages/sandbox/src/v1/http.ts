import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultTable } from '../faults.js'
import type { RequestLogEntry } from '../server.js'
import { symbolMasterCsv, type SymbolFilePath } from '../symbols.js'
import { requestTime } from '../util.js'
import { addAccountRoutes } from './account-routes.js'
import type { RouteTable, V1Bucket, V1Model, V1Route } from './context.js'
import { addMarketRoutes } from './market-routes.js'
import { addOrderRoutes } from './orders.js'
import { type Body, invalidJKey, isMissing, type Reply, text, V1Failure } from './wire.js'

// The V1 dialect's HTTP side: `/V1/<path>` routing, auth, rate limits, faults and the request log
// (docs/protocol-v1.md §1, §2). Every endpoint is POST with a JSON body except the symbol files.

export const V1_PREFIX = '/V1/'

const RATE_LIMITS: Record<V1Bucket, { max: number; text: string }> = {
  quote: { max: 3, text: '3 requests per second' },
  candle: { max: 3, text: '3 requests per second' },
  order: { max: 10, text: '10 orders per second' },
  other: { max: 10, text: '10 requests per second' },
}

const SYMBOL_FILES: Record<string, SymbolFilePath> = {
  NSE: '/NSESymbolDownload',
  BSE: '/BSESymbolDownload',
  NFO: '/NFOSymbolDownload',
  BFO: '/BFOSymbolDownload',
  Indices: '/indexSymbols',
}

const SECRET_KEYS = new Set(['password', 'jkey', 'apikey', 'totp', 'susertoken'])

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k.toLowerCase()) ? '[REDACTED]' : redact(v)]))
  }
  return value
}

export interface V1ApiDeps {
  model: V1Model
  faults: FaultTable
  rateLimits: boolean
  wallNow: () => number
  requests: RequestLogEntry[]
}

export class V1Api {
  private readonly routes: RouteTable = new Map()
  private readonly windows = new Map<string, number[]>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private closed = false
  private rejectLeg: number | undefined

  constructor(private readonly deps: V1ApiDeps) {
    addAccountRoutes(this.routes, deps.model)
    addOrderRoutes(this.routes, deps.model)
    addMarketRoutes(this.routes, deps.model)
  }

  close(): void {
    this.closed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    // A server's Date header is its own clock: here, the simulated market's.
    res.setHeader('date', new Date(this.deps.model.now()).toUTCString())
    const raw = await readBody(req)
    const path = url.pathname.slice(V1_PREFIX.length).replace(/\/+$/, '')
    if (path.startsWith('symbols/')) return this.symbols(req, res, path.slice('symbols/'.length))
    const route = this.routes.get(path)
    let body: unknown
    let parsed = true
    try {
      body = raw.trim() === '' ? {} : JSON.parse(raw)
    } catch {
      parsed = false
    }
    const entry: RequestLogEntry = { endpoint: route?.name ?? path, path: url.pathname, body: parsed ? redact(body) : '[unparseable]', at: this.deps.wallNow() }
    const userId = parsed && body && typeof body === 'object' ? (body as Body).userId : undefined
    if (!isMissing(userId)) entry.userId = text(userId)
    this.deps.requests.push(entry)
    const answer = () => this.answer(req.method ?? 'GET', route, parsed ? body : undefined)
    const fault = this.deps.faults.take(route ? [route.name, path] : [path])
    if (fault) entry.fault = fault.kind
    return this.withFault(req, res, fault, answer, entry.userId)
  }

  /** The fault table acts on V1 routes as on V3 ones, keyed by endpoint name. */
  private async withFault(
    req: IncomingMessage,
    res: ServerResponse,
    fault: ReturnType<FaultTable['take']>,
    answer: () => Reply,
    userId: string | undefined,
  ): Promise<void> {
    switch (fault?.kind) {
      case undefined:
        return send(res, answer())
      case 'html502':
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>')
        return
      case 'json500':
        return send(res, { status: 500, body: new V1Failure(500, 'INTERNAL_SERVER_ERROR', '', 'Something went wrong').envelope })
      case 'reset':
        req.socket.destroy()
        return
      case 'hang':
        return
      case 'rateLimit':
        return send(res, { status: 429, body: this.rateFailure('other').envelope })
      case 'expireSession':
        if (userId) this.expire(userId)
        return send(res, answer())
      case 'malformed':
        return send(res, malformed(answer()))
      case 'badRow':
        return send(res, badRow(answer()))
      case 'rejectLeg':
        this.rejectLeg = fault.leg ?? -1
        try {
          return send(res, answer())
        } finally {
          this.rejectLeg = undefined
        }
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
      case 'slow': {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.timers.delete(timer)
            resolve()
          }, fault.delayMs)
          this.timers.add(timer)
        })
        if (!this.closed && !res.destroyed) send(res, answer())
      }
    }
  }

  private expire(userId: string): void {
    const account = this.deps.model.accounts.find((a) => a.userId.toUpperCase() === userId.toUpperCase())
    this.deps.model.sessions.expire(account?.userId ?? userId)
  }

  private answer(method: string, route: V1Route | undefined, body: unknown): Reply {
    try {
      if (!route) throw new V1Failure(404, 'RESOURCE_NOT_FOUND', 'path', 'No such API endpoint')
      if (method !== 'POST') throw new V1Failure(405, 'METHOD_NOT_ALLOWED', 'method', `${method} is not allowed, use POST`)
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new V1Failure(400, 'BAD_REQUEST', 'body', 'request body must be a JSON object')
      return this.run(route, body as Body)
    } catch (error) {
      if (error instanceof V1Failure) return { status: error.code, body: error.envelope }
      return { status: 500, body: new V1Failure(500, 'INTERNAL_SERVER_ERROR', '', 'Something went wrong').envelope }
    }
  }

  private run(route: V1Route, body: Body): Reply {
    const { model } = this.deps
    // AMOs become live orders at the open even when no market step ran since.
    model.amo.release()
    let userId = ''
    if (route.auth) {
      if (isMissing(body.userId)) throw new V1Failure(401, 'INVALID_USERID', 'userId', 'User ID is required')
      if (isMissing(body.jKey)) throw new V1Failure(401, 'INVALID_JKEY', 'jKey', 'JKey is required')
      const account = model.accounts.find((a) => a.userId.toUpperCase() === text(body.userId).toUpperCase())
      if (!account) throw new V1Failure(401, 'INVALID_USERID', 'userId', 'userId parameter is invalid')
      userId = account.userId
      const state = model.sessions.check(userId, text(body.jKey))
      if (state === 'expired') throw new V1Failure(401, 'SESSION_EXPIRED', 'jKey', 'Session key has been expired')
      if (state === 'invalid') throw invalidJKey()
      this.rateLimit(userId, route.bucket)
    }
    const now = model.now()
    const rejectLeg = this.rejectLeg === undefined ? {} : { rejectLeg: this.rejectLeg }
    return route.handle({ body, userId, now, wallNow: this.deps.wallNow(), rt: requestTime(now), ...rejectLeg })
  }

  private rateFailure(bucket: V1Bucket) {
    return new V1Failure(429, 'RATE_LIMIT_EXCEEDED', 'userId', `Too many requests: the limit is ${RATE_LIMITS[bucket].text}`)
  }

  private rateLimit(userId: string, bucket: V1Bucket): void {
    if (!this.deps.rateLimits) return
    const now = this.deps.wallNow()
    const key = `${userId}|${bucket}`
    const hits = (this.windows.get(key) ?? []).filter((t) => t > now - 1000)
    this.windows.set(key, hits)
    if (hits.length >= RATE_LIMITS[bucket].max) throw this.rateFailure(bucket)
    hits.push(now)
  }

  /** `GET /V1/symbols/{NSE|BSE|NFO|BFO|Indices}`: CSV, no auth (docs/protocol-v1.md §2.6). */
  private symbols(req: IncomingMessage, res: ServerResponse, name: string): void {
    const file = SYMBOL_FILES[name]
    if (!file) return send(res, { status: 404, body: new V1Failure(404, 'RESOURCE_NOT_FOUND', 'path', `no symbol file ${name}`).envelope })
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
      res.end(`${req.method} is not allowed, use GET`)
      return
    }
    const csv = symbolMasterCsv(this.deps.model.market, file)
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-length': Buffer.byteLength(csv) })
    res.end(req.method === 'HEAD' ? undefined : csv)
  }
}

/** A `malformed` fault on V1: a success answer whose `data` breaks its schema (the request was carried out). */
function malformed(reply: Reply): Reply {
  const body = reply.body as { status?: string; message?: string; data?: unknown }
  if (body?.status !== 'success') return reply
  return { status: 200, body: { status: 'success', message: body.message, data: { orderNo: 12 } } }
}

/** A `badRow` fault on V1: the first row of a list answer gets a non-numeric value in a numeric field. */
function badRow(reply: Reply): Reply {
  const body = reply.body as { status?: string; data?: unknown }
  if (body?.status !== 'success' || !Array.isArray(body.data) || body.data.length === 0) return reply
  const [first, ...rest] = body.data as Record<string, unknown>[]
  const field = ['price', 'netQuantity', 'holdQuantity', 'quantity', 'lastTradedPrice'].find((key) => key in first!) ?? 'price'
  return { ...reply, body: { ...body, data: [{ ...first, [field]: 'n/a' }, ...rest] } }
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return
  const json = JSON.stringify(reply.body)
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) })
  res.end(json)
}

function readBody(req: IncomingMessage): Promise<string> {
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
