import type { IncomingMessage, ServerResponse } from 'node:http'
import { type Dialect, type DialectRequest, type RateWindows, send } from '../shell/http.js'
import { serveSymbolFile, type SymbolFilePath } from '../shell/symbols.js'
import { requestTime } from '../util.js'
import { addAccountRoutes } from './account-routes.js'
import type { RouteTable, V1Bucket, V1Model, V1Route } from './context.js'
import { addMarketRoutes } from './market-routes.js'
import { addOrderRoutes } from './orders.js'
import { type Body, invalidJKey, isMissing, type Reply, text, V1Failure } from './wire.js'

// The V1 dialect: `/V1/<path>` routing, auth and rate limits; the shared front logs requests and applies faults.
// Every endpoint is POST with a JSON body except the symbol files.

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

export interface V1Deps {
  model: V1Model
  /** Real time: rate limits and TOTP codes. */
  wallNow: () => number
  /** Per-user rate limits, or `undefined` when they are off. */
  rateWindows: RateWindows | undefined
}

export class V1Dialect implements Dialect {
  readonly prefix = V1_PREFIX
  private readonly routes: RouteTable = new Map()

  constructor(private readonly deps: V1Deps) {
    addAccountRoutes(this.routes, deps.model)
    addOrderRoutes(this.routes, deps.model)
    addMarketRoutes(this.routes, deps.model)
  }

  routeName(path: string): string | undefined {
    return this.routes.get(path)?.name
  }

  /** `GET /V1/symbols/{NSE|BSE|NFO|BFO|Indices}`: CSV, no auth. */
  serveRaw(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (!path.startsWith('symbols/')) return false
    const name = path.slice('symbols/'.length)
    const file = SYMBOL_FILES[name]
    if (file) serveSymbolFile(req, res, this.deps.model.market, file)
    else send(res, { status: 404, body: new V1Failure(404, 'RESOURCE_NOT_FOUND', 'path', `no symbol file ${name}`).envelope })
    return true
  }

  answer({ method, path, body, rejectLeg }: DialectRequest): Reply {
    try {
      const route = this.routes.get(path)
      if (!route) throw new V1Failure(404, 'RESOURCE_NOT_FOUND', 'path', 'No such API endpoint')
      if (method !== 'POST') throw new V1Failure(405, 'METHOD_NOT_ALLOWED', 'method', `${method} is not allowed, use POST`)
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new V1Failure(400, 'BAD_REQUEST', 'body', 'request body must be a JSON object')
      return this.run(route, body as Body, rejectLeg)
    } catch (error) {
      if (error instanceof V1Failure) return { status: error.code, body: error.envelope }
      return { status: 500, body: new V1Failure(500, 'INTERNAL_SERVER_ERROR', '', 'Something went wrong').envelope }
    }
  }

  private run(route: V1Route, body: Body, rejectLeg: number | undefined): Reply {
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
      const windows = this.deps.rateWindows
      if (windows && !windows.hit(`v1|${userId}|${route.bucket}`, RATE_LIMITS[route.bucket].max, 1000, this.deps.wallNow())) {
        throw this.rateFailure(route.bucket)
      }
    }
    const now = model.now()
    return route.handle({ body, userId, now, wallNow: this.deps.wallNow(), rt: requestTime(now), ...(rejectLeg === undefined ? {} : { rejectLeg }) })
  }

  private rateFailure(bucket: V1Bucket) {
    return new V1Failure(429, 'RATE_LIMIT_EXCEEDED', 'userId', `Too many requests: the limit is ${RATE_LIMITS[bucket].text}`)
  }

  failure(status: number, name: string, field: string, message: string): unknown {
    return new V1Failure(status, name, field, message).envelope
  }

  rateLimited(): Reply {
    return { status: 429, body: this.rateFailure('other').envelope }
  }

  /** A success answer whose `data` breaks its schema (the request was carried out). */
  malformed(reply: Reply): Reply {
    const body = reply.body as { status?: string; message?: string; data?: unknown }
    if (body?.status !== 'success') return reply
    return { status: 200, body: { status: 'success', message: body.message, data: { orderNo: 12 } } }
  }

  /** The first row of a list answer gets a non-numeric value in a numeric field. */
  badRow(reply: Reply): Reply {
    const body = reply.body as { status?: string; data?: unknown }
    if (body?.status !== 'success' || !Array.isArray(body.data) || body.data.length === 0) return reply
    const [first, ...rest] = body.data as Record<string, unknown>[]
    const field = ['price', 'netQuantity', 'holdQuantity', 'quantity', 'lastTradedPrice'].find((key) => key in first!) ?? 'price'
    return { ...reply, body: { ...body, data: [{ ...first, [field]: 'n/a' }, ...rest] } }
  }

  expireSession(userId: string): void {
    const account = this.deps.model.accounts.find((a) => a.userId.toUpperCase() === userId.toUpperCase())
    this.deps.model.sessions.expire(account?.userId ?? userId)
  }
}
