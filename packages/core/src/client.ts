import type { Endpoint } from './define-endpoint.js'
import type { RateLimiter, RateLimits } from './limiter.js'
import type { OrderLimits, TickInfo } from './order-guard.js'
import type { Session, SessionStore } from './session.js'
import type { ServerClock, Transport } from './transport.js'

/** The API generations this SDK speaks. Firstock recommends naming the version explicitly. */
export type ApiVersion = 'v3' | 'v1'

/** One API generation as data: its hosts, limits and endpoint rows. */
export interface Registry<Endpoints extends Record<string, Endpoint> = Record<string, Endpoint>> {
  readonly version: ApiVersion
  readonly baseUrl: string
  readonly wsUrl: string
  readonly limits: RateLimits
  readonly endpoints: Endpoints
}

/** pino-style logger. Lines the SDK writes are already redacted. */
export interface Logger {
  /** Verbose details (each call and retry). */
  debug?(details: object, message?: string): void
  /** Notable events (a login, a renewed session). */
  info?(details: object, message?: string): void
  /** Something degraded but handled (a retry, a stale cache). */
  warn?(details: object, message?: string): void
  /** A failure the caller will see. */
  error?(details: object, message?: string): void
}

/** How `call()` retries `safe` endpoints (reads) on network errors, 429 and 5xx. */
export interface RetryOptions {
  /** Attempts in total for a `safe` endpoint, including the first. */
  attempts: number
  /** First backoff delay; doubles per attempt, with jitter. */
  baseDelayMs: number
  maxDelayMs: number
}

/** 3 attempts, 200 ms first backoff, at most 5 s. */
export const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 }
/** 10 s per attempt. */
export const DEFAULT_TIMEOUT_MS = 10_000

/** Everything `call()` needs. `createFirstock` in `@firstock/node` builds one; tests can build their own. */
export interface Client {
  readonly registry: Registry
  /** Base URL of the version, ending in `/`, e.g. `https://connect.thefirstock.com/api/V3/`. */
  readonly baseUrl: string
  readonly transport: Transport
  readonly userId: string
  readonly sessions: SessionStore
  readonly limiter?: RateLimiter | undefined
  readonly retry?: RetryOptions | undefined
  /** Per-attempt timeout in ms. */
  readonly timeoutMs?: number | undefined
  /** The largest answer accepted, in bytes after decompression (default 8 MiB); a larger one is a `NetworkError`. */
  readonly maxResponseBytes?: number | undefined
  readonly logger?: Logger | undefined
  /** The fat-finger guard: ceilings on one order's quantity and value, checked before an order is sent. Off by default. */
  readonly orderLimits?: OrderLimits | undefined
  /**
   * The instrument of an order, when known (the node client answers from its loaded symbol masters): prices are then
   * checked against its tick size and sent at its precision.
   */
  readonly instrumentOf?: ((exchange: string, tradingSymbol: string) => TickInfo | undefined) | undefined
  /**
   * Obtains a fresh session after the server rejected the current one (or when there is none yet).
   * `call()` runs at most one renewal at a time per client and replays only `safe` endpoints.
   */
  readonly renewSession?: (() => Promise<Session | undefined>) | undefined
  /** Kept up to date by `call()` from every successful answer: reconcile reads order times against it. */
  readonly serverClock?: ServerClock | undefined
}

/** Per-call options every endpoint method takes. */
export interface CallOptions {
  signal?: AbortSignal | undefined
  /** Per-attempt timeout in ms; overrides the client's. */
  timeout?: number | undefined
}

/**
 * What a WebSocket stream needs from a client: who the user is, the current session, and (optionally) a way to
 * renew it once when the server refuses it. `createFirstock()` returns an object that satisfies this.
 */
export interface SessionProvider {
  readonly userId: string
  /** WebSocket URL of the API generation, e.g. `wss://norenapi.thefirstock.com/NorenWSTP/`. */
  readonly wsUrl: string
  /** The current session, if logged in. */
  getSession(): Promise<Session | undefined>
  /**
   * Logs in again when the server refused `stale` (the session it was given); optional. When the session was already
   * replaced by another caller, the current one is returned instead of logging in again.
   */
  renewSession?: ((stale?: Session) => Promise<Session | undefined>) | undefined
}
