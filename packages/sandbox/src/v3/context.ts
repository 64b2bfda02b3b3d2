import type { SandboxAccount, Sessions } from '../model/accounts.js'
import type { Broker } from '../model/broker.js'
import type { Market } from '../model/market.js'
import type { Body, Reply } from './wire.js'

/** The model the V3 dialect drives (the same one V1 drives). */
export interface V3Model {
  market: Market
  broker: Broker
  sessions: Sessions
  accounts: SandboxAccount[]
}

/** V3 rate-limit buckets: quotes 3/s, candles 3/s, orders 200/min, others 10/s. */
export type Bucket = 'quote' | 'candle' | 'order' | 'other'

export interface Context {
  body: Body
  userId: string
  /** Simulated time (the market's clock). */
  now: number
  /** Real time, for TOTP codes. */
  wallNow: number
  rt: string
  /** A `rejectLeg` fault on this request: the 1-based leg to refuse, -1 for the last. */
  rejectLeg?: number
}

export interface Route {
  /** Endpoint name, as the fault table and the request log know it (`getQuoteLtp` for `getQuote/ltp`). */
  name: string
  required: string[]
  auth: 'session' | 'none' | 'optional'
  bucket: Bucket
  handle: (ctx: Context) => Reply
}

/** Registers a route under its path (below `/api/V3/`); the name defaults to the path. */
export type AddRoute = (path: string, route: Omit<Route, 'name'> & { name?: string }) => void

/** A route that needs a session (userId + jKey) and these fields. */
export const session = (required: string[], bucket: Bucket, handle: Route['handle']) => ({
  required,
  auth: 'session' as const,
  bucket,
  handle,
})
