import { checkCount, checkDuration, checkSecureUrl, norenProtocol, socketV2Protocol, v1, v3, ValidationError } from '@firstock/core'
import DefaultWebSocket from 'isomorphic-ws'
import { DEFAULT_RECONNECT, type ReconnectOptions } from './backoff.js'
import {
  DEFAULT_BUFFER_SIZE,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_ORDER_BUFFER_SIZE,
  DEFAULT_SUBSCRIBE_TIMEOUT_MS,
  DEFAULT_WATCHDOG_MS,
  type StreamOptions,
  type WebSocketConstructor,
} from './types.js'

/** {@link StreamOptions} with the defaults applied and the values checked before anything is opened. */
export function resolveOptions(options: StreamOptions) {
  const { provider } = options
  const version = options.version ?? provider?.version ?? 'v3'
  if (version !== 'v3' && version !== 'v1') {
    throw new ValidationError(`createStream: version must be 'v3' or 'v1' (got ${JSON.stringify(version)})`, {
      code: 'INVALID_INPUT',
      field: 'version',
      direction: 'request',
    })
  }
  // The session token goes on the socket (a message, or socket V2's query string): only wss, except to loopback.
  const url = options.url ?? provider?.wsUrl ?? (version === 'v1' ? v1.wsUrl : v3.wsUrl)
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
    version,
    protocol: version === 'v1' ? socketV2Protocol : norenProtocol,
    url,
    WebSocketImpl: options.WebSocket ?? (DefaultWebSocket as unknown as WebSocketConstructor),
    reconnect,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    watchdogMs: options.watchdogMs ?? DEFAULT_WATCHDOG_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    subscribeTimeoutMs: checkDuration('createStream', 'subscribeTimeoutMs', options.subscribeTimeoutMs ?? DEFAULT_SUBSCRIBE_TIMEOUT_MS),
    bufferSize: options.bufferSize ?? DEFAULT_BUFFER_SIZE,
    orderBufferSize: checkCount('createStream', 'orderBufferSize', options.orderBufferSize ?? DEFAULT_ORDER_BUFFER_SIZE),
    // Read at call time, so a provider's method is used as it is then.
    readOrderBook: orderBook === false ? undefined : (orderBook ?? (provider?.orderBook ? () => provider.orderBook!() : undefined)),
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
