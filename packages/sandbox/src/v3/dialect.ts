import type { Dialect, DialectRequest, RateWindows } from '../shell/http.js'
import { requestTime } from '../util.js'
import { addAccountRoutes } from './account-routes.js'
import type { AddRoute, Bucket, Route, V3Model } from './context.js'
import { addMarketRoutes } from './market-routes.js'
import { addOrderRoutes } from './order-routes.js'
import { addStrategies } from './strategies.js'
import { badRow, type Body, Failure, isMissing, malformed, missing, type Reply, text } from './wire.js'

// The V3 dialect: `/api/V3/<path>`, every endpoint POST with a JSON body; checks in the documented order (fields,
// user, session, rate limit), then the route turns the request into model calls and the model's state into an answer.

export const V3_PREFIX = '/api/V3/'

const RATE_LIMITS: Record<Bucket, { max: number; windowMs: number; text: string }> = {
  quote: { max: 3, windowMs: 1000, text: '3 requests per second' },
  candle: { max: 3, windowMs: 1000, text: '3 requests per second' },
  order: { max: 200, windowMs: 60_000, text: '200 orders per minute' },
  other: { max: 10, windowMs: 1000, text: '10 requests per second' },
}

export interface V3Deps {
  model: V3Model
  /** The simulated market's clock. */
  now: () => number
  /** Real time: rate limits and TOTP codes. */
  wallNow: () => number
  /** Per-user rate limits, or `undefined` when they are off. */
  rateWindows: RateWindows | undefined
}

export class V3Dialect implements Dialect {
  readonly prefix = V3_PREFIX
  private readonly routes = new Map<string, Route>()

  constructor(private readonly deps: V3Deps) {
    const add: AddRoute = (path, route) => this.routes.set(path, { name: route.name ?? path, ...route })
    addAccountRoutes(add, deps.model)
    addOrderRoutes(add, deps.model)
    addStrategies(add, deps.model)
    addMarketRoutes(add, deps.model)
  }

  routeName(path: string): string | undefined {
    return this.routes.get(path)?.name
  }

  answer({ method, path, body, rejectLeg }: DialectRequest): Reply {
    try {
      if (method !== 'POST') throw new Failure(405, 'METHOD_NOT_ALLOWED', 'method', `${method} is not allowed, use POST`)
      const route = this.routes.get(path)
      if (!route) throw new Failure(404, 'NOT_FOUND', 'path', 'No such API endpoint')
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new Failure(400, 'BAD_REQUEST', 'body', 'request body must be a JSON object')
      }
      return this.run(route, body as Body, rejectLeg)
    } catch (error) {
      if (error instanceof Failure) return { status: error.code, body: error.envelope }
      return { status: 500, body: new Failure(500, 'INTERNAL_SERVER_ERROR', '', String(error)).envelope }
    }
  }

  private run(route: Route, body: Body, rejectLeg: number | undefined): Reply {
    const { accounts, sessions } = this.deps.model
    const needsSession = route.auth === 'session' || (route.auth === 'optional' && !isMissing(body.jKey))
    const required = needsSession ? ['userId', 'jKey', ...route.required] : route.required
    for (const field of required) if (isMissing(body[field])) throw missing(field)
    const now = this.deps.now()
    const wallNow = this.deps.wallNow()
    let userId = ''
    if (needsSession || route.name === 'login') {
      const account = accounts.find((a) => a.userId.toUpperCase() === text(body.userId).toUpperCase())
      if (!account) throw new Failure(401, 'INVALID_USERID', 'userid', 'userid parameter is invalid')
      userId = account.userId
      if (needsSession) {
        const state = sessions.check(userId, text(body.jKey))
        if (state === 'expired') throw new Failure(401, 'SESSION_EXPIRED', 'jKey', 'Session key has been expired')
        if (state === 'invalid') throw new Failure(401, 'INVALID_JKEY', 'jKey', 'jKey parameter is invalid')
      }
      const { max, windowMs } = RATE_LIMITS[route.bucket]
      if (this.deps.rateWindows && !this.deps.rateWindows.hit(`v3|${userId}|${route.bucket}`, max, windowMs, wallNow)) {
        throw this.rateFailure(route.bucket)
      }
    }
    return route.handle({ body, userId, now, wallNow, rt: requestTime(now), ...(rejectLeg === undefined ? {} : { rejectLeg }) })
  }

  private rateFailure(bucket: Bucket) {
    return new Failure(429, 'API_RATE_LIMIT', 'userId', `Too many requests: the limit is ${RATE_LIMITS[bucket].text}`)
  }

  failure(status: number, name: string, field: string, message: string): unknown {
    return new Failure(status, name, field, message).envelope
  }

  rateLimited(): Reply {
    return { status: 429, body: this.rateFailure('other').envelope }
  }

  malformed(reply: Reply): Reply {
    return malformed(reply)
  }

  badRow(reply: Reply): Reply {
    return badRow(reply)
  }

  expireSession(userId: string): void {
    const account = this.deps.model.accounts.find((a) => a.userId.toUpperCase() === userId.toUpperCase())
    this.deps.model.sessions.expire(account?.userId ?? userId)
  }
}
