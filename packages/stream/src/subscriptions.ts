import type { Scrip, StreamChannel, StreamProtocol } from '@firstock/core'
import type { Feed } from './iterator.js'

// The subscription set: every scrip subscribed per channel, reference-counted, in one map; what is on the wire;
// and the messages that put it back on a new socket. Channels that share one wire subscription (socket V2 sends
// touchline and depth in one record) are subscribed once and unsubscribed when the last of them goes.

/** Scrips per subscribe message when re-subscribing many at once. */
const SCRIPS_PER_MESSAGE = 100

export interface Route {
  readonly channel: StreamChannel
  readonly scrip: Scrip
  count: number
  readonly feeds: Set<Feed<unknown>>
  /** A frame arrived for it on the current socket (the only sign of a live subscription on socket V2). */
  live: boolean
  /** Subscription order, so `keys()` lists scrips in the order they were subscribed. */
  readonly seq: number
  /** When it was last sent (ms); `unconfirmed` counts from here. */
  since: number
  /** Already reported as unconfirmed on this socket. */
  reported: boolean
}

export interface Subscriptions {
  /** The route of a frame, looked up by exchange then token (no `EXCH|TOKEN` string per frame). */
  route(channel: StreamChannel, exchange: string, token: string): Route | undefined
  /** Adds one reference per scrip; returns the routes that were already live for someone else. */
  acquire(channel: StreamChannel, scrips: readonly Scrip[], feed?: Feed<unknown>): Route[]
  /** Drops one reference per scrip; returns the scrips nobody wants any more. */
  release(channel: StreamChannel, scrips: readonly Scrip[], feed?: Feed<unknown>): Scrip[]
  /** Every subscription again, for a new socket; marks them all not yet live. */
  resubscribe(): void
  /** Scrip keys (`EXCH|TOKEN`) subscribed on a channel. */
  keys(channel: StreamChannel): string[]
  /** Subscriptions sent at least `timeoutMs` ago without a frame since, not yet reported; marks them reported. */
  overdue(timeoutMs: number): Route[]
  readonly size: number
  /** Every feed, for the end of the stream. */
  feeds(): Feed<unknown>[]
  clear(): void
}

export function createSubscriptions(protocol: StreamProtocol, send: (text: string) => void): Subscriptions {
  // channel → exchange → token → route: the one map of subscriptions.
  const routes = new Map<StreamChannel, Map<string, Map<string, Route>>>()
  let size = 0
  let seq = 0

  const tokensOf = (channel: StreamChannel, exchange: string, create: boolean) => {
    let byExchange = routes.get(channel)
    if (!byExchange) {
      if (!create) return undefined
      routes.set(channel, (byExchange = new Map()))
    }
    let tokens = byExchange.get(exchange)
    if (!tokens && create) byExchange.set(exchange, (tokens = new Map()))
    return tokens
  }

  function* all(channel?: StreamChannel): Generator<Route> {
    for (const [c, byExchange] of routes) {
      if (channel !== undefined && c !== channel) continue
      for (const tokens of byExchange.values()) yield* tokens.values()
    }
  }

  /** Whether another channel sharing `channel`'s wire subscription still holds the scrip. */
  function sharedOnWire(channel: StreamChannel, scrip: Scrip): boolean {
    const wire = protocol.wireChannel(channel)
    for (const other of routes.keys()) {
      if (other !== channel && protocol.wireChannel(other) === wire && tokensOf(other, scrip.exchange, false)?.has(scrip.token)) return true
    }
    return false
  }

  function sendBatched(encode: (scrips: readonly Scrip[]) => string, scrips: readonly Scrip[]): void {
    for (let i = 0; i < scrips.length; i += SCRIPS_PER_MESSAGE) send(encode(scrips.slice(i, i + SCRIPS_PER_MESSAGE)))
  }

  return {
    route: (channel, exchange, token) => routes.get(channel)?.get(exchange)?.get(token),
    acquire(channel, scrips, feed) {
      const fresh: Scrip[] = []
      const existing: Route[] = []
      for (const scrip of scrips) {
        const tokens = tokensOf(channel, scrip.exchange, true)!
        let route = tokens.get(scrip.token)
        if (!route) {
          if (!sharedOnWire(channel, scrip)) fresh.push(scrip)
          route = { channel, scrip, count: 0, feeds: new Set(), live: false, seq: seq++, since: Date.now(), reported: false }
          tokens.set(scrip.token, route)
          size++
        } else if (feed) {
          existing.push(route)
        }
        route.count++
        if (feed) route.feeds.add(feed)
      }
      if (fresh.length > 0) sendBatched((s) => protocol.subscribe(channel, s), fresh)
      return existing
    },
    release(channel, scrips, feed) {
      const gone: Scrip[] = []
      const offWire: Scrip[] = []
      for (const scrip of scrips) {
        const tokens = tokensOf(channel, scrip.exchange, false)
        const route = tokens?.get(scrip.token)
        if (!tokens || !route) continue
        if (feed) route.feeds.delete(feed)
        if (--route.count > 0) continue
        tokens.delete(scrip.token)
        size--
        gone.push(scrip)
        if (!sharedOnWire(channel, scrip)) offWire.push(scrip)
      }
      if (offWire.length > 0) sendBatched((s) => protocol.unsubscribe(channel, s), offWire)
      return gone
    },
    resubscribe() {
      const sent = new Map<string, Set<string>>()
      const now = Date.now()
      for (const channel of routes.keys()) {
        const wire = protocol.wireChannel(channel)
        let keys = sent.get(wire)
        if (!keys) sent.set(wire, (keys = new Set()))
        const scrips: Scrip[] = []
        for (const route of all(channel)) {
          route.live = false
          route.reported = false
          route.since = now
          if (keys.has(route.scrip.key)) continue
          keys.add(route.scrip.key)
          scrips.push(route.scrip)
        }
        sendBatched((s) => protocol.subscribe(channel, s), scrips)
      }
    },
    keys: (channel) => [...all(channel)].sort((a, b) => a.seq - b.seq).map((r) => r.scrip.key),
    overdue(timeoutMs) {
      const before = Date.now() - timeoutMs
      const out = [...all()].filter((r) => !r.live && !r.reported && r.since <= before)
      for (const route of out) route.reported = true
      return out
    },
    get size() {
      return size
    },
    feeds() {
      const out = new Set<Feed<unknown>>()
      for (const route of all()) for (const feed of route.feeds) out.add(feed)
      return [...out]
    },
    clear() {
      routes.clear()
      size = 0
    },
  }
}
