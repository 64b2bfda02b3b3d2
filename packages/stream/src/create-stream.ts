import {
  createMerger,
  FirstockError,
  registerSecret,
  toOptionGreeks,
  toOrderUpdate,
  toPositionUpdate,
  ValidationError,
  type Depth,
  type OptionGreeks,
  type OrderUpdate,
  type PositionUpdate,
  type Scrip,
  type StreamChannel,
  type StreamFrame,
  type Tick,
} from '@firstock/core'
import { createConnection } from './connection.js'
import { StreamConsumerTooSlowError } from './errors.js'
import { createFeed, type Feed } from './iterator.js'
import { createOrderResync } from './order-resync.js'
import { resolveOptions } from './options.js'
import { createSubscriptions } from './subscriptions.js'
import { resolveScrips, type SymbolInput } from './symbols.js'
import type { IterateOptions, Stream, StreamEvents, StreamOptions, StreamState, Unsubscribe } from './types.js'

// The public front: listeners, `for await` iterators with their buffers, order updates (never dropped, resynced
// after a reconnect) and the merged market data. The socket lives in connection.ts, the subscriptions in
// subscriptions.ts, the wire format in the protocol adapter from `@firstock/core`.

/**
 * Opens a Firstock WebSocket stream: merged ticks, depth and order updates, with reconnects and resubscription.
 *
 * @param options - a `session` or a `provider` (the node client), and optional URL, WebSocket ponyfill and tuning.
 * @returns the stream; it connects at once. Iterators and `ready()` reject with `SessionError` (`WS_AUTH_REFUSED`)
 *   or `ApiError` (`WS_SOCKET_LIMIT`) on a fatal refusal; a dropped socket only reconnects.
 * @throws `ValidationError` (from `@firstock/core`) when neither `session` nor `provider` is given, a token is
 *   malformed, or the URL is not `wss:` (plain `ws:` is allowed to loopback hosts only: `INSECURE_URL`).
 * @example
 * ```ts
 * const stream = createStream({ provider: firstock })
 * for await (const tick of stream.touchline(['NSE|26000'])) {
 *   if (tick.lastPrice !== undefined && tick.lastPrice > 24_000) break // break unsubscribes
 * }
 * await stream.close()
 * ```
 */
export function createStream(options: StreamOptions): Stream {
  const { provider } = options
  if (!options.session && !provider) {
    throw new ValidationError('createStream: give a session or a provider', {
      code: 'INVALID_INPUT',
      field: 'session',
      direction: 'request',
    })
  }
  const resolved = resolveOptions(options)
  const { protocol, version, bufferSize, orderBufferSize, readOrderBook, watchdogMs, subscribeTimeoutMs } = resolved
  const logger = options.logger
  if (options.session) registerSecret(options.session.jKey)

  let state: StreamState = { status: 'connecting' }
  let dropped = 0
  let closing: Promise<void> | undefined
  let terminalError: FirstockError | undefined
  const readyWaiters = new Set<{ resolve: () => void; reject: (e: unknown) => void }>()
  const merger = createMerger()
  let orderCount = 0
  const orderFeeds = new Set<Feed<OrderUpdate>>()
  const positionFeeds = new Set<Feed<PositionUpdate>>()
  let confirmTimer: ReturnType<typeof setInterval> | undefined
  const listeners: { [E in keyof StreamEvents]: Set<(value: StreamEvents[E]) => void> } = {
    tick: new Set(),
    depth: new Set(),
    order: new Set(),
    state: new Set(),
    error: new Set(),
    position: new Set(),
    greeks: new Set(),
    unconfirmed: new Set(),
  }

  const connection = createConnection({
    ...resolved,
    session: options.session,
    provider,
    logger,
    watched: () => (subs.size > 0 ? 'market' : orderCount > 0 ? 'orders' : 'none'),
    onAccepted,
    onFrame,
    onLost: () => {
      stopConfirming()
      orderResync.disconnected()
    },
    onFatal: fail,
    onState: setState,
  })
  const subs = createSubscriptions(protocol, (text) => connection.send(text))
  const orderResync = createOrderResync({
    read: readOrderBook,
    deliver: deliverOrder,
    fail: (error) => {
      logger?.warn?.({ code: error.code }, error.message)
      emit('error', error)
    },
    timeoutMs: watchdogMs,
    logger,
  })

  // ---- events ----

  function emit<E extends keyof StreamEvents>(event: E, value: StreamEvents[E]): void {
    for (const fn of listeners[event]) {
      try {
        fn(value)
      } catch (cause) {
        // A listener's bug must not kill the socket; report it, and never throw from here.
        if (event !== 'error') {
          emit('error', new FirstockError(`stream: a '${event}' listener threw`, { code: 'LISTENER_ERROR', endpoint: 'stream', cause }))
        }
      }
    }
  }

  function setState(next: StreamState): void {
    state = next
    logger?.debug?.({ ...next, error: next.status === 'closed' ? next.error?.message : undefined }, 'stream state')
    emit('state', next)
    if (next.status !== 'open') return
    for (const w of readyWaiters) w.resolve()
    readyWaiters.clear()
  }

  function onAccepted(): void {
    // Fresh socket, fresh state: the snapshots that answer the subscriptions below replace the old merged state.
    merger.clear()
    subs.resubscribe()
    if (orderCount > 0) {
      connection.send(protocol.subscribeOrders(connection.userId))
      orderResync.connected()
    }
    stopConfirming()
    confirmTimer = setInterval(confirm, Math.max(10, Math.min(subscribeTimeoutMs / 4, 1_000)))
    ;(confirmTimer as { unref?: () => void }).unref?.()
  }

  function stopConfirming(): void {
    clearInterval(confirmTimer)
    confirmTimer = undefined
  }

  /** Reports the subscriptions that have had no frame within `subscribeTimeoutMs` (once per socket). */
  function confirm(): void {
    const overdue = subs.overdue(subscribeTimeoutMs)
    if (overdue.length === 0) return
    const byChannel = new Map<StreamChannel, string[]>()
    for (const route of overdue) {
      const keys = byChannel.get(route.channel) ?? []
      keys.push(route.scrip.key)
      byChannel.set(route.channel, keys)
    }
    for (const [channel, keys] of byChannel) {
      logger?.warn?.({ channel, keys }, 'stream: subscriptions without a frame')
      emit('unconfirmed', { channel, keys })
    }
  }

  // ---- frames ----

  function onFrame(frame: StreamFrame): void {
    switch (frame.t) {
      case 'tk':
      case 'tf':
        return void market('touchline', frame)
      case 'dk':
      case 'df':
        return void market('depth', frame)
      case 'mk':
        market('touchline', frame)
        market('depth', frame)
        return
      case 'om':
        if (orderCount > 0) orderResync.live(toOrderUpdate(frame))
        return
      case 'pm': {
        if (positionFeeds.size === 0 && listeners.position.size === 0) return
        const update = toPositionUpdate(frame)
        for (const feed of positionFeeds) feed.push(update)
        emit('position', update)
        return
      }
      case 'gk': {
        const route = subs.route('greeks', frame.e, frame.tk)
        if (!route) return
        route.live = true
        const greeks = toOptionGreeks(frame)
        for (const feed of route.feeds) feed.push(greeks)
        emit('greeks', greeks)
        return
      }
      default:
        return // acks: uk, udk, ok, uok
    }
  }

  function market(channel: 'touchline' | 'depth', frame: StreamFrame & { t: 'tk' | 'tf' | 'dk' | 'df' | 'mk' }): void {
    const route = subs.route(channel, frame.e, frame.tk)
    if (!route) return // late frame for a scrip nobody wants any more
    const value = channel === 'touchline' ? protocol.touchline(merger, frame) : protocol.depth(merger, frame)
    if (!value) return // a partial before the scrip's snapshot: nothing to report yet
    route.live = true
    for (const feed of route.feeds) feed.push(value)
    if (channel === 'touchline') {
      if (listeners.tick.size > 0) emit('tick', value as Tick)
    } else if (listeners.depth.size > 0) emit('depth', value as Depth)
  }

  // ---- subscriptions ----

  function acquire(channel: StreamChannel, scrips: readonly Scrip[], feed?: Feed<unknown>): void {
    if (subs.size === 0) connection.touch() // the watchdog counts silence from now
    for (const route of subs.acquire(channel, scrips, feed)) {
      // Already live for someone else: give the newcomer the current state at once.
      const s = route.scrip
      const current = channel === 'touchline' ? merger.getTick(s.exchange, s.token) : merger.getDepth(s.exchange, s.token)
      if (current) feed?.push(current)
    }
  }

  function release(channel: StreamChannel, scrips: readonly Scrip[], feed?: Feed<unknown>): void {
    for (const scrip of subs.release(channel, scrips, feed)) {
      if (channel !== 'greeks') merger.forget(channel, scrip.exchange, scrip.token)
    }
  }

  /** One order update, live or resynced, to every order iterator and listener. */
  function deliverOrder(update: OrderUpdate): void {
    for (const feed of orderFeeds) feed.push(update)
    emit('order', update)
  }

  function acquireOrders(): void {
    if (orderCount > 0) return void orderCount++
    if (subs.size === 0) connection.touch() // the watchdog counts silence from now
    orderCount++
    if (!connection.isOpen()) return // sent with the others once the socket is accepted
    connection.send(protocol.subscribeOrders(connection.userId))
    orderResync.connected()
  }

  function releaseOrders(): void {
    if (orderCount === 0 || --orderCount > 0) return
    connection.send(protocol.unsubscribeOrders())
    orderResync.reset()
  }

  function once(fn: () => void): Unsubscribe {
    let done = false
    return () => {
      if (!done) {
        done = true
        fn()
      }
    }
  }

  function assertUsable(what: string): void {
    if ((what === 'greeks' || what === 'positions') && version !== 'v1') {
      throw new ValidationError(`stream: ${what} exist on API V1 (socket V2) only; this stream speaks ${version}`, {
        code: 'UNSUPPORTED',
        field: what,
        direction: 'request',
      })
    }
    if (terminalError) throw terminalError
    if (closing) throw new FirstockError(`stream: ${what} after close()`, { code: 'STREAM_CLOSED', endpoint: 'stream' })
  }

  function marketIterator<T>(channel: StreamChannel, tokens: readonly SymbolInput[] | SymbolInput, opts: IterateOptions = {}): AsyncIterableIterator<T> {
    const scrips = resolveScrips(tokens, options.instruments)
    assertUsable(channel)
    if (opts.signal?.aborted) return finishedIterator<T>()
    let feed!: Feed<T>
    feed = createFeed<T>({
      bufferSize: opts.bufferSize ?? bufferSize,
      onDrop: () => dropped++,
      onClose: () => release(channel, scrips, feed as Feed<unknown>),
      signal: opts.signal,
    })
    acquire(channel, scrips, feed as Feed<unknown>)
    return feed.iterator
  }

  // ---- shutdown ----

  function endFeeds(error?: FirstockError): void {
    stopConfirming()
    for (const feed of new Set([...orderFeeds, ...positionFeeds, ...subs.feeds()])) feed.end(error)
    subs.clear()
    orderFeeds.clear()
    positionFeeds.clear()
    orderCount = 0
    orderResync.reset()
  }

  function fail(error: FirstockError): void {
    if (terminalError || closing) return
    terminalError = error
    logger?.error?.({ code: error.code }, error.message)
    connection.fail()
    closing = connection.disposing
    endFeeds(error)
    for (const w of readyWaiters) w.reject(error)
    readyWaiters.clear()
    emit('error', error)
    setState({ status: 'closed', error })
  }

  return {
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>
      set.add(listener)
      return once(() => set.delete(listener))
    },
    subscribe(kind: 'touchline' | 'depth' | 'greeks' | 'orders', tokens?: readonly SymbolInput[] | SymbolInput): Unsubscribe {
      if (kind === 'orders') {
        assertUsable(kind)
        acquireOrders()
        return once(() => releaseOrders())
      }
      const scrips = resolveScrips(tokens ?? [], options.instruments)
      assertUsable(kind)
      acquire(kind, scrips)
      return once(() => release(kind, scrips))
    },
    touchline: (tokens, opts) => marketIterator<Tick>('touchline', tokens, opts),
    depth: (tokens, opts) => marketIterator<Depth>('depth', tokens, opts),
    greeks: (tokens, opts) => marketIterator<OptionGreeks>('greeks', tokens, opts),
    positions(opts = {}) {
      assertUsable('positions')
      if (opts.signal?.aborted) return finishedIterator<PositionUpdate>()
      let feed!: Feed<PositionUpdate>
      feed = createFeed<PositionUpdate>({
        bufferSize: opts.bufferSize ?? bufferSize,
        onDrop: () => dropped++,
        onClose: () => positionFeeds.delete(feed),
        signal: opts.signal,
      })
      positionFeeds.add(feed)
      return feed.iterator
    },
    version,
    orders(opts = {}) {
      assertUsable('orders')
      if (opts.signal?.aborted) return finishedIterator<OrderUpdate>()
      let feed!: Feed<OrderUpdate>
      feed = createFeed<OrderUpdate>({
        bufferSize: orderBufferSize,
        // Never drop an order update: end this iterator with a typed error (after what it holds) instead.
        onOverflow: () => {
          const error = new StreamConsumerTooSlowError(orderBufferSize)
          feed.end(error)
          emit('error', error)
        },
        onClose: () => {
          if (orderFeeds.delete(feed)) releaseOrders()
        },
        signal: opts.signal,
      })
      orderFeeds.add(feed)
      acquireOrders()
      return feed.iterator
    },
    ready() {
      if (terminalError) return Promise.reject(terminalError)
      if (closing) return Promise.reject(new FirstockError('stream: closed', { code: 'STREAM_CLOSED', endpoint: 'stream' }))
      if (connection.isOpen()) return Promise.resolve()
      return new Promise((resolve, reject) => readyWaiters.add({ resolve, reject }))
    },
    get state() {
      return state
    },
    get dropped() {
      return dropped
    },
    get subscriptions() {
      const base = { touchline: subs.keys('touchline'), depth: subs.keys('depth'), orders: orderCount > 0 }
      return protocol.channels.has('greeks') ? { ...base, greeks: subs.keys('greeks') } : base
    },
    close() {
      if (closing) return closing
      const closed = connection.close()
      endFeeds()
      const error = new FirstockError('stream: closed', { code: 'STREAM_CLOSED', endpoint: 'stream' })
      for (const w of readyWaiters) w.reject(error)
      readyWaiters.clear()
      setState({ status: 'closed' })
      closing = closed
      return closing
    },
  }
}

function finishedIterator<T>(): AsyncIterableIterator<T> {
  const feed = createFeed<T>({ bufferSize: 1, onClose: () => {} })
  feed.end()
  return feed.iterator
}
