import { checkCount, checkDuration, checkSecureUrl, norenProtocol, v3, ValidationError } from '@firstock/core'
import DefaultWebSocket from 'isomorphic-ws'
import { DEFAULT_RECONNECT, type ReconnectOptions } from './backoff.js'
import {
  DEFAULT_BUFFER_SIZE,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_ORDER_BUFFER_SIZE,
  DEFAULT_WATCHDOG_MS,
  type StreamOptions,
  type WebSocketConstructor,
} from './types.js'

/** {@link StreamOptions} with the defaults applied and the values checked before anything is opened. */
export function resolveOptions(options: StreamOptions) {
  const { provider } = options
  // The session token is the first message on the socket: only wss, except to the sandbox on this machine.
  const url = options.url ?? provider?.wsUrl ?? v3.wsUrl
  checkSecureUrl(url, options.url !== undefined ? 'url' : 'provider.wsUrl', 'createStream')
  const reconnect: ReconnectOptions = { ...DEFAULT_RECONNECT, ...definedOnly(options.reconnect ?? {}) }
  checkDuration('createStream', 'reconnect.resetAfterMs', reconnect.resetAfterMs)
  const { orderBook } = options
  if (orderBook !== undefined && orderBook !== false && typeof orderBook !== 'function') {
    throw new ValidationError('createStream: orderBook must be a function that reads the order book, or false', {
      code: 'INVALID_INPUT',
      field: 'orderBook',
      direction: 'request',
    })
  }
  return {
    protocol: norenProtocol,
    url,
    WebSocketImpl: options.WebSocket ?? (DefaultWebSocket as unknown as WebSocketConstructor),
    reconnect,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    watchdogMs: options.watchdogMs ?? DEFAULT_WATCHDOG_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    bufferSize: options.bufferSize ?? DEFAULT_BUFFER_SIZE,
    orderBufferSize: checkCount('createStream', 'orderBufferSize', options.orderBufferSize ?? DEFAULT_ORDER_BUFFER_SIZE),
    // Read at call time, so a provider's method is used as it is then.
    readOrderBook: orderBook === false ? undefined : (orderBook ?? (provider?.orderBook ? () => provider.orderBook!() : undefined)),
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
