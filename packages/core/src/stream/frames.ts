import { scrub } from '../redact.js'

// Server → client frames (docs/connect-protocol.md §4.3). Decoding never throws: anything unexpected becomes `{ t: 'unknown' }`.

/** The raw key/value pairs of a feed or order frame. Values are strings on the wire. */
export type FrameData = Readonly<Record<string, string | number | undefined>>

/** `ck`: the server accepted (`s: "OK"`) or refused the connect message. */
export interface ConnectAckFrame {
  readonly t: 'ck'
  /** `s` (or `k`) was `OK`/`Ok`. */
  readonly ok: boolean
  readonly uid: string | undefined
  /** `emsg` of a refusal, when the server gave one. */
  readonly message: string | undefined
}

/** `tk`/`dk` carry a full snapshot of one scrip; `tf`/`df` only the keys that changed. */
export interface FeedFrame {
  readonly t: 'tk' | 'tf' | 'dk' | 'df'
  readonly e: string
  readonly tk: string
  readonly data: FrameData
}

/** `uk` / `udk`: an unsubscribe was acknowledged. */
export interface UnsubscribeAckFrame {
  readonly t: 'uk' | 'udk'
  readonly k: string | undefined
}

/** `ok`: the order-update subscription was acknowledged. */
export interface OrderAckFrame {
  readonly t: 'ok' | 'uok'
}

/** `om`: one order update, raw (see {@link toOrderUpdate}). */
export interface OrderFrame {
  readonly t: 'om'
  readonly data: FrameData
}

/** A frame of a type this SDK does not know; kept raw, never thrown. */
export interface UnknownFrame {
  readonly t: 'unknown'
  readonly reason: 'not-json' | 'not-an-object' | 'unknown-type' | 'missing-keys'
  /** The start of the frame, secrets scrubbed. */
  readonly text: string
}

/** Every frame the WebSocket server sends, as {@link decodeFrame} returns it (discriminated by `t`). */
export type ServerFrame = ConnectAckFrame | FeedFrame | UnsubscribeAckFrame | OrderAckFrame | OrderFrame | UnknownFrame

const EXCERPT = 200
let decoder: TextDecoder | undefined

function unknown(reason: UnknownFrame['reason'], text: string): UnknownFrame {
  return { t: 'unknown', reason, text: scrub(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text) }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)

/** Decodes one frame. Accepts text or bytes (UTF-8) so any WebSocket implementation can hand over what it got. */
export function decodeFrame(input: string | ArrayBuffer | ArrayBufferView): ServerFrame {
  const text =
    typeof input === 'string'
      ? input
      : (decoder ??= new TextDecoder()).decode(input)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return unknown('not-json', text)
  }
  return decodeMessage(value, text)
}

/** Decodes an already-parsed frame object. `text` is only used to describe a frame that cannot be read. */
export function decodeMessage(value: unknown, text?: string): ServerFrame {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return unknown('not-an-object', text ?? safeText(value))
  }
  const o = value as Record<string, unknown>
  switch (o.t) {
    case 'tk':
    case 'tf':
    case 'dk':
    case 'df': {
      const e = str(o.e)
      const tk = str(o.tk)
      if (e === undefined || tk === undefined) return unknown('missing-keys', text ?? safeText(value))
      return { t: o.t, e, tk, data: o as FrameData }
    }
    case 'ck': {
      const status = str(o.s) ?? str(o.k) ?? ''
      return { t: 'ck', ok: status.toUpperCase() === 'OK', uid: str(o.uid), message: str(o.emsg) }
    }
    case 'uk':
    case 'udk':
      return { t: o.t, k: str(o.k) }
    case 'ok':
    case 'uok':
      return { t: o.t }
    case 'om':
      return { t: 'om', data: o as FrameData }
    default:
      return unknown('unknown-type', text ?? safeText(value))
  }
}

function safeText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
