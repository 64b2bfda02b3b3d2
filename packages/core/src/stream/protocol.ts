import type { Scrip } from './commands.js'
import {
  encodeConnect,
  encodeDepth,
  encodeDepthUnsubscribe,
  encodeHeartbeat,
  encodeOrders,
  encodeOrdersUnsubscribe,
  encodeTouchline,
  encodeTouchlineUnsubscribe,
} from './commands.js'
import { decodeFrame, type FeedFrame, type FrameData, type ServerFrame } from './frames.js'
import type { Depth, FeedMerger, Tick } from './merge.js'

// One WebSocket protocol as pure functions: what to send (connect, subscribe, unsubscribe, keep-alive) and how to
// read what comes back (decode, classify, merge partials). The stream's connection and front are written once
// against this; `norenProtocol` (V3) and `socketV2Protocol` (V1) fill it in.

/** What a stream subscribes to per scrip. `greeks` (option Greeks) exists on socket V2 only. */
export type StreamChannel = 'touchline' | 'depth' | 'greeks'

/** Who opens the socket: the user and the session token (never log it). */
export interface SocketCredentials {
  readonly userId: string
  readonly jKey: string
}

/**
 * A socket V2 market record: touchline and depth of one scrip at once. `data` is already in Noren keys with
 * prices in rupees (see `socketV2Protocol`), so the same merge gives the same {@link Tick} and {@link Depth}.
 */
export interface MarketFrame {
  readonly t: 'mk'
  readonly e: string
  readonly tk: string
  readonly data: FrameData
}

/** A socket V2 position update (`brkname`), raw; see `toPositionUpdate`. */
export interface PositionFrame {
  readonly t: 'pm'
  readonly data: Readonly<Record<string, unknown>>
}

/** Socket V2 option Greeks of one option, raw; see `toOptionGreeks`. */
export interface GreeksFrame {
  readonly t: 'gk'
  readonly e: string
  readonly tk: string
  readonly data: FrameData
}

/** Every frame a protocol hands the stream, discriminated by `t` (Noren's own types plus `mk`, `pm`, `gk`). */
export type StreamFrame = ServerFrame | MarketFrame | PositionFrame | GreeksFrame

/** One WebSocket protocol (see the file comment). Every member is pure; the stream keeps the state. */
export interface StreamProtocol {
  readonly name: 'noren' | 'socket-v2'
  /** The URL to open. Socket V2 carries the credentials in the query string, so never log it. */
  socketUrl(base: string, credentials: SocketCredentials): string
  /** The first message after open, or `undefined` when the URL already authenticates. */
  connectMessage(credentials: SocketCredentials): string | undefined
  /** Sent every heartbeat period; `undefined` when the server pings instead. */
  readonly heartbeat: string | undefined
  /** Channels that one wire subscription serves together share a name (socket V2: touchline and depth). */
  wireChannel(channel: StreamChannel): string
  /** Channels this protocol can subscribe. */
  readonly channels: ReadonlySet<StreamChannel>
  /** The message that subscribes these scrips on a channel. */
  subscribe(channel: StreamChannel, scrips: readonly Scrip[]): string
  /** The message that unsubscribes these scrips from a channel. */
  unsubscribe(channel: StreamChannel, scrips: readonly Scrip[]): string
  /** The order-update subscription, or `undefined` when the server pushes order updates without one. */
  subscribeOrders(accountId: string): string | undefined
  /** The message that ends order updates, or `undefined` when there is none (socket V2 pushes them regardless). */
  unsubscribeOrders(): string | undefined
  /** Whether the server acknowledges a market subscription (socket V2 does not: a first tick is the only sign). */
  readonly acknowledgesSubscribe: boolean
  /** Decodes one WebSocket message; `sink` gets one frame per item (a socket V2 message may carry many). Never throws. */
  decode(data: string | ArrayBuffer | ArrayBufferView, sink: (frame: StreamFrame) => void): void
  /** Merges a touchline-bearing frame into the full tick; `undefined` when there is nothing full to report yet. */
  touchline(merger: FeedMerger, frame: FeedFrame | MarketFrame): Tick | undefined
  /** Merges a depth-bearing frame into the full depth; `undefined` when there is nothing full to report yet. */
  depth(merger: FeedMerger, frame: FeedFrame | MarketFrame): Depth | undefined
}

const NOREN_CHANNELS: ReadonlySet<StreamChannel> = new Set(['touchline', 'depth'])

function norenCommand(channel: StreamChannel, subscribe: boolean) {
  if (channel === 'touchline') return subscribe ? encodeTouchline : encodeTouchlineUnsubscribe
  if (channel === 'depth') return subscribe ? encodeDepth : encodeDepthUnsubscribe
  throw new RangeError(`the Noren socket has no ${channel} subscription`)
}

/**
 * The Noren protocol of API V3: a `c` connect message, `t`/`d` subscriptions acknowledged by snapshots (`tk`/`dk`),
 * partials (`tf`/`df`), order updates (`om`) after an `o` subscription, and a `{"t":"h"}` heartbeat.
 */
export const norenProtocol: StreamProtocol = {
  name: 'noren',
  socketUrl: (base) => base,
  connectMessage: (c) => encodeConnect({ userId: c.userId, jKey: c.jKey }),
  heartbeat: encodeHeartbeat(),
  wireChannel: (channel) => channel,
  channels: NOREN_CHANNELS,
  subscribe: (channel, scrips) => norenCommand(channel, true)(scrips),
  unsubscribe: (channel, scrips) => norenCommand(channel, false)(scrips),
  subscribeOrders: (accountId) => encodeOrders(accountId),
  unsubscribeOrders: () => encodeOrdersUnsubscribe(),
  acknowledgesSubscribe: true,
  decode: (data, sink) => sink(decodeFrame(data)),
  touchline: (merger, frame) => (frame.t === 'mk' ? undefined : merger.touchline(frame)),
  depth: (merger, frame) => (frame.t === 'mk' ? undefined : merger.depth(frame)),
}
