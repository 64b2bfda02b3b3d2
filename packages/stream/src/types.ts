import type {
  ApiVersion,
  Depth,
  FirstockError,
  InstrumentIndex,
  Logger,
  OrderUpdate,
  SessionProvider,
  Session,
  Tick,
} from '@firstock/core'
import type { OptionGreeks, PositionUpdate, StreamChannel } from '@firstock/core/protocol'
import type { ReconnectOptions } from './backoff.js'
import type { SymbolInput } from './symbols.js'

// The public shapes of a stream: the WebSocket seam, options, events and the Stream itself.

// ---- the WebSocket seam: the few members of the standard API the stream uses (browser, Deno, Bun, `ws`) ----

/** The few members of the standard WebSocket API the stream uses; browser, Deno, Bun and `ws` sockets all fit. */
export interface WebSocketLike {
  readonly readyState: number
  binaryType?: string
  /** Set by the stream. */
  onopen: ((event: unknown) => void) | null
  /** Set by the stream. */
  onmessage: ((event: { data: unknown }) => void) | null
  /** Set by the stream. */
  onclose: ((event: unknown) => void) | null
  /** Set by the stream. */
  onerror: ((event: unknown) => void) | null
  /** Sends one text frame. */
  send(data: string): void
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void
  /** `ws` only: drop the TCP connection without the closing handshake. */
  terminate?(): void
}

/** A WebSocket class: `new WebSocket(url)`, e.g. `globalThis.WebSocket` or `ws`. */
export type WebSocketConstructor = new (url: string) => WebSocketLike

// ---- defaults: named so they can be found and overridden ----

/** Noren clients send `{"t":"h"}` every 3 s (docs/connect-protocol.md §4.5). */
export const DEFAULT_HEARTBEAT_MS = 3_000
/**
 * Silence (no frame at all) tolerated while anything is subscribed before the socket is treated as dead. A stream
 * with order updates sends a cheap probe (the order subscription again, which the server acknowledges) after half
 * of it, so even a socket that only carries order updates is replaced within this time when it goes silent.
 */
export const DEFAULT_WATCHDOG_MS = 20_000
/** Time allowed from opening the socket to the `ck` answer. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000
/** Per-iterator buffer of ticks / depth updates. */
export const DEFAULT_BUFFER_SIZE = 1_000
/** Order updates one `orders()` iterator holds for a slow consumer before it ends with `StreamConsumerTooSlowError`. */
export const DEFAULT_ORDER_BUFFER_SIZE = 100_000
/**
 * Time a subscription has to deliver its first frame before `unconfirmed` reports it. Socket V2 (API V1) does not
 * acknowledge subscriptions, so a first tick is the only sign one is live; the Noren socket answers with a snapshot.
 */
export const DEFAULT_SUBSCRIBE_TIMEOUT_MS = 10_000
/** Time `close()` waits for the closing handshake before dropping the connection. */
export const CLOSE_GRACE_MS = 1_000

/** The connection state: `connecting`, `open`, `reconnecting` (with attempt and delay) or `closed` (with the fatal error, if any). */
export type StreamState =
  | { readonly status: 'connecting' }
  | { readonly status: 'open' }
  | { readonly status: 'reconnecting'; readonly attempt: number; readonly delayMs: number }
  | { readonly status: 'closed'; readonly error?: FirstockError }

/** What `stream.on(event, listener)` delivers, by event name. */
export interface StreamEvents {
  tick: Tick
  depth: Depth
  order: OrderUpdate
  state: StreamState
  /** API V1 only: a position update, pushed after each fill (no subscription needed). */
  position: PositionUpdate
  /** API V1 only: option Greeks of an option subscribed with `subscribe('greeks', …)`. */
  greeks: OptionGreeks
  /**
   * Subscriptions that had no frame within `subscribeTimeoutMs` of being sent (on a new socket, or when added):
   * the server may not know the token, or not serve it on this channel. Reported once per socket; they stay
   * subscribed, and a later frame makes them live.
   */
  unconfirmed: { readonly channel: StreamChannel; readonly keys: readonly string[] }
  /**
   * Fatal errors (the stream then closes), and errors it goes on after: a listener that threw (`LISTENER_ERROR`),
   * an order book that could not be re-read after a reconnect (`ORDER_RESYNC_FAILED`, retried on the next
   * reconnect), an `orders()` iterator that fell too far behind (`STREAM_CONSUMER_TOO_SLOW`).
   */
  error: FirstockError
}

/** Removes a listener or subscription; calling it again does nothing. */
export type Unsubscribe = () => void

/** Options of {@link createStream}. Give `session` or `provider`. */
export interface StreamOptions {
  /** A logged-in session. Give `session` or `provider`. */
  session?: Session | undefined
  /**
   * The API generation, which picks the socket protocol: `'v3'` the Noren socket, `'v1'` socket V2. Default: the
   * provider's `version` (`createFirstock({ version })`), else `'v3'`.
   */
  version?: ApiVersion | undefined
  /**
   * Where to get the session (renewed when the server refuses it, up to 3 times in a row before that refusal is
   * fatal), and where to re-read the order book after a reconnect: the node client (`createFirstock()`) satisfies this.
   */
  provider?: StreamProvider | undefined
  /**
   * Default: the provider's `wsUrl`, else Firstock's socket of the version. For socket V2 the stream adds
   * `userId`, `jKey` and `source` to the query string itself. Must be `wss:` (plain `ws:` only to a loopback
   * host such as the sandbox), or `createStream` throws a `ValidationError` naming `url`.
   */
  url?: string | undefined
  /** A WebSocket implementation (browser/Deno/Bun native, `ws` in Node). Default: isomorphic-ws. */
  WebSocket?: WebSocketConstructor | undefined
  /** Backoff between reconnects (default {@link DEFAULT_RECONNECT}). */
  reconnect?: Partial<ReconnectOptions> | undefined
  /** Heartbeat period in ms (default {@link DEFAULT_HEARTBEAT_MS}). */
  heartbeatMs?: number | undefined
  /** Silence tolerated while anything is subscribed (default {@link DEFAULT_WATCHDOG_MS}). */
  watchdogMs?: number | undefined
  /** Time allowed for the server to accept the session (default {@link DEFAULT_CONNECT_TIMEOUT_MS}). */
  connectTimeoutMs?: number | undefined
  /** Time a subscription has to deliver a first frame before `unconfirmed` reports it (default {@link DEFAULT_SUBSCRIBE_TIMEOUT_MS}). */
  subscribeTimeoutMs?: number | undefined
  /** Ticks / depth updates each iterator buffers before dropping the oldest. */
  bufferSize?: number | undefined
  /**
   * Order updates each `orders()` iterator holds for a slow consumer (default {@link DEFAULT_ORDER_BUFFER_SIZE});
   * past it the iterator ends with `StreamConsumerTooSlowError`. Updates are never dropped.
   */
  orderBufferSize?: number | undefined
  /**
   * Where to re-read the order book after a reconnect, to report order updates missed while the socket was down
   * (`source: 'resync'`). Default: `provider.orderBook`; `false` turns the resync off.
   */
  orderBook?: (() => Promise<readonly unknown[]>) | false | undefined
  /** A pino-style logger; the session token never reaches it. */
  logger?: Logger | undefined
  /**
   * An instrument index (`await firstock.instruments()`): `touchline`, `depth` and `subscribe` then also take
   * symbols such as `'NSE:ITC-EQ'` or `{ exchange, tradingSymbol }`, resolved before anything is sent.
   */
  instruments?: InstrumentIndex | undefined
}

/** Options of `touchline()`, `depth()` and `orders()`. */
export interface IterateOptions {
  /** Aborting ends the iteration (no error) and unsubscribes. */
  signal?: AbortSignal | undefined
  /** This iterator's buffer (default: the stream's); when full the oldest tick is dropped. */
  bufferSize?: number | undefined
}

/** A live Firstock WebSocket stream (see {@link createStream}): listeners and async iterators over one socket. */
export interface Stream {
  /** Adds a listener; returns its unsubscribe. `tick` / `depth` / `order` listeners need a `subscribe()`. */
  on<E extends keyof StreamEvents>(event: E, listener: (value: StreamEvents[E]) => void): Unsubscribe
  /** Subscribe for listeners (`on('tick' | 'depth' | 'order')`); returns the unsubscribe. Reference-counted. */
  subscribe(kind: 'touchline' | 'depth', tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe
  /** Subscribe to order updates for `on('order')` listeners; returns the unsubscribe. */
  subscribe(kind: 'orders'): Unsubscribe
  /** API V1 only: subscribe option Greeks for `on('greeks')` listeners; returns the unsubscribe. */
  subscribe(kind: 'greeks', tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe
  /** Merged ticks of these scrips. `break` or abort unsubscribes. */
  touchline(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Tick>
  /** Merged 5-level depth of these scrips. `break` or abort unsubscribes. */
  depth(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Depth>
  /**
   * Order updates, never dropped: after a reconnect, changes missed while the socket was down come first (read
   * from the order book, `source: 'resync'`), then live ones. Ends with `StreamConsumerTooSlowError` when the
   * consumer falls `orderBufferSize` updates behind.
   */
  orders(options?: Omit<IterateOptions, 'bufferSize'>): AsyncIterableIterator<OrderUpdate>
  /**
   * API V1 only: option Greeks of these options as they change. `break` or abort unsubscribes. On V3 it throws a
   * `ValidationError` (`UNSUPPORTED`).
   */
  greeks(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<OptionGreeks>
  /**
   * API V1 only: position updates, pushed after each fill. When the buffer is full the oldest is dropped (each
   * update is the position's full state). On V3 it throws a `ValidationError` (`UNSUPPORTED`).
   */
  positions(options?: IterateOptions): AsyncIterableIterator<PositionUpdate>
  /** The API generation this stream speaks (`'v3'`: Noren socket, `'v1'`: socket V2). */
  readonly version: ApiVersion
  /** Resolves once the server accepted the session; rejects if the stream closes first. */
  ready(): Promise<void>
  /** The current connection state. */
  readonly state: StreamState
  /** Ticks and depth updates dropped by full iterator buffers. */
  readonly dropped: number
  /** Scrip keys currently subscribed on the socket, per kind. */
  readonly subscriptions: {
    readonly touchline: readonly string[]
    readonly depth: readonly string[]
    readonly orders: boolean
    /** API V1 only (absent on V3). */
    readonly greeks?: readonly string[]
  }
  /** Closes the socket and ends every iterator; leaves no timer behind. */
  close(): Promise<void>
}


/** What a stream needs from a client: the session (see `SessionProvider`) and, optionally, the order book. */
export interface StreamProvider extends SessionProvider {
  /** The API generation (`createFirstock({ version })`): picks the socket protocol. */
  readonly version?: ApiVersion | undefined
  /** Today's orders: read once after each reconnect to report the order updates the socket missed. */
  orderBook?: (() => Promise<readonly unknown[]>) | undefined
}
