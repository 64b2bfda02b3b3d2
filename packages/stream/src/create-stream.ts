import {
  ApiError,
  createMerger,
  decodeFrame,
  encodeConnect,
  encodeDepth,
  encodeDepthUnsubscribe,
  encodeHeartbeat,
  encodeOrders,
  encodeOrdersUnsubscribe,
  encodeTouchline,
  encodeTouchlineUnsubscribe,
  FirstockError,
  isFirstockError,
  NetworkError,
  registerSecret,
  scrub,
  SessionError,
  toOrderUpdate,
  ValidationError,
  type Depth,
  type OrderUpdate,
  type Scrip,
  type ServerFrame,
  type Session,
  type Tick,
} from '@firstock/core'
import { backoffDelay } from './backoff.js'
import { StreamConsumerTooSlowError } from './errors.js'
import { createFeed, type Feed } from './iterator.js'
import { createOrderResync } from './order-resync.js'
import { resolveOptions } from './options.js'
import { resolveScrips, type SymbolInput } from './symbols.js'
import {
  CLOSE_GRACE_MS,
  type IterateOptions,
  type Stream,
  type StreamEvents,
  type StreamOptions,
  type StreamState,
  type Unsubscribe,
  type WebSocketLike,
} from './types.js'

/** Scrips per subscribe message when re-subscribing many at once. */
const SCRIPS_PER_MESSAGE = 100
const OPEN = 1
const CLOSED = 3
/** A refusal that names the per-user socket cap (JS3: "Websocket 1 and 2 are allowed"). */
const SOCKET_LIMIT = /socket|limit|allowed|maximum|too many/i

type Kind = 'touchline' | 'depth'
interface Route<T> {
  scrip: Scrip
  count: number
  feeds: Set<Feed<T>>
}

const setTimer = (fn: () => void, ms: number, unref: boolean) => {
  const t = setTimeout(fn, ms)
  if (unref) (t as { unref?: () => void }).unref?.()
  return t
}

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
  const {
    url, WebSocketImpl, reconnect, heartbeatMs, watchdogMs, connectTimeoutMs, bufferSize, orderBufferSize, readOrderBook,
  } = resolveOptions(options)
  const logger = options.logger
  const userId = options.session?.userId ?? provider?.userId ?? ''
  if (options.session) registerSecret(options.session.jKey)

  let session: Session | undefined = options.session
  let state: StreamState = { status: 'connecting' }
  let dropped = 0
  let socket: WebSocketLike | undefined
  let generation = 0
  let attempt = 0
  let renewed = false
  let accepted = false
  let lastFrameAt = Date.now()
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  let connectTimer: ReturnType<typeof setTimeout> | undefined
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined
  let watchdogTimer: ReturnType<typeof setInterval> | undefined
  let stableTimer: ReturnType<typeof setTimeout> | undefined
  let probed = false
  let closing: Promise<void> | undefined
  let disposing: Promise<void> = Promise.resolve()
  let terminalError: FirstockError | undefined
  const readyWaiters = new Set<{ resolve: () => void; reject: (e: unknown) => void }>()

  const merger = createMerger()
  const routes: { touchline: Map<string, Route<Tick>>; depth: Map<string, Route<Depth>> } = {
    touchline: new Map(),
    depth: new Map(),
  }
  // The same routes by exchange then token, so a frame finds its route without building an `EXCH|TOKEN` string.
  const byExchange: { touchline: Map<string, Map<string, Route<Tick>>>; depth: Map<string, Map<string, Route<Depth>>> } = {
    touchline: new Map(),
    depth: new Map(),
  }
  let orderCount = 0
  const orderFeeds = new Set<Feed<OrderUpdate>>()
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
  const listeners: { [E in keyof StreamEvents]: Set<(value: StreamEvents[E]) => void> } = {
    tick: new Set(),
    depth: new Set(),
    order: new Set(),
    state: new Set(),
    error: new Set(),
  }

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
  }

  // ---- socket ----

  const isOpen = () => socket !== undefined && accepted && socket.readyState === OPEN
  const hasMarketData = () => routes.touchline.size > 0 || routes.depth.size > 0

  function send(text: string): void {
    if (isOpen()) (socket as WebSocketLike).send(text)
  }

  function sendBatched(encode: (scrips: readonly Scrip[]) => string, scrips: readonly Scrip[]): void {
    for (let i = 0; i < scrips.length; i += SCRIPS_PER_MESSAGE) send(encode(scrips.slice(i, i + SCRIPS_PER_MESSAGE)))
  }

  async function currentSession(): Promise<Session | undefined> {
    if (!provider) return session
    return (await provider.getSession()) ?? (await renew())
  }

  async function renew(): Promise<Session | undefined> {
    if (!provider?.renewSession) return undefined
    renewed = true
    return provider.renewSession(session)
  }

  async function connect(useRenewed = false): Promise<void> {
    const gen = ++generation
    setState({ status: 'connecting' })
    let s: Session | undefined
    try {
      s = useRenewed ? await renew() : await currentSession()
    } catch (cause) {
      if (gen !== generation || terminalError || closing) return
      // A network hiccup while logging in again is worth another try; anything else is not.
      if (isFirstockError(cause) && cause.retryable) return scheduleReconnect()
      return fail(isFirstockError(cause) ? cause : new SessionError('stream: could not obtain a session', sessionErrorOptions('NO_SESSION', cause)))
    }
    if (gen !== generation || terminalError || closing) return
    if (!s) return fail(new SessionError('stream: no session: log in first', sessionErrorOptions('NO_SESSION')))
    session = s
    registerSecret(s.jKey)

    let ws: WebSocketLike
    try {
      ws = new WebSocketImpl(url)
    } catch (cause) {
      return fail(new ValidationError(`stream: cannot open ${url}`, { code: 'INVALID_INPUT', field: 'url', direction: 'request', cause }))
    }
    socket = ws
    accepted = false
    ws.binaryType = 'arraybuffer'
    ws.onerror = () => {} // `close` follows; `ws` must always have an error listener
    ws.onopen = () => {
      if (gen !== generation) return
      ws.send(encodeConnect({ userId: s.userId, jKey: s.jKey }))
    }
    ws.onmessage = (event) => {
      if (gen === generation) onFrame(event.data)
    }
    ws.onclose = () => {
      if (gen === generation) lost('socket closed')
    }
    connectTimer = setTimer(() => {
      if (gen === generation && !accepted) lost('no connect answer in time')
    }, connectTimeoutMs, true)
  }

  /** The socket is gone or dead: drop it and come back with backoff, unless the stream is closing. */
  function lost(reason: string): void {
    logger?.debug?.({ reason }, 'stream socket lost')
    dropSocket()
    orderResync.disconnected()
    if (closing || terminalError) return
    scheduleReconnect()
  }

  function scheduleReconnect(): void {
    attempt++
    if (attempt > reconnect.maxAttempts) {
      return fail(new NetworkError(`stream: gave up after ${attempt - 1} reconnect attempts`, { code: 'WS_UNREACHABLE', endpoint: 'stream' }))
    }
    const delayMs = backoffDelay(attempt, reconnect)
    setState({ status: 'reconnecting', attempt, delayMs })
    // Not unref'd: during the wait nothing else may hold the process, and a `for await` is waiting for us.
    reconnectTimer = setTimer(() => {
      reconnectTimer = undefined
      void connect()
    }, delayMs, false)
  }

  function dropSocket(): void {
    generation++
    stopTimers()
    const ws = socket
    socket = undefined
    accepted = false
    if (ws) disposing = dispose(ws, false)
  }

  function stopTimers(): void {
    clearTimeout(connectTimer)
    clearTimeout(reconnectTimer)
    clearTimeout(stableTimer)
    clearInterval(heartbeatTimer)
    clearInterval(watchdogTimer)
    connectTimer = reconnectTimer = stableTimer = heartbeatTimer = watchdogTimer = undefined
  }

  function onAccepted(): void {
    if (accepted) return // a repeated ck must not start a second set of timers
    clearTimeout(connectTimer)
    accepted = true
    renewed = false
    // Only a socket that stays up resets the backoff: accept-then-drop must not reconnect at full speed forever.
    stableTimer = setTimer(() => (attempt = 0), reconnect.resetAfterMs, true)
    // Fresh socket, fresh state: the snapshots that answer the subscriptions below replace the old merged state.
    merger.clear()
    lastFrameAt = Date.now()
    sendBatched(encodeTouchline, [...routes.touchline.values()].map((r) => r.scrip))
    sendBatched(encodeDepth, [...routes.depth.values()].map((r) => r.scrip))
    if (orderCount > 0) {
      send(encodeOrders(session?.userId ?? userId))
      orderResync.connected()
    }
    heartbeatTimer = setInterval(() => send(encodeHeartbeat()), heartbeatMs)
    ;(heartbeatTimer as { unref?: () => void }).unref?.()
    watchdogTimer = setInterval(watchdog, Math.max(10, Math.min(watchdogMs / 4, 1_000)))
    ;(watchdogTimer as { unref?: () => void }).unref?.()
    setState({ status: 'open' })
    for (const w of readyWaiters) w.resolve()
    readyWaiters.clear()
  }

  /**
   * A silent socket is dead. Market data arrives on its own; order updates may rightly be silent for long, so half
   * way through the window the order subscription is sent again, which the server acknowledges (`ok`).
   */
  function watchdog(): void {
    if (!hasMarketData() && orderCount === 0) return
    const silence = Date.now() - lastFrameAt
    if (silence > watchdogMs) return lost('silent past the watchdog window')
    if (orderCount > 0 && !probed && silence > watchdogMs / 2) {
      probed = true
      send(encodeOrders(session?.userId ?? userId))
    }
  }

  function onRefused(message: string | undefined): void {
    const limit = message !== undefined && SOCKET_LIMIT.test(message)
    if (!limit && !renewed && provider?.renewSession) {
      // One re-auth attempt: the session may have expired under us.
      logger?.info?.({}, 'stream: session refused, renewing once')
      dropSocket()
      void connect(true)
      return
    }
    const detail = message ? `: ${message}` : ''
    fail(
      limit
        ? new ApiError(`stream: the server refused another socket for this user${detail}`, {
            code: 'WS_SOCKET_LIMIT',
            endpoint: 'stream',
            httpStatus: 0,
            apiCode: 'Not_Ok',
          })
        : new SessionError(`stream: the server refused the session${detail}`, sessionErrorOptions('WS_AUTH_REFUSED')),
    )
  }

  function sessionErrorOptions(code: string, cause?: unknown) {
    return { code, endpoint: 'stream', httpStatus: 0, apiCode: 'Not_Ok', ...(cause === undefined ? {} : { cause }) }
  }

  // ---- frames ----

  function onFrame(data: unknown): void {
    lastFrameAt = Date.now()
    probed = false
    const frame: ServerFrame =
      typeof data === 'string' || data instanceof ArrayBuffer || ArrayBuffer.isView(data)
        ? decodeFrame(data as string | ArrayBuffer | ArrayBufferView)
        : { t: 'unknown', reason: 'not-json', text: '' }
    switch (frame.t) {
      case 'tk':
      case 'tf': {
        const route = byExchange.touchline.get(frame.e)?.get(frame.tk)
        if (!route) return // late frame for a scrip nobody wants any more
        const tick = merger.touchline(frame)
        if (!tick) return // a partial before the scrip's snapshot: nothing to report yet
        for (const feed of route.feeds) feed.push(tick)
        if (listeners.tick.size > 0) emit('tick', tick)
        return
      }
      case 'dk':
      case 'df': {
        const route = byExchange.depth.get(frame.e)?.get(frame.tk)
        if (!route) return
        const depth = merger.depth(frame)
        if (!depth) return
        for (const feed of route.feeds) feed.push(depth)
        if (listeners.depth.size > 0) emit('depth', depth)
        return
      }
      case 'om': {
        if (orderCount > 0) orderResync.live(toOrderUpdate(frame))
        return
      }
      case 'ck':
        if (frame.ok) onAccepted()
        else onRefused(frame.message)
        return
      case 'unknown':
        logger?.debug?.({ reason: frame.reason, frame: scrub(frame.text) }, 'stream: unknown frame')
        return
      default:
        return // acks: uk, udk, ok, uok
    }
  }

  // ---- subscriptions (reference-counted) ----

  function acquire<T>(kind: Kind, scrips: readonly Scrip[], feed?: Feed<T>): void {
    const map = routes[kind] as Map<string, Route<T>>
    const fresh: Scrip[] = []
    if (!hasMarketData()) lastFrameAt = Date.now()
    for (const scrip of scrips) {
      let route = map.get(scrip.key)
      if (!route) {
        route = { scrip, count: 0, feeds: new Set() }
        map.set(scrip.key, route)
        const index = byExchange[kind] as Map<string, Map<string, Route<T>>>
        let tokens = index.get(scrip.exchange)
        if (!tokens) index.set(scrip.exchange, (tokens = new Map()))
        tokens.set(scrip.token, route)
        fresh.push(scrip)
      } else if (feed) {
        // Already live for someone else: give the newcomer the current state at once.
        const current = kind === 'touchline' ? merger.getTick(scrip.exchange, scrip.token) : merger.getDepth(scrip.exchange, scrip.token)
        if (current) feed.push(current as T)
      }
      route.count++
      if (feed) route.feeds.add(feed)
    }
    if (fresh.length > 0) sendBatched(kind === 'touchline' ? encodeTouchline : encodeDepth, fresh)
  }

  function release<T>(kind: Kind, scrips: readonly Scrip[], feed?: Feed<T>): void {
    const map = routes[kind] as Map<string, Route<T>>
    const gone: Scrip[] = []
    for (const scrip of scrips) {
      const route = map.get(scrip.key)
      if (!route) continue
      if (feed) route.feeds.delete(feed)
      if (--route.count > 0) continue
      map.delete(scrip.key)
      byExchange[kind].get(scrip.exchange)?.delete(scrip.token)
      merger.forget(kind, scrip.exchange, scrip.token)
      gone.push(scrip)
    }
    if (gone.length > 0) sendBatched(kind === 'touchline' ? encodeTouchlineUnsubscribe : encodeDepthUnsubscribe, gone)
  }

  /** One order update, live or resynced, to every order iterator and listener. */
  function deliverOrder(update: OrderUpdate): void {
    for (const feed of orderFeeds) feed.push(update)
    emit('order', update)
  }

  function acquireOrders(): void {
    if (orderCount > 0) return void orderCount++
    if (!hasMarketData()) lastFrameAt = Date.now() // the watchdog counts silence from now
    orderCount++
    if (!isOpen()) return // sent with the others once the socket is accepted
    send(encodeOrders(session?.userId ?? userId))
    orderResync.connected()
  }

  function releaseOrders(): void {
    if (orderCount === 0 || --orderCount > 0) return
    send(encodeOrdersUnsubscribe())
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
    if (terminalError) throw terminalError
    if (closing) throw new FirstockError(`stream: ${what} after close()`, { code: 'STREAM_CLOSED', endpoint: 'stream' })
  }

  function marketIterator<T>(kind: Kind, tokens: readonly SymbolInput[] | SymbolInput, opts: IterateOptions = {}): AsyncIterableIterator<T> {
    const scrips = resolveScrips(tokens, options.instruments)
    assertUsable(kind)
    if (opts.signal?.aborted) return finishedIterator<T>()
    let feed!: Feed<T>
    feed = createFeed<T>({
      bufferSize: opts.bufferSize ?? bufferSize,
      onDrop: () => dropped++,
      onClose: () => release(kind, scrips, feed),
      signal: opts.signal,
    })
    acquire(kind, scrips, feed)
    return feed.iterator
  }

  // ---- shutdown ----

  function endFeeds(error?: FirstockError): void {
    const all: Feed<unknown>[] = [...orderFeeds]
    for (const map of [routes.touchline, routes.depth] as Map<string, Route<unknown>>[]) {
      for (const route of map.values()) all.push(...route.feeds)
    }
    for (const feed of new Set(all)) feed.end(error)
    routes.touchline.clear()
    routes.depth.clear()
    byExchange.touchline.clear()
    byExchange.depth.clear()
    orderFeeds.clear()
    orderCount = 0
    orderResync.reset()
  }

  function fail(error: FirstockError): void {
    if (terminalError || closing) return
    terminalError = error
    logger?.error?.({ code: error.code }, error.message)
    dropSocket()
    closing = disposing
    endFeeds(error)
    for (const w of readyWaiters) w.reject(error)
    readyWaiters.clear()
    emit('error', error)
    setState({ status: 'closed', error })
  }

  async function dispose(ws: WebSocketLike, graceful: boolean): Promise<void> {
    ws.onopen = null
    ws.onmessage = null
    ws.onerror = () => {}
    if (ws.readyState === CLOSED) return
    await new Promise<void>((resolve) => {
      const timer = setTimer(() => {
        ws.terminate?.()
        resolve()
      }, graceful ? CLOSE_GRACE_MS : 0, true)
      ws.onclose = () => {
        clearTimeout(timer)
        resolve()
      }
      try {
        // A dead socket is dropped at once; on close() the server gets a proper goodbye.
        if (!graceful && ws.terminate) ws.terminate()
        else ws.close(1000)
      } catch {
        ws.terminate?.()
      }
    })
  }

  // Eager: the socket opens now, so `state` and `ready()` mean something before the first subscription.
  void connect()

  return {
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>
      set.add(listener)
      return once(() => set.delete(listener))
    },
    subscribe(kind: 'touchline' | 'depth' | 'orders', tokens?: readonly SymbolInput[] | SymbolInput): Unsubscribe {
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
      if (isOpen()) return Promise.resolve()
      return new Promise((resolve, reject) => readyWaiters.add({ resolve, reject }))
    },
    get state() {
      return state
    },
    get dropped() {
      return dropped
    },
    get subscriptions() {
      return { touchline: [...routes.touchline.keys()], depth: [...routes.depth.keys()], orders: orderCount > 0 }
    },
    close() {
      if (closing) return closing
      const ws = socket
      generation++
      stopTimers()
      socket = undefined
      accepted = false
      endFeeds()
      const error = new FirstockError('stream: closed', { code: 'STREAM_CLOSED', endpoint: 'stream' })
      for (const w of readyWaiters) w.reject(error)
      readyWaiters.clear()
      setState({ status: 'closed' })
      closing = ws ? dispose(ws, true) : disposing
      return closing
    },
  }
}

function finishedIterator<T>(): AsyncIterableIterator<T> {
  const feed = createFeed<T>({ bufferSize: 1, onClose: () => {} })
  feed.end()
  return feed.iterator
}
