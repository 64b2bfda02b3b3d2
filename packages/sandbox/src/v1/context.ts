import type { SandboxAccount, Sessions } from '../model/accounts.js'
import type { AmoBook } from '../model/amo.js'
import type { Holidays } from '../model/calendar.js'
import type { GttBook } from '../model/gtt.js'
import type { Market } from '../model/market.js'
import type { Broker } from '../model/broker.js'
import type { Body, Reply } from './wire.js'

/** The model the V1 dialect drives: the same market, books, sessions and accounts as V3. */
export interface V1Model {
  market: Market
  broker: Broker
  sessions: Sessions
  accounts: SandboxAccount[]
  amo: AmoBook
  gtt: GttBook
  holidays: Holidays
  /** The simulated market's clock. */
  now: () => number
}

export interface V1Context {
  body: Body
  userId: string
  /** Simulated time. */
  now: number
  /** Real time (TOTP codes). */
  wallNow: number
  /** `HH:MM:SS DD-MM-YYYY` of `now`. */
  rt: string
  /** A `rejectLeg` fault on this request: the 1-based leg to refuse, -1 for the last. */
  rejectLeg?: number
}

/** V1 rate-limit buckets (docs/developer-api-protocol.md §1.1): quotes 3/s, historical 3/s, order placement 10/s, others 10/s. */
export type V1Bucket = 'quote' | 'candle' | 'order' | 'other'

export interface V1Route {
  /** Endpoint name, as the fault table and the request log know it (`getQuoteLtp` for `getQuote/ltp`). */
  name: string
  auth: boolean
  bucket: V1Bucket
  handle: (ctx: V1Context) => Reply
}

export type RouteTable = Map<string, V1Route>
