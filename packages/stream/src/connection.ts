import {
  ApiError,
  FirstockError,
  isFirstockError,
  NetworkError,
  registerSecret,
  scrub,
  SessionError,
  ValidationError,
  type Logger,
  type Session,
} from '@firstock/core'
import { type StreamFrame, type StreamProtocol } from '@firstock/core/protocol'
import { backoffDelay, type ReconnectOptions } from './backoff.js'
import { CLOSE_GRACE_MS, type StreamProvider, type StreamState, type WebSocketConstructor, type WebSocketLike } from './types.js'

// The connection: one socket at a time, its session, the backoff between reconnects, the heartbeat, the watchdog
// and the close. It knows nothing about subscriptions; the front re-sends them when `accepted` is called.

const OPEN = 1
const CLOSED = 3
/** A refusal that names the per-user socket cap ("Websocket 1 and 2 are allowed", "Maximum sessions limit (3) reached"). */
const SOCKET_LIMIT = /socket|limit|allowed|maximum|too many/i

export interface ConnectionOptions {
  protocol: StreamProtocol
  url: string
  WebSocketImpl: WebSocketConstructor
  reconnect: ReconnectOptions
  heartbeatMs: number
  watchdogMs: number
  connectTimeoutMs: number
  session: Session | undefined
  provider: StreamProvider | undefined
  logger: Logger | undefined
  /** What the watchdog watches: nothing, or a socket that should carry market data or order updates. */
  watched(): 'none' | 'market' | 'orders'
  /** The server accepted the session: send the subscriptions. */
  onAccepted(): void
  /** One decoded frame other than the connect answer. */
  onFrame(frame: StreamFrame): void
  /** The socket is gone (a new one follows unless the stream is closing). */
  onLost(): void
  /** A fatal error: the stream must end. Called once. */
  onFatal(error: FirstockError): void
  onState(state: StreamState): void
}

export interface Connection {
  /** Sends when the socket is open and accepted; otherwise the message is dropped (subscriptions are re-sent on accept). */
  send(text: string | undefined): void
  isOpen(): boolean
  readonly userId: string
  /** Restarts the watchdog's silence count (something new to watch). */
  touch(): void
  /** Drops the socket for good after a fatal error (see `disposing`). */
  fail(): void
  /** Closes gracefully. */
  close(): Promise<void>
  /** Resolves when the current (or a failed/closed) socket has been disposed. */
  readonly disposing: Promise<void>
}

const setTimer = (fn: () => void, ms: number, unref: boolean) => {
  const t = setTimeout(fn, ms)
  if (unref) (t as { unref?: () => void }).unref?.()
  return t
}

/** Refused sockets in a row answered by a renewal; the next refusal is fatal (the credentials do not open a socket). */
const MAX_RENEWALS = 3

export function sessionErrorOptions(code: string, cause?: unknown) {
  return { code, endpoint: 'stream', httpStatus: 0, apiCode: 'Not_Ok', ...(cause === undefined ? {} : { cause }) }
}

export function createConnection(o: ConnectionOptions): Connection {
  const { protocol, provider, logger, reconnect, watchdogMs } = o
  let session = o.session
  let socket: WebSocketLike | undefined
  let generation = 0
  let attempt = 0
  /** Sockets refused in a row since the last accepted one: each is answered by renewing the session, up to a limit. */
  let refusals = 0
  let accepted = false
  let lastFrameAt = Date.now()
  let probed = false
  /** The current socket reports server pings (`ws` does; browser sockets do not). */
  let pinged = false
  let done = false
  let disposing: Promise<void> = Promise.resolve()
  let connectTimer: ReturnType<typeof setTimeout> | undefined
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  let stableTimer: ReturnType<typeof setTimeout> | undefined
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined
  let watchdogTimer: ReturnType<typeof setInterval> | undefined
  const userId = () => session?.userId ?? o.session?.userId ?? provider?.userId ?? ''

  const isOpen = () => socket !== undefined && accepted && socket.readyState === OPEN

  async function currentSession(): Promise<Session | undefined> {
    if (!provider) return session
    return (await provider.getSession()) ?? (await renew())
  }

  async function renew(): Promise<Session | undefined> {
    if (!provider?.renewSession) return undefined
    return provider.renewSession(session)
  }

  async function connect(useRenewed = false): Promise<void> {
    const gen = ++generation
    o.onState({ status: 'connecting' })
    let s: Session | undefined
    try {
      s = useRenewed ? await renew() : await currentSession()
    } catch (cause) {
      if (gen !== generation || done) return
      // A network hiccup while logging in again is worth another try; anything else is not.
      if (isFirstockError(cause) && cause.retryable) return scheduleReconnect()
      return fatal(isFirstockError(cause) ? cause : new SessionError('stream: could not obtain a session', sessionErrorOptions('NO_SESSION', cause)))
    }
    if (gen !== generation || done) return
    if (!s) return fatal(new SessionError('stream: no session: log in first', sessionErrorOptions('NO_SESSION')))
    session = s
    registerSecret(s.jKey)
    open(gen, s)
  }

  function open(gen: number, s: Session): void {
    const credentials = { userId: s.userId, jKey: s.jKey }
    let ws: WebSocketLike
    try {
      ws = new o.WebSocketImpl(protocol.socketUrl(o.url, credentials))
    } catch (cause) {
      // The URL may carry the session token (socket V2): name only the configured base.
      return fatal(new ValidationError(`stream: cannot open ${o.url}`, { code: 'INVALID_INPUT', field: 'url', direction: 'request', cause }))
    }
    socket = ws
    accepted = false
    ws.binaryType = 'arraybuffer'
    ws.onerror = () => {} // `close` follows; `ws` must always have an error listener
    ws.onopen = () => {
      if (gen === generation) send(protocol.connectMessage(credentials), true)
    }
    ws.onmessage = (event) => {
      if (gen === generation) onMessage(event.data)
    }
    ws.onclose = () => {
      if (gen === generation) lost('socket closed')
    }
    // Server pings (socket V2 sends them; `ws` answers with a pong) prove the socket alive too.
    const on = (ws as { on?: (event: string, fn: () => void) => void }).on
    pinged = false
    if (typeof on === 'function') {
      on.call(ws, 'ping', () => {
        if (gen !== generation) return
        pinged = true
        alive()
      })
    }
    connectTimer = setTimer(() => {
      if (gen === generation && !accepted) lost('no connect answer in time')
    }, o.connectTimeoutMs, true)
  }

  function send(text: string | undefined, beforeAccept = false): void {
    if (text === undefined || !socket || socket.readyState !== OPEN) return
    if (accepted || beforeAccept) socket.send(text)
  }

  function alive(): void {
    lastFrameAt = Date.now()
    probed = false
  }

  function onMessage(data: unknown): void {
    alive()
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) {
      return logger?.debug?.({ reason: 'not-json' }, 'stream: unknown frame')
    }
    protocol.decode(data as string | ArrayBuffer | ArrayBufferView, onDecoded)
  }

  function onDecoded(frame: StreamFrame): void {
    if (frame.t === 'ck') return frame.ok ? onAccepted() : onRefused(frame.message)
    if (frame.t === 'unknown') return logger?.debug?.({ reason: frame.reason, frame: scrub(frame.text) }, 'stream: unknown frame')
    o.onFrame(frame)
  }

  /** The socket is gone or dead: drop it and come back with backoff, unless the stream is closing. */
  function lost(reason: string): void {
    logger?.debug?.({ reason }, 'stream socket lost')
    dropSocket()
    o.onLost()
    if (!done) scheduleReconnect()
  }

  function scheduleReconnect(useRenewed = false): void {
    attempt++
    if (attempt > reconnect.maxAttempts) {
      return fatal(new NetworkError(`stream: gave up after ${attempt - 1} reconnect attempts`, { code: 'WS_UNREACHABLE', endpoint: 'stream' }))
    }
    const delayMs = backoffDelay(attempt, reconnect)
    o.onState({ status: 'reconnecting', attempt, delayMs })
    // Not unref'd: during the wait nothing else may hold the process, and a `for await` is waiting for us.
    reconnectTimer = setTimer(() => {
      reconnectTimer = undefined
      void connect(useRenewed)
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
    if (accepted) return // a repeated accept must not start a second set of timers
    clearTimeout(connectTimer)
    accepted = true
    refusals = 0
    // Only a socket that stays up resets the backoff: accept-then-drop must not reconnect at full speed forever.
    stableTimer = setTimer(() => (attempt = 0), reconnect.resetAfterMs, true)
    lastFrameAt = Date.now()
    o.onAccepted()
    if (protocol.heartbeat !== undefined) {
      const beat = protocol.heartbeat
      heartbeatTimer = setInterval(() => send(beat), o.heartbeatMs)
      ;(heartbeatTimer as { unref?: () => void }).unref?.()
    }
    watchdogTimer = setInterval(watchdog, Math.max(10, Math.min(watchdogMs / 4, 1_000)))
    ;(watchdogTimer as { unref?: () => void }).unref?.()
    o.onState({ status: 'open' })
  }

  /**
   * A silent socket is dead. Market data arrives on its own; order updates may rightly be silent for long, so half
   * way through the window the order subscription is sent again, which the Noren server acknowledges (`ok`).
   * Socket V2 needs no probe: its server pings every few seconds, and a ping counts as a frame.
   */
  function watchdog(): void {
    const watched = o.watched()
    if (watched === 'none') return
    const probe = watched === 'orders' ? protocol.subscribeOrders(userId()) : undefined
    // Order updates only, no probe message, no pings seen: silence proves nothing, so it is not judged.
    if (watched === 'orders' && probe === undefined && !pinged) return
    const silence = Date.now() - lastFrameAt
    if (silence > watchdogMs) return lost('silent past the watchdog window')
    if (probe !== undefined && !probed && silence > watchdogMs / 2) {
      probed = true
      send(probe)
    }
  }

  function onRefused(message: string | undefined): void {
    const limit = message !== undefined && SOCKET_LIMIT.test(message)
    if (!limit && provider?.renewSession && refusals < MAX_RENEWALS) {
      // The session may have expired under us, or again between a renewal and this socket: renew (the provider
      // logs in only if nobody did since), at once the first time, after the backoff delay after that.
      refusals++
      logger?.info?.({ refusals }, 'stream: session refused, renewing')
      dropSocket()
      if (refusals === 1) void connect(true)
      else scheduleReconnect(true)
      return
    }
    const detail = message ? `: ${message}` : ''
    fatal(
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

  function fatal(error: FirstockError): void {
    if (done) return
    o.onFatal(error)
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
    send: (text) => send(text),
    isOpen,
    get userId() {
      return userId()
    },
    touch() {
      lastFrameAt = Date.now()
    },
    fail() {
      if (done) return
      done = true
      dropSocket()
    },
    close() {
      done = true
      const ws = socket
      generation++
      stopTimers()
      socket = undefined
      accepted = false
      if (ws) disposing = dispose(ws, true)
      return disposing
    },
    get disposing() {
      return disposing
    },
  }
}
