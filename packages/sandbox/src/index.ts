/**
 * A local fake Firstock (V3 and V1 REST, both sockets) for development and tests: {@link startSandbox}. See the package README.
 * @packageDocumentation
 * @module @firstock/sandbox
 */
import { DEMO_ACCOUNT, Sessions, type SandboxAccount } from './model/accounts.js'
import { AmoBook } from './model/amo.js'
import { Broker, type OrderStatus } from './model/broker.js'
import { EXCHANGE_HOLIDAYS_2026, Holidays } from './model/calendar.js'
import { type ClockSetting, simulatedClock } from './model/clock.js'
import { GttBook } from './model/gtt.js'
import { MarketHours, type MarketHoursMode, marketHoursMode } from './model/hours.js'
import { Market, type QuoteSnapshot } from './model/market.js'
import { newControlToken } from './shell/control.js'
import { FaultTable, type Faults } from './shell/faults.js'
import { HttpFront, RateWindows, type RequestLogEntry } from './shell/http.js'
import { loadReplay, type ReplayOptions } from './shell/replay.js'
import { listen } from './shell/server.js'
import { ddmmmyy, totp } from './util.js'
import { V1_PREFIX, V1Dialect } from './v1/dialect.js'
import { SocketV2Hub, V2_WS_PATH, type SocketV2Options } from './v1/socket.js'
import { V3_PREFIX, V3Dialect } from './v3/dialect.js'
import { StreamHub, WS_PATH } from './v3/noren.js'

export { DEMO_ACCOUNT, type SandboxAccount } from './model/accounts.js'
export { EXCHANGE_HOLIDAYS_2026, SESSION_MOMENT } from './model/calendar.js'
export type { ClockSetting } from './model/clock.js'
export type { MarketHoursMode } from './model/hours.js'
export type { Faults, HttpFaultKind, HttpFaultRule, WsFaultKind, WsFaultRule } from './shell/faults.js'
export type { QuoteSnapshot } from './model/market.js'
export type { OrderStatus } from './model/broker.js'
export type { RequestLogEntry } from './shell/http.js'
export type { ReplayOptions } from './shell/replay.js'
export { ReplayFileError } from './model/replay.js'
export type { SocketV2Options } from './v1/socket.js'

/** Which API generations a sandbox serves: V3 (`/api/V3/`, Noren socket), Developer API V1 (`/V1/`, socket V2), or both. */
export type SandboxApi = 'v1' | 'v3' | 'both'

/** Options of {@link startSandbox}; all optional. */
export interface SandboxOptions {
  /** Default 0: an ephemeral port. */
  port?: number
  /** Default `127.0.0.1`: loopback only. */
  host?: string
  /** Same seed, same instruments and the same walk. Default 42. */
  seed?: number | string
  /** Default `[DEMO_ACCOUNT]`. */
  accounts?: SandboxAccount[]
  /** Enforce Firstock's per-user rate limits (quotes 3/s, candles 3/s, orders 200/min, others 10/s). Default true. */
  rateLimits?: boolean
  /** Period of the live walk in ms; 0 = no timer (tests call `market.step()`). Default 250. */
  tickIntervalMs?: number
  /** Instruments moved per step. Default 20 (80 updates/s at 250 ms); e.g. 50 every 10 ms = 5,000 updates/s. */
  tokensPerTick?: number
  /** WebSockets one user may hold at once (Firstock allows 2). Default 2. */
  maxSocketsPerUser?: number
  /** Cash each account starts with. Default 1,000,000. */
  startingCash?: number
  /** The token the control routes (`/__sandbox/…`) require. Default: a new random one per run (see `controlToken`). */
  controlToken?: string
  /**
   * The simulated market's clock: expiries and the instrument list, order and trade times, quotes and candles follow it.
   * A `Date` or an ISO-8601 string starts the clock there and lets it run at real speed (a time without a zone is IST,
   * e.g. `'2026-12-01T15:29'`); a function returning epoch ms is asked every time (return a constant to freeze it).
   * Default: the wall clock. Rate limits, fault durations and TOTP codes always use real time.
   */
  now?: ClockSetting
  /**
   * Trading holidays (`YYYY-MM-DD`, IST) on which no derivative expires; an expiry that falls on one moves to the
   * trading day before. Default: {@link EXCHANGE_HOLIDAYS_2026}, the NSE/BSE list for 2026; other years have weekends only.
   */
  holidays?: readonly string[]
  /**
   * Which API generations to serve. Default `'both'`. `'v3'` leaves `/V1/…` and `/V2/ws` unmounted (404), `'v1'` leaves
   * `/api/V3/…` and `/NorenWSTP/` unmounted. Both share one market, the same accounts, sessions and order books.
   */
  api?: SandboxApi
  /**
   * Market sessions. `'real'` (the default): NSE/BSE equity and F&O have pre-open 09:00–09:15 IST (orders collected,
   * matched at one auction price at 09:15), continuous trading 09:15–15:30 and are closed otherwise, on weekends and on
   * `holidays`; MCX trades 09:00–23:30 on the same days. Outside its session an order is REJECTED
   * (`ORA:Market is closed for NSE`), orders still open at the close are cancelled, and nothing fills or moves; with
   * `replay`, the recorded time decides. `'always-open'`: continuous trading at every moment, so demos and quick trials
   * work at any hour (the default of earlier versions). In both modes contracts expire by the clock: an
   * expired contract stops trading, its open orders are cancelled, its positions settle at the last price, and the
   * calendar's next contracts are listed. Tests should pin the clock to a session moment with `now`, e.g.
   * `now: '2026-12-02T11:00'` (IST).
   */
  marketHours?: MarketHoursMode
  /** Socket V2 (the V1 socket): session cap (default 3), ping interval (default 5000 ms), pong timeout (default 10000 ms). */
  socketV2?: SocketV2Options
  /**
   * Drive the market from recorded ticks instead of the random walk: the clock becomes the recorded time (from the
   * first tick, at `speed`), each tick sets its instrument's last price, quantity and best bid/ask, and the futures
   * and options of a replayed underlying follow it through the pricing model. Times of day in the file are on the
   * last trading day on or before the IST date of `now` (default today), so a replay started on a weekend or a holiday
   * plays the trading day before. With real `marketHours`, the recorded time decides what is in session.
   * `tickIntervalMs` is ignored.
   * @throws TypeError naming `replay` for a file it cannot read or a token the symbol master does not have, and
   * `ReplayFileError` naming the line and column of a bad value.
   */
  replay?: ReplayOptions
}

/** An instrument of the sandbox's master, for tests that need real symbols. */
export interface InstrumentInfo {
  exchange: string
  token: string
  tradingSymbol: string
  companyName: string
  symbolName: string
  instrumentName: string
  lotSize: number
  tickSize: number
  /** `DDMMMYY`, for futures and options. */
  expiry?: string
  strike?: number
  optionType?: 'CE' | 'PE'
}

/** One order, as a test wants to see it. */
export interface OrderView {
  orderNumber: string
  userId: string
  exchange: string
  tradingSymbol: string
  status: OrderStatus
  quantity: number
  fillShares: number
  price: number
  averagePrice: number
  priceType: string
  transactionType: string
  product: string
  remarks: string
  rejectReason: string
}

/** A running sandbox: its URLs, accounts, request log, fault injection and a handle on the simulated market. */
export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  httpUrl: string
  /** `http://127.0.0.1:PORT/api/V3/`: the base URL an SDK client uses. */
  baseUrl: string
  /** `ws://127.0.0.1:PORT/NorenWSTP/` */
  wsUrl: string
  /**
   * The Developer API V1 side (absent with `api: 'v3'`): `baseUrl` `http://127.0.0.1:PORT/V1/` and socket V2 `wsUrl`
   * `ws://127.0.0.1:PORT/V2/ws` (add `?userId=…&jKey=…&source=developer-api`).
   */
  v1?: { baseUrl: string; wsUrl: string }
  accounts: SandboxAccount[]
  /** Every request that reached an /api/V3 or /V1 route, oldest first (also those a fault answered). */
  requests: RequestLogEntry[]
  faults: Faults
  /**
   * This run's token for the HTTP control routes (`POST /__sandbox/faults`, `POST /__sandbox/ws-faults`,
   * `GET /__sandbox/requests`): send it as `Authorization: Bearer <token>`, from a loopback address. In-process,
   * `faults` and `requests` need no token.
   */
  controlToken: string
  /** The simulated market's clock (see {@link SandboxOptions.now}). */
  clock: {
    /** The simulated time now, in ms since the epoch. */
    now(): number
  }
  /** The market-hours mode this sandbox runs in (see {@link SandboxOptions.marketHours}). */
  marketHours: MarketHoursMode
  market: {
    /** Advance the walk `n` steps (default 1); resting orders fill when it crosses them. */
    step(n?: number): void
    /** The current quote of an instrument, or `undefined` for an unknown one. */
    quote(exchange: string, token: string): QuoteSnapshot | undefined
    /** Every instrument the sandbox trades now: expired contracts leave the list, the calendar's next ones join it. */
    instruments(): InstrumentInfo[]
  }
  /** Orders of one user, or of everyone, oldest first. */
  orders(userId?: string): OrderView[]
  /** The next call with any current jKey of this user answers 401 SESSION_EXPIRED. */
  expireSession(userId: string): void
  /** The TOTP code an account would type now. */
  totp(userId?: string): string
  /** With `replay`: settles once the last recorded tick has been played. */
  replayDone?: Promise<void>
  /** Stops the server, closes every socket and the market timer. Safe to call twice. */
  close(): Promise<void>
}

/**
 * Starts a sandbox: a local Firstock V3 HTTP + WebSocket service on loopback with a seeded simulated market.
 *
 * @param options - port (default ephemeral), host (default `127.0.0.1`), seed, accounts, rate limits, market speed.
 * @returns the running {@link Sandbox}; call `close()` when done.
 * @throws the server's `listen` error, e.g. `EADDRINUSE` for a taken port.
 * @example
 * ```ts
 * const sb = await startSandbox({ seed: 42, tickIntervalMs: 0 })
 * const firstock = createFirstock({ version: 'v3', baseUrl: sb.baseUrl, wsUrl: sb.wsUrl, ...DEMO_ACCOUNT })
 * await sb.close()
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const wallNow = () => Date.now()
  const served = options.api ?? 'both'
  if (served !== 'v1' && served !== 'v3' && served !== 'both') throw new TypeError(`api: expected 'v1', 'v3' or 'both' (got ${String(served)})`)
  const clock = simulatedClock(options.now)
  const holidays = new Holidays(options.holidays ?? EXCHANGE_HOLIDAYS_2026)
  // A file's times of day are on the last trading day on or before the clock's date: a weekend replays Friday.
  const recorded = options.replay ? loadReplay(options.replay, holidays.onOrBefore(clock())) : undefined
  const now = recorded ? recorded.now : clock
  const accounts = options.accounts && options.accounts.length > 0 ? options.accounts : [DEMO_ACCOUNT]
  const hours = new MarketHours(marketHoursMode(options.marketHours), holidays)
  const market = new Market({
    seed: options.seed ?? 42,
    now,
    holidays,
    hours,
    tokensPerTick: options.tokensPerTick ?? 20,
    ...(recorded ? { pricingClock: now } : {}),
  })
  const replay = recorded?.bind(market)
  const broker = new Broker(market, now, options.startingCash ?? 1_000_000)
  const sessions = new Sessions()
  const requests: RequestLogEntry[] = []
  const withV1 = served !== 'v3'
  const withV3 = served !== 'v1'
  let hub: StreamHub | undefined
  let v2: SocketV2Hub | undefined
  const faults = new FaultTable(wallNow, {
    dropAll: () => {
      hub?.dropAll()
      v2?.dropAll()
    },
    garbage: () => {
      hub?.sendGarbage()
      v2?.sendGarbage()
    },
  })
  const rateWindows = options.rateLimits ?? true ? new RateWindows() : undefined
  const controlToken = options.controlToken ?? newControlToken()
  const model = { market, broker, sessions, accounts, now, holidays, amo: new AmoBook(market, broker, now, holidays), gtt: new GttBook(market, broker, now) }
  const frontDeps = { faults, requests, wallNow }
  const fronts: Array<{ prefix: string; front: HttpFront }> = []
  const sockets: Array<{ path: string; hub: StreamHub | SocketV2Hub }> = []
  if (withV3) {
    fronts.push({ prefix: V3_PREFIX, front: new HttpFront(new V3Dialect({ model, now, wallNow, rateWindows }), frontDeps) })
    hub = new StreamHub({ market, broker, sessions, faults: () => faults, maxSocketsPerUser: options.maxSocketsPerUser ?? 2 })
    sockets.push({ path: WS_PATH.replace(/\/+$/, ''), hub })
  }
  if (withV1) {
    fronts.push({ prefix: V1_PREFIX, front: new HttpFront(new V1Dialect({ model, wallNow, rateWindows }), frontDeps) })
    v2 = new SocketV2Hub({ market, broker, sessions, faults: () => faults, now, wallNow, options: options.socketV2 ?? {} })
    sockets.push({ path: V2_WS_PATH, hub: v2 })
  }
  const unmounted = [...(withV3 ? [] : [V3_PREFIX]), ...(withV1 ? [] : [V1_PREFIX])]
  const shell = await listen({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    fronts,
    unmounted,
    sockets,
    market,
    faults,
    requests,
    controlToken,
  })
  const origin = shell.origin

  const interval = replay ? 0 : (options.tickIntervalMs ?? 250)
  const timer = interval > 0 ? setInterval(() => market.step(), interval) : undefined
  timer?.unref()
  replay?.start()

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      if (timer) clearInterval(timer)
      replay?.stop()
      await v2?.close()
      await hub?.close()
      await shell.close()
    })()
    return closing
  }

  return {
    httpUrl: `http://${origin}`,
    baseUrl: `http://${origin}/api/V3/`,
    wsUrl: `ws://${origin}${WS_PATH}`,
    ...(withV1 ? { v1: { baseUrl: `http://${origin}${V1_PREFIX}`, wsUrl: `ws://${origin}${V2_WS_PATH}` } } : {}),
    ...(replay ? { replayDone: replay.done } : {}),
    accounts,
    requests,
    controlToken,
    faults: {
      inject: (rule) => faults.inject(rule),
      ws: (rule) => faults.ws(rule),
      clear: () => faults.clear(),
    },
    clock: { now },
    marketHours: hours.mode,
    market: {
      step: (n) => market.step(n),
      quote: (exchange, token) => {
        const inst = market.get(exchange, token)
        return inst ? market.snapshot(inst) : undefined
      },
      instruments: () =>
        market.list.map((i) => ({
          exchange: i.exchange,
          token: i.token,
          tradingSymbol: i.tradingSymbol,
          companyName: i.companyName,
          symbolName: i.symbolName,
          instrumentName: i.instrumentName,
          lotSize: i.lotSize,
          tickSize: i.tickSize,
          ...(i.expiry !== undefined ? { expiry: ddmmmyy(i.expiry) } : {}),
          ...(i.strike !== undefined ? { strike: i.strike } : {}),
          ...(i.optionType ? { optionType: i.optionType } : {}),
        })),
    },
    orders: (userId) =>
      broker.orders(userId).map((o) => ({
        orderNumber: o.orderNumber,
        userId: o.userId,
        exchange: o.inst.exchange,
        tradingSymbol: o.inst.tradingSymbol,
        status: o.status,
        quantity: o.quantity,
        fillShares: o.fillShares,
        price: o.price,
        averagePrice: o.averagePrice,
        priceType: o.priceType,
        transactionType: o.transactionType,
        product: o.product,
        remarks: o.remarks,
        rejectReason: o.rejectReason,
      })),
    expireSession: (userId) => sessions.expire(userId),
    totp: (userId) => {
      const account = (userId && accounts.find((a) => a.userId === userId)) || accounts[0]!
      return totp(account.totpSecret, wallNow())
    },
    close,
  }
}

/**
 * RFC 6238 code for a base32 secret at a time (default now): what an authenticator app shows.
 * @param secret - the base32 TOTP secret.
 * @param atMs - the time, ms since the epoch.
 * @example
 * ```ts
 * generateTotp(DEMO_ACCOUNT.totpSecret) // e.g. '492039'
 * ```
 */
export function generateTotp(secret: string, atMs: number = Date.now()): string {
  return totp(secret, atMs)
}
