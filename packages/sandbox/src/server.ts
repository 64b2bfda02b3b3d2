import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SandboxAccount, Sessions } from './accounts.js'
import { controlRefusal } from './control.js'
import { badRow, type FaultTable, type HttpFaultRule, malformed, type WsFaultRule } from './faults.js'
import { blackScholes, type Instrument, type Market } from './market.js'
import { ModifyError, type Broker, type OrderInput } from './orders.js'
import { checkTotp, dateTime, ddMmmYyyy, fixed, parseExpiry, parseSlashTime, requestTime, toNumber } from './util.js'
import { serveSymbolDownload } from './symbols.js'

/** One request that reached an `/api/V3/` route (secrets redacted), as kept in `sb.requests`. */
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

type Body = Record<string, unknown>
type Bucket = 'quote' | 'candle' | 'order' | 'other'

interface Reply {
  status: number
  body: unknown
}

/** A documented failure: `{status:"Failed", code, name, error:{field, message}}` with HTTP status = code. */
class Failure {
  constructor(
    readonly code: number,
    readonly name: string,
    readonly field: string,
    readonly message: string,
  ) {}
  get envelope() {
    return { status: 'Failed', code: String(this.code), name: this.name, error: { field: this.field, message: this.message } }
  }
}

const missing = (field: string) => new Failure(400, 'BAD_REQUEST', field, `${field} cannot be undefined or NULL`)
const invalid = (field: string, code = 400) =>
  new Failure(code, `INVALID_${field.toUpperCase()}`, field, `${field} parameter is invalid`)
const exchangeToken = () => new Failure(400, 'EXCHANGE/TOKEN', 'exchange/token', 'Invalid Exchange/Token')
const noOrders = (field = 'orderDetails') => new Failure(404, 'ORDERS_NOT_FOUND', field, 'No data on the orders was found')

const ok = (data: unknown): Reply => ({ status: 200, body: { status: 'Success', data } })

const RATE_LIMITS: Record<Bucket, { max: number; windowMs: number; text: string }> = {
  quote: { max: 3, windowMs: 1000, text: '3 requests per second' },
  candle: { max: 3, windowMs: 1000, text: '3 requests per second' },
  order: { max: 200, windowMs: 60_000, text: '200 orders per minute' },
  other: { max: 10, windowMs: 1000, text: '10 requests per second' },
}

const SECRET_KEYS = new Set(['password', 'jkey', 'apikey', 'totp', 'susertoken'])

function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBody)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k.toLowerCase()) ? '[REDACTED]' : redactBody(v)]),
    )
  }
  return value
}

const isMissing = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')

interface Context {
  body: Body
  userId: string
  /** Simulated time (the market's clock). */
  now: number
  /** Real time, for TOTP codes. */
  wallNow: number
  rt: string
}

interface Route {
  name: string
  required: string[]
  auth: 'session' | 'none' | 'optional'
  bucket: Bucket
  handle: (ctx: Context) => Reply
}

const ORDER_FIELDS = ['exchange', 'tradingSymbol', 'quantity', 'price', 'product', 'transactionType', 'priceType', 'retention']
const EXCHANGES = new Set(['NSE', 'BSE', 'NFO', 'BFO', 'MCX'])

export interface ApiDeps {
  market: Market
  broker: Broker
  sessions: Sessions
  accounts: SandboxAccount[]
  faults: FaultTable
  rateLimits: boolean
  /** The simulated market's clock. */
  now: () => number
  /** Real time: rate limits, TOTP codes and the request log. */
  wallNow: () => number
  requests: RequestLogEntry[]
  /** The per-run token the control routes (/__sandbox/…) require. */
  controlToken: string
}

/** HTTP side of the sandbox: routing, validation in the documented order, envelopes, faults, rate limits. */
export class Api {
  private readonly routes = new Map<string, Route>()
  private readonly windows = new Map<string, number[]>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private closed = false
  /** Set by a `rejectLeg` fault while its request is handled: the 1-based leg to refuse (-1: the last). */
  private rejectLeg: number | undefined

  constructor(private readonly deps: ApiDeps) {
    this.defineRoutes()
  }

  private get market() {
    return this.deps.market
  }
  private get broker() {
    return this.deps.broker
  }

  close(): void {
    this.closed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  // ---- plumbing ----

  async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    // A server's Date header is its own clock: here, the simulated market's.
    res.setHeader('date', new Date(this.deps.now()).toUTCString())
    const raw = await readBody(req)
    if (url.pathname.startsWith('/__sandbox/')) return this.control(req, res, url.pathname, raw)
    if (serveSymbolDownload(req, res, url.pathname, this.market)) return
    if (!url.pathname.startsWith('/api/V3/')) {
      return send(res, { status: 404, body: new Failure(404, 'NOT_FOUND', 'path', `${url.pathname} not found`).envelope })
    }
    const path = url.pathname.slice('/api/V3/'.length).replace(/\/+$/, '')
    const route = this.routes.get(path)
    let body: unknown
    let parsed = true
    try {
      body = raw.trim() === '' ? {} : JSON.parse(raw)
    } catch {
      parsed = false
      body = raw
    }
    const entry: RequestLogEntry = {
      endpoint: route?.name ?? path,
      path: url.pathname,
      body: parsed ? redactBody(body) : '[unparseable]',
      at: this.deps.wallNow(),
    }
    if (parsed && body && typeof body === 'object' && !Array.isArray(body) && !isMissing((body as Body).userId)) {
      entry.userId = text((body as Body).userId)
    }
    this.deps.requests.push(entry)

    const fault = this.deps.faults.take(route ? [route.name, path] : [path])
    if (fault) entry.fault = fault.kind
    const answer = (): Reply => this.answer(req.method ?? 'GET', route, parsed, body)
    switch (fault?.kind) {
      case undefined:
        return send(res, answer())
      case 'html502':
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>')
        return
      case 'json500':
        return send(res, { status: 500, body: new Failure(500, 'INTERNAL_SERVER_ERROR', '', 'Something went wrong').envelope })
      case 'reset':
        req.socket.destroy()
        return
      case 'hang':
        return // the socket is destroyed by close()
      case 'rateLimit':
        return send(res, { status: 429, body: this.rateFailure('other').envelope })
      case 'expireSession':
        if (entry.userId) this.deps.sessions.expire(this.canonicalUser(entry.userId))
        return send(res, answer())
      case 'malformed':
        return send(res, malformed(answer()))
      case 'badRow':
        return send(res, badRow(answer()))
      case 'rejectLeg': {
        this.rejectLeg = fault.leg ?? -1
        try {
          return send(res, answer())
        } finally {
          this.rejectLeg = undefined
        }
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
        if (this.closed) return
        const reply = answer()
        if (!res.destroyed) send(res, reply)
        return
      }
    }
  }

  private control(req: IncomingMessage, res: ServerResponse, path: string, raw: string): void {
    const reply = (status: number, body: unknown) => send(res, { status, body })
    const refused = controlRefusal(req, this.deps.controlToken)
    if (refused) return reply(refused.status, new Failure(refused.status, refused.name, refused.field, refused.message).envelope)
    if (path === '/__sandbox/requests' && req.method === 'GET') return reply(200, this.deps.requests)
    if (req.method !== 'POST') return reply(405, new Failure(405, 'METHOD_NOT_ALLOWED', 'method', 'use POST').envelope)
    try {
      const rule = JSON.parse(raw || '{}') as { kind?: string }
      if (path === '/__sandbox/faults') {
        if (rule.kind === 'clear') this.deps.faults.clear()
        else this.deps.faults.inject(rule as HttpFaultRule)
        return reply(200, { status: 'Success' })
      }
      if (path === '/__sandbox/ws-faults') {
        this.deps.faults.ws(rule as WsFaultRule)
        return reply(200, { status: 'Success' })
      }
    } catch (error) {
      return reply(400, new Failure(400, 'BAD_REQUEST', 'kind', (error as Error).message).envelope)
    }
    return reply(404, new Failure(404, 'NOT_FOUND', 'path', `${path} not found`).envelope)
  }

  private answer(method: string, route: Route | undefined, parsed: boolean, body: unknown): Reply {
    try {
      if (method !== 'POST') throw new Failure(405, 'METHOD_NOT_ALLOWED', 'method', `${method} is not allowed, use POST`)
      if (!route) throw new Failure(404, 'NOT_FOUND', 'path', 'No such API endpoint')
      if (!parsed || !body || typeof body !== 'object' || Array.isArray(body)) {
        throw new Failure(400, 'BAD_REQUEST', 'body', 'request body must be a JSON object')
      }
      return this.run(route, body as Body)
    } catch (error) {
      if (error instanceof Failure) return { status: error.code, body: error.envelope }
      return { status: 500, body: new Failure(500, 'INTERNAL_SERVER_ERROR', '', String(error)).envelope }
    }
  }

  private canonicalUser(userId: string): string {
    const account = this.deps.accounts.find((a) => a.userId.toUpperCase() === userId.toUpperCase())
    return account?.userId ?? userId
  }

  private run(route: Route, body: Body): Reply {
    const needsSession = route.auth === 'session' || (route.auth === 'optional' && !isMissing(body.jKey))
    const required = needsSession ? ['userId', 'jKey', ...route.required] : route.required
    for (const field of required) if (isMissing(body[field])) throw missing(field)
    const now = this.deps.now()
    const wallNow = this.deps.wallNow()
    let userId = ''
    if (needsSession || route.name === 'login') {
      const account = this.deps.accounts.find((a) => a.userId.toUpperCase() === text(body.userId).toUpperCase())
      if (!account) throw new Failure(401, 'INVALID_USERID', 'userid', 'userid parameter is invalid')
      userId = account.userId
      if (needsSession) {
        const state = this.deps.sessions.check(userId, text(body.jKey))
        if (state === 'expired') throw new Failure(401, 'SESSION_EXPIRED', 'jKey', 'Session key has been expired')
        if (state === 'invalid') throw new Failure(401, 'INVALID_JKEY', 'jKey', 'jKey parameter is invalid')
      }
      this.rateLimit(userId, route.bucket, wallNow)
    }
    return route.handle({ body, userId, now, wallNow, rt: requestTime(now) })
  }

  private rateFailure(bucket: Bucket) {
    return new Failure(429, 'API_RATE_LIMIT', 'userId', `Too many requests: the limit is ${RATE_LIMITS[bucket].text}`)
  }

  private rateLimit(userId: string, bucket: Bucket, now: number): void {
    if (!this.deps.rateLimits) return
    const { max, windowMs } = RATE_LIMITS[bucket]
    const key = `${userId}|${bucket}`
    const hits = (this.windows.get(key) ?? []).filter((t) => t > now - windowMs)
    if (hits.length >= max) {
      this.windows.set(key, hits)
      throw this.rateFailure(bucket)
    }
    hits.push(now)
    this.windows.set(key, hits)
  }

  // ---- shared parsing ----

  private instrument(exchange: unknown, token: unknown): Instrument {
    const inst = this.market.get(text(exchange), text(token))
    if (!inst) throw exchangeToken()
    return inst
  }

  /** Validates one order body (placeOrder, a multiPlaceOrders item, orderMargin). */
  private orderInput(body: Body, fields = ORDER_FIELDS): OrderInput {
    for (const field of fields) if (isMissing(body[field])) throw missing(field)
    const exchange = text(body.exchange).toUpperCase()
    if (!EXCHANGES.has(exchange)) throw invalid('exchange')
    const inst = this.market.bySymbolName(exchange, text(body.tradingSymbol))
    if (!inst) throw invalid('tradingSymbol')
    const quantity = toNumber(body.quantity)
    if (!Number.isInteger(quantity) || quantity <= 0) throw invalid('quantity')
    const priceType = text(body.priceType).toUpperCase()
    if (!['LMT', 'MKT', 'SL-LMT', 'SL-MKT'].includes(priceType)) throw invalid('priceType')
    const price = toNumber(body.price)
    if (!Number.isFinite(price) || price < 0) throw invalid('price')
    if ((priceType === 'LMT' || priceType === 'SL-LMT') && price <= 0) throw invalid('price')
    const trigger = isMissing(body.triggerPrice) ? 0 : toNumber(body.triggerPrice)
    if (!Number.isFinite(trigger) || trigger < 0) throw invalid('triggerPrice')
    if (priceType.startsWith('SL') && trigger <= 0) throw invalid('triggerPrice')
    const product = text(body.product).toUpperCase()
    if (!['C', 'M', 'I'].includes(product)) throw invalid('product')
    const transactionType = text(body.transactionType).toUpperCase()
    if (transactionType !== 'B' && transactionType !== 'S') throw invalid('transactionType')
    const retention = isMissing(body.retention) ? 'DAY' : text(body.retention).toUpperCase()
    if (!['DAY', 'EOS', 'IOC'].includes(retention)) throw invalid('retention')
    return {
      inst,
      quantity,
      price: priceType === 'MKT' || priceType === 'SL-MKT' ? 0 : price,
      triggerPrice: priceType.startsWith('SL') ? trigger : 0,
      product,
      transactionType,
      priceType,
      retention,
      remarks: typeof body.remarks === 'string' ? body.remarks : '',
    }
  }

  private placeLeg(userId: string, body: Body, rt: string) {
    try {
      const order = this.broker.place(userId, this.orderInput(body))
      return { status: 'Success', data: { requestTime: rt, orderNumber: order.orderNumber } }
    } catch (error) {
      if (error instanceof Failure) return error.envelope
      throw error
    }
  }

  /** Places each leg on its own; a refused leg is a failure envelope inside the success answer, as Firstock does. */
  private placeLegs(userId: string, items: Body[], rt: string) {
    const refused = this.rejectLeg === -1 ? items.length : this.rejectLeg
    return items.map((item, index) =>
      index + 1 === refused
        ? new Failure(400, 'PRODUCT_USAGE', 'product', 'Product Margin not enabled on exchange NFO').envelope
        : this.placeLeg(userId, item, rt),
    )
  }

  private array(body: Body, field: string): Body[] {
    const value = body[field]
    if (!Array.isArray(value)) throw new Failure(400, 'BAD_REQUEST', field, `${field} must be an array`)
    if (value.length === 0) throw missing(field)
    return value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? (item as Body) : {}))
  }

  // ---- endpoints ----

  private defineRoutes(): void {
    const add = (path: string, route: Omit<Route, 'name'> & { name?: string }) =>
      this.routes.set(path, { name: route.name ?? path, ...route })
    const session = (required: string[], bucket: Bucket, handle: Route['handle']) => ({
      required,
      auth: 'session' as const,
      bucket,
      handle,
    })

    add('login', {
      required: ['userId', 'password', 'TOTP', 'vendorCode', 'apiKey'],
      auth: 'none',
      bucket: 'other',
      handle: ({ body, userId, wallNow }) => {
        const account = this.deps.accounts.find((a) => a.userId === userId)!
        const password = text(body.password)
        const sha = createHash('sha256').update(account.password).digest('hex')
        if (password !== account.password && password.toLowerCase() !== sha) throw invalid('password', 401)
        if (!checkTotp(account.totpSecret, text(body.TOTP), wallNow)) throw invalid('TOTP', 401)
        if (text(body.apiKey) !== account.apiKey) throw invalid('apiKey', 401)
        if (text(body.vendorCode) !== account.vendorCode) throw invalid('vendorCode', 401)
        return ok({
          actid: account.userId,
          userName: account.userName ?? account.userId,
          susertoken: this.deps.sessions.issue(account.userId),
          email: account.email ?? `${account.userId.toLowerCase()}@sandbox.invalid`,
        })
      },
    })
    add(
      'logout',
      session([], 'other', ({ body }) => {
        this.deps.sessions.logout(text(body.jKey))
        return ok('Successfully logged out')
      }),
    )
    add(
      'userDetails',
      session([], 'other', ({ userId, rt }) => {
        const account = this.deps.accounts.find((a) => a.userId === userId)!
        return ok({
          requestTime: rt,
          userName: account.userName ?? userId,
          exchange: [...EXCHANGES],
          orarr: ['LMT', 'MKT', 'SL-LMT', 'SL-MKT'],
          email: account.email ?? `${userId.toLowerCase()}@sandbox.invalid`,
          actid: userId,
          uprev: 'INVESTOR',
        })
      }),
    )

    // -- orders --
    add(
      'placeOrder',
      session(ORDER_FIELDS, 'order', ({ body, userId, rt }) => {
        const order = this.broker.place(userId, this.orderInput(body))
        return ok({ requestTime: rt, orderNumber: order.orderNumber })
      }),
    )
    add(
      'modifyOrder',
      session(['orderNumber', 'exchange', 'tradingSymbol', 'quantity', 'price', 'priceType'], 'other', ({ body, userId, rt }) => {
        const order = this.broker.find(userId, text(body.orderNumber))
        if (!order) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', 'Order not found to modify')
        const input = this.orderInput(
          {
            ...body,
            product: order.product,
            transactionType: order.transactionType,
            retention: order.retention,
          },
          ['exchange', 'tradingSymbol', 'quantity', 'price', 'priceType'],
        )
        if (input.inst !== order.inst) throw invalid('tradingSymbol')
        if (input.quantity % order.inst.lotSize !== 0) throw invalid('quantity')
        try {
          this.broker.modify(userId, order.orderNumber, input)
        } catch (error) {
          if (error instanceof ModifyError) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', error.message)
          throw error
        }
        return ok({ requestTime: rt, orderNumber: order.orderNumber })
      }),
    )
    add(
      'cancelOrder',
      session(['orderNumber'], 'other', ({ body, userId, rt }) => {
        try {
          const order = this.broker.cancel(userId, text(body.orderNumber))
          return ok({ requestTime: rt, orderNumber: order.orderNumber })
        } catch (error) {
          if (error instanceof ModifyError) throw new Failure(404, 'ORDER_NOT_FOUND', 'orderNumber', error.message)
          throw error
        }
      }),
    )
    add(
      'orderMargin',
      session(ORDER_FIELDS.filter((f) => f !== 'retention'), 'other', ({ body, userId, rt }) => {
        const input = this.orderInput(body, ORDER_FIELDS.filter((f) => f !== 'retention'))
        const price = input.price > 0 ? input.price : input.triggerPrice > 0 ? input.triggerPrice : input.inst.ltp
        const required = this.broker.requiredMargin(userId, input.inst, input.product, input.transactionType, input.quantity, price)
        const available = this.broker.margins(userId).available
        return ok({
          requestTime: rt,
          cash: fixed(available),
          marginused: fixed(required),
          remarks: required > available ? 'Insufficient Balance' : 'Order Success',
        })
      }),
    )
    add(
      'orderBook',
      session([], 'other', ({ userId }) => {
        const orders = this.broker.orders(userId)
        if (orders.length === 0) throw noOrders()
        return ok(orders.reverse().map((o) => this.broker.orderRow(o)))
      }),
    )
    add(
      'singleOrderHistory',
      session(['orderNumber'], 'other', ({ body, userId }) => {
        const order = this.broker.find(userId, text(body.orderNumber))
        if (!order) throw noOrders('orderNumber')
        return ok(this.broker.historyRows(order))
      }),
    )
    add(
      'tradeBook',
      session([], 'other', ({ userId }) => {
        const rows = this.broker.tradeRows(userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows.reverse())
      }),
    )
    add(
      'positionBook',
      session([], 'other', ({ userId }) => {
        const rows = this.broker.positionRows(userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows)
      }),
    )
    add(
      'holdings',
      session([], 'other', ({ userId }) => {
        const rows = this.broker.holdingRows(userId)
        if (rows.length === 0) throw noOrders()
        return ok(rows)
      }),
    )
    add(
      'limit',
      session([], 'other', ({ userId, rt }) => {
        const m = this.broker.margins(userId)
        return ok({
          requestTime: rt,
          cash: fixed(m.cash),
          payin: '0.00',
          payout: '0.00',
          marginused: fixed(m.used),
          brkcollamt: '0.00',
          peak_mar: fixed(m.peak),
          span: fixed(m.span),
          expo: fixed(m.expo),
          premium: fixed(m.premium),
          collateral: '0.00',
          rpnl: fixed(m.realized),
          urmtom: fixed(m.unrealized),
        })
      }),
    )
    add(
      'productConversion',
      session(
        ['exchange', 'tradingSymbol', 'quantity', 'product', 'previousProduct', 'transactionType', 'positionType'],
        'other',
        ({ body, userId, rt }) => {
          const exchange = text(body.exchange).toUpperCase()
          if (!EXCHANGES.has(exchange)) throw invalid('exchange')
          const inst = this.market.bySymbolName(exchange, text(body.tradingSymbol))
          if (!inst) throw invalid('tradingSymbol')
          const product = text(body.product).toUpperCase()
          const previous = text(body.previousProduct).toUpperCase()
          if (!['C', 'M', 'I'].includes(product)) throw invalid('product')
          if (!['C', 'M', 'I'].includes(previous)) throw invalid('previousProduct')
          const side = text(body.transactionType).toUpperCase()
          if (side !== 'B' && side !== 'S') throw invalid('transactionType')
          if (!['DAY', 'CF'].includes(text(body.positionType).toUpperCase())) throw invalid('positionType')
          const quantity = toNumber(body.quantity)
          if (!Number.isInteger(quantity) || quantity <= 0) throw invalid('quantity')
          const derivative = inst.kind === 'future' || inst.kind === 'option'
          if ((product === 'M' && !derivative) || (product === 'C' && derivative)) {
            const label = product === 'M' ? 'Regular' : 'Delivery'
            throw new Failure(400, 'PRODUCT_USAGE', 'product', `Product ${label} not enabled on exchange ${exchange}`)
          }
          if (!this.broker.convert(userId, inst, previous, product, side, quantity)) throw noOrders()
          return ok({ status: 'Ok', requestTime: rt })
        },
      ),
    )
    add(
      'basketMargin',
      session(['basket'], 'other', ({ body, userId, rt }) => {
        const items = this.array(body, 'basket')
        const fields = ORDER_FIELDS.filter((f) => f !== 'retention')
        const inputs = items.map((item) => this.orderInput(item, fields))
        if (new Set(inputs.map((i) => i.inst.exchange)).size > 1) {
          throw new Failure(400, 'BASKET_DETAILS', 'basket', 'Basket should contain orders of only 1 exch')
        }
        let total = 0
        let largest = 0
        for (const i of inputs) {
          const m = this.broker.requiredMargin(userId, i.inst, i.product, i.transactionType, i.quantity, i.price)
          total += m
          largest = Math.max(largest, m)
        }
        // Offsetting legs earn a hedge benefit, as SPAN would give them.
        const hedged = inputs.length > 1 ? Math.max(largest, total * 0.7) : total
        const available = this.broker.margins(userId).available
        return ok({
          request_time: rt,
          stat: 'Ok',
          marginused: fixed(hedged),
          marginusedtrade: fixed(total - hedged),
          remarks: hedged > available ? 'Insufficient Balance' : 'Order Success',
        })
      }),
    )
    add('strategies/multiPlaceOrders', {
      name: 'multiPlaceOrders',
      ...session(['data'], 'order', ({ body, userId, rt }) => {
        const items = this.array(body, 'data')
        if (items.length > 10) throw new Failure(400, 'BAD_REQUEST', 'data', 'data may contain at most 10 orders')
        return { status: 200, body: this.placeLegs(userId, items, rt) }
      }),
    })
    this.defineStrategies(add)

    // -- market --
    const ltp = (inst: Instrument, rt: string) => ({
      requestTime: rt,
      companyName: inst.companyName,
      exchange: inst.exchange,
      token: inst.token,
      lastTradedPrice: fixed(inst.ltp, inst.pricePrecision),
    })
    add('getQuote', session(['exchange', 'token'], 'quote', ({ body, rt }) => ok(this.market.quote(this.instrument(body.exchange, body.token), rt))))
    add('getQuote/ltp', {
      name: 'getQuoteLtp',
      ...session(['exchange', 'token'], 'quote', ({ body, rt }) => ok(ltp(this.instrument(body.exchange, body.token), rt))),
    })
    const multi = (view: (inst: Instrument, rt: string) => unknown) => (ctx: Context) => {
      const items = this.array(ctx.body, 'data')
      const insts = items.map((item) => this.instrument(item.exchange, item.token))
      return ok(insts.map((inst) => ({ token: inst.token, result: view(inst, ctx.rt) })))
    }
    add('getMultiQuotes', session(['data'], 'quote', multi((inst, rt) => this.market.quote(inst, rt))))
    add('getMultiQuotes/ltp', { name: 'getMultiQuotesLtp', ...session(['data'], 'quote', multi(ltp)) })
    add(
      'searchScrips',
      session(['stext'], 'other', ({ body }) => ({
        status: 200,
        body: {
          status: 'Success',
          values: this.market.search(text(body.stext)).map((inst) => ({
            exchange: inst.exchange,
            tradingSymbol: inst.tradingSymbol,
            token: inst.token,
            companyName: inst.companyName,
            instrumentName: inst.instrumentName,
            pricePrecision: String(inst.pricePrecision),
            lotSize: String(inst.lotSize),
            tickSize: fixed(inst.tickSize),
          })),
        },
      })),
    )
    add(
      'securityInfo',
      session(['exchange', 'token'], 'other', ({ body, rt }) => {
        const inst = this.instrument(body.exchange, body.token)
        const data: Record<string, string> = {
          requestTime: rt,
          exchange: inst.exchange,
          tradingSymbol: inst.tradingSymbol,
          companyName: inst.companyName,
          symbolName: inst.symbolName,
          segment: inst.segment,
          instrumentName: inst.instrumentName,
          isin: inst.isin,
          tickSize: fixed(inst.tickSize),
          lotSize: String(inst.lotSize),
          pricePrecision: String(inst.pricePrecision),
          mult: '1',
          token: inst.token,
          prcftr_d: '(1 / 1 ) * (1 / 1)',
        }
        if (inst.expiry !== undefined) data.expiry = ddMmmYyyy(inst.expiry)
        if (inst.strike !== undefined) data.strikePrice = fixed(inst.strike)
        if (inst.optionType) data.optionType = inst.optionType
        return ok(data)
      }),
    )
    add(
      'indexList',
      session(['exchange'], 'other', ({ body, rt }) => {
        const exchange = text(body.exchange).toUpperCase()
        if (!EXCHANGES.has(exchange)) throw invalid('exchange')
        const values = this.market.list
          .filter((i) => i.kind === 'index' && i.exchange === exchange)
          .map((i) => ({ idxname: i.tradingSymbol, token: i.token }))
        return ok({ requestTime: rt, values })
      }),
    )
    add(
      'optionChain',
      session(['exchange', 'tradingSymbol', 'strikePrice', 'count'], 'other', ({ body, rt }) => {
        const anchor = this.market.bySymbolName(text(body.exchange), text(body.tradingSymbol))
        if (!anchor || anchor.kind !== 'option') throw exchangeToken()
        const strike = toNumber(body.strikePrice)
        if (!Number.isFinite(strike) || strike <= 0) throw invalid('strikePrice')
        const count = toNumber(body.count)
        if (!Number.isInteger(count) || count <= 0) throw invalid('count')
        const series = this.market.list.filter((i) => i.underlying === anchor.underlying && i.expiry === anchor.expiry && i.kind === 'option')
        const strikes = [...new Set(series.map((i) => i.strike!))].sort((a, b) => a - b)
        // 4 × count contracts: `count` strikes at or below the given strike and `count` above, CE and PE each.
        const below = strikes.filter((s) => s <= strike).slice(-count)
        const above = strikes.filter((s) => s > strike).slice(0, count)
        const values = [...below, ...above].flatMap((s) =>
          (['CE', 'PE'] as const).flatMap((type) => {
            const inst = series.find((i) => i.strike === s && i.optionType === type)
            return inst
              ? [
                  {
                    exchange: inst.exchange,
                    tradingSymbol: inst.tradingSymbol,
                    token: inst.token,
                    optionType: type,
                    strikePrice: fixed(s),
                    pricePrecision: String(inst.pricePrecision),
                    lotSize: String(inst.lotSize),
                    tickSize: fixed(inst.tickSize),
                  },
                ]
              : []
          }),
        )
        return ok({ requestTime: rt, values })
      }),
    )
    add(
      'timePriceSeries',
      session(['exchange', 'token', 'startTime', 'endTime', 'interval'], 'candle', ({ body }) => {
        const inst = this.market.get(text(body.exchange), text(body.token)) ?? this.market.bySymbolName(text(body.exchange), text(body.token))
        if (!inst) throw exchangeToken()
        const interval = text(body.interval).toUpperCase()
        if (!['1', '3', '5', '10', '15', '30', '60', '120', '240', 'DAY'].includes(interval)) throw invalid('interval')
        const from = parseSlashTime(text(body.startTime))
        if (from === undefined) throw invalid('startTime')
        const to = parseSlashTime(text(body.endTime))
        if (to === undefined) throw invalid('endTime')
        const candles = this.market.candles(inst, interval === 'DAY' ? 'DAY' : Number(interval), from, to)
        const p = (n: number) => fixed(n, inst.pricePrecision)
        return ok(
          candles.map((c) => ({
            stat: 'Ok',
            time: dateTime(c.t),
            ssboe: String(Math.floor(c.t / 1000)),
            into: p(c.o),
            inth: p(c.h),
            intl: p(c.l),
            intc: p(c.c),
            intvwap: '0.00',
            intv: String(c.v),
            intoi: '0',
            v: String(c.cumulative),
            oi: String(c.oi),
          })),
        )
      }),
    )
    add('optionGreek', {
      required: ['expiryDate', 'strikePrice', 'spotPrice', 'initRate', 'volatility', 'optionType'],
      auth: 'optional',
      bucket: 'other',
      handle: ({ body, now, rt }) => {
        const expiry = parseExpiry(text(body.expiryDate))
        if (expiry === undefined) throw invalid('expiryDate')
        const num = (field: string, min = 0) => {
          const n = toNumber(body[field])
          if (!Number.isFinite(n) || n < min || (min === 0 && n === 0 && field !== 'initRate')) throw invalid(field)
          return n
        }
        const strike = num('strikePrice')
        const spot = num('spotPrice')
        const rate = num('initRate') / 100
        const vol = num('volatility') / 100
        if (!['CE', 'PE'].includes(text(body.optionType).toUpperCase())) throw invalid('optionType')
        const t = Math.max(expiry + (15 * 60 + 30) * 60_000 - now, 60_000) / (365 * 86_400_000)
        const g = blackScholes(spot, strike, t, rate, vol)
        return ok({
          request_time: rt,
          stat: 'OK',
          cal_price: fixed(g.call),
          put_price: fixed(g.put),
          cal_delta: fixed(g.callDelta, 6),
          put_delta: fixed(g.putDelta, 6),
          cal_gamma: fixed(g.gamma, 6),
          put_gamma: fixed(g.gamma, 6),
          cal_theta: fixed(g.callTheta, 6),
          put_theta: fixed(g.putTheta, 6),
          cal_rho: fixed(g.callRho, 6),
          put_rho: fixed(g.putRho, 6),
          cal_vego: fixed(g.vega, 6),
          put_vego: fixed(g.vega, 6),
        })
      },
    })
    add(
      'spanCalculators',
      session(['data'], 'other', ({ body, rt }) => {
        const legs = this.array(body, 'data')
        let span = 0
        let expo = 0
        for (const leg of legs) {
          for (const field of ['exchange', 'instrumentName', 'symbolName', 'expireDate', 'strikePrice', 'netQuantity']) {
            if (isMissing(leg[field])) throw missing(field)
          }
          const qty = toNumber(leg.netQuantity)
          if (!Number.isInteger(qty)) throw invalid('netQuantity')
          const symbol = text(leg.symbolName).toUpperCase()
          const spotInst =
            this.market.list.find((i) => i.kind === 'index' && i.symbolName === symbol) ?? this.market.bySymbolName('NSE', `${symbol}-EQ`)
          const strike = toNumber(leg.strikePrice)
          const spot = spotInst?.ltp ?? (Number.isFinite(strike) && strike > 0 ? strike : 0)
          const instrument = text(leg.instrumentName).toUpperCase()
          const isOption = instrument.startsWith('OPT')
          // Long options carry no SPAN; short options and futures about 9% of notional plus 3% exposure.
          if (isOption && qty > 0) continue
          span += Math.abs(qty) * spot * 0.09
          expo += Math.abs(qty) * spot * 0.03
        }
        return ok({
          status: 'Ok',
          requestTime: rt,
          span: fixed(span),
          expo: fixed(expo),
          span_trade: fixed(span),
          expo_trade: fixed(expo),
        })
      }),
    )
  }

  private defineStrategies(add: (path: string, route: Omit<Route, 'name'> & { name?: string }) => void): void {
    type Leg = { type: 'C' | 'P'; strike: string; side: 'B' | 'S' }
    const strategies: Array<[name: string, fields: string[], legs: (b: Body) => Leg[], hedged: boolean]> = [
      ['bullCallSpread', ['callBuyStrikePrice', 'callSellStrikePrice'], (b) => [
        { type: 'C', strike: text(b.callBuyStrikePrice), side: 'B' },
        { type: 'C', strike: text(b.callSellStrikePrice), side: 'S' },
      ], false],
      ['bearPutSpread', ['putBuyStrikePrice', 'putSellStrikePrice'], (b) => [
        { type: 'P', strike: text(b.putBuyStrikePrice), side: 'B' },
        { type: 'P', strike: text(b.putSellStrikePrice), side: 'S' },
      ], false],
      ['longStraddle', ['strikePrice'], (b) => [
        { type: 'C', strike: text(b.strikePrice), side: 'B' },
        { type: 'P', strike: text(b.strikePrice), side: 'B' },
      ], false],
      ['longStrangle', ['callStrikePrice', 'putStrikePrice'], (b) => [
        { type: 'C', strike: text(b.callStrikePrice), side: 'B' },
        { type: 'P', strike: text(b.putStrikePrice), side: 'B' },
      ], false],
      ['shortStraddle', ['strikePrice', 'hedge', 'hedgeValue'], (b) => [
        { type: 'C', strike: text(b.strikePrice), side: 'S' },
        { type: 'P', strike: text(b.strikePrice), side: 'S' },
      ], true],
      ['shortStrangle', ['callStrikePrice', 'putStrikePrice', 'hedge', 'hedgeValue'], (b) => [
        { type: 'C', strike: text(b.callStrikePrice), side: 'S' },
        { type: 'P', strike: text(b.putStrikePrice), side: 'S' },
      ], true],
    ]
    for (const [name, fields, legsOf, hedgeable] of strategies) {
      add(`strategies/${name}`, {
        name,
        required: ['symbol', 'expiry', 'product', 'quantity', ...fields],
        auth: 'session',
        bucket: 'order',
        handle: ({ body, userId, rt }) => {
          if (hedgeable && body.hedge === undefined) throw missing('hedge')
          const legs = legsOf(body)
          const hedge = body.hedge === true || text(body.hedge).toLowerCase() === 'true'
          if (hedgeable && hedge) {
            const distance = toNumber(body.hedgeValue)
            if (!Number.isFinite(distance) || distance <= 0) throw invalid('hedgeValue')
            const [call, put] = legs as [Leg, Leg]
            // Wings are bought first so the short legs are placed against a hedged book.
            legs.unshift(
              { type: 'C', strike: String(toNumber(call.strike) + distance), side: 'B' },
              { type: 'P', strike: String(toNumber(put.strike) - distance), side: 'B' },
            )
          }
          const symbol = text(body.symbol).toUpperCase()
          const expiry = text(body.expiry).toUpperCase()
          const exchange = this.market.optionExchange(symbol)
          const results = this.placeLegs(
            userId,
            legs.map((leg) => ({
                exchange,
                tradingSymbol: `${symbol}${expiry}${leg.type}${formatStrike(leg.strike)}`,
                quantity: body.quantity,
                price: '0',
                triggerPrice: '0',
                product: body.product,
                transactionType: leg.side,
                priceType: 'MKT',
                retention: 'DAY',
                remarks: typeof body.remarks === 'string' ? body.remarks : name,
            })),
            rt,
          )
          return { status: 200, body: results }
        },
      })
    }
  }
}

function formatStrike(strike: string): string {
  const n = toNumber(strike)
  return Number.isFinite(n) ? String(n) : strike
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
