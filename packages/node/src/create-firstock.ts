import {
  type ApiVersion,
  type CallOptions,
  type Client,
  call,
  type Credentials,
  createRateLimiter,
  type Endpoint,
  type EndpointInput,
  type EndpointOutput,
  type Instrument,
  type InstrumentIndex,
  type InstrumentRef,
  endSession,
  type Logger,
  MemorySessionStore,
  type OrderLimits,
  type RateLimits,
  type RetryOptions,
  registerCredentials,
  registries,
  type Session,
  type SessionProvider,
  type SessionStore,
  startSession,
  type Transport,
  ValidationError,
} from '@firstock/core'
import { checkSecureUrl, describeValue, renewSession, ServerClock } from '@firstock/core/protocol'
import { checkClientOptions } from './client-options.js'
import { undiciTransport } from './undici-transport.js'
import {
  type ConfirmedOrder,
  type ConfirmedOrders,
  placeOrderAndConfirm,
  placeOrderAndConfirmV1,
  type ReconcileOptions,
  type GttReconcileResult,
  type ReconcileResult,
  reconcileGttOrder,
  reconcileOrder,
} from './orders.js'
import { defaultSymbolsUrl, type InstrumentsOptions, loadInstruments } from './instruments.js'

type V3 = (typeof registries)['v3']['endpoints']
type V1 = (typeof registries)['v1']['endpoints']
/** The endpoint rows of one API generation. */
type EndpointsOf<V extends ApiVersion> = (typeof registries)[V]['endpoints']

/** Options of {@link createFirstock}. Give the credentials to let the client log in (and renew the session) itself. */
export interface FirstockOptions<V extends ApiVersion = 'v3'> extends Partial<Credentials> {
  /**
   * The API generation: `'v3'` (Connect V3) or `'v1'` (Developer API V1, `https://api.firstock.in/V1/`). The client
   * has exactly that version's methods. Firstock recommends naming it explicitly.
   */
  version: V
  userId: string
  /** Defaults to Firstock's host for the version. Must be https, except on loopback (the sandbox). */
  baseUrl?: string
  /** WebSocket URL for `@firstock/stream`. Defaults to Firstock's for the version. */
  wsUrl?: string
  /** Where symbol masters are downloaded from. Default: Firstock's for the version, or the sandbox's origin. */
  symbolsUrl?: string
  /** Where sessions live. Default: in memory. Use `FileSessionStore` to keep them across processes. */
  sessionStore?: SessionStore
  /** Start from an existing session (e.g. obtained elsewhere); it is put into the store. */
  session?: Session
  /**
   * Called when the server rejects the session and no credentials are configured: return a new session
   * (logged in some other way) to replay safe reads once, or nothing to surface the `SessionError`.
   */
  onSessionExpired?: () => Session | undefined | void | Promise<Session | undefined | void>
  /** Per-bucket limits; `false` turns client-side limiting off. Default: the version's documented limits. */
  rateLimits?: Partial<RateLimits> | false
  /** How reads are retried on network errors, 429 and 5xx (default 3 attempts). Orders are never retried. */
  retry?: Partial<RetryOptions>
  /** Per-attempt timeout in ms (default 10 000). */
  timeout?: number
  /** A pino-style logger; every line it gets is already redacted. */
  logger?: Logger
  /** Replace the HTTP transport (`kyTransport()` for ky hooks, `fetchTransport()`, your own). Default: `undiciTransport()`. */
  transport?: Transport
  /**
   * The largest answer accepted, in bytes after decompression (default 8 MiB). A larger answer is a `NetworkError`
   * `BAD_RESPONSE` (an `OrderOutcomeUnknownError` for order calls); raise it for very long candle series.
   */
  maxResponseBytes?: number
  /**
   * Fat-finger guard, off by default: the largest quantity one order (or one leg) may have. A larger placeOrder,
   * modifyOrder, multiPlaceOrders item or strategy is refused with a `ValidationError` (`ORDER_LIMIT`) before sending.
   */
  maxOrderQuantity?: number
  /**
   * Fat-finger guard, off by default: the largest value (quantity × price, or × triggerPrice for SL-MKT) of one
   * order. Market orders carry no price, so only `maxOrderQuantity` applies to them.
   */
  maxOrderValue?: number
}

export type { ConfirmedOrder, ConfirmedOrders, GttReconcileResult, ReconcileOptions, ReconcileResult } from './orders.js'

type Method<E extends Endpoint> = {} extends EndpointInput<E>
  ? (input?: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>>
  : (input: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>>

/** One method per endpoint of the version, named as the endpoint (login and logout take no input). */
export type EndpointMethods<V extends ApiVersion = 'v3'> = {
  [K in Exclude<keyof EndpointsOf<V>, 'login' | 'logout'>]: EndpointsOf<V>[K] extends infer E extends Endpoint ? Method<E> : never
}

/**
 * A Firstock client: one method per V3 endpoint (`firstock.placeOrder(input, { signal, timeout })`, input and output
 * as in the endpoint row of the same name in `@firstock/core`), plus login, reconcile and instruments.
 * Every method rejects with a {@link FirstockError} subclass: `ValidationError` before sending, `ApiError` /
 * `SessionError` / `RateLimitError` for a refusal, `NetworkError` / `OrderOutcomeUnknownError` without an answer.
 */
export type Firstock<V extends ApiVersion = 'v3'> = V extends ApiVersion
  ? EndpointMethods<V> & FirstockBase<V> & (V extends 'v3' ? V3Extras : V1Extras)
  : never

/** What a V3 client has beyond its endpoints and the common methods. */
export interface V3Extras {
  /**
   * Places an order with a tag and confirms it from the order book. If the answer is lost, finds the order by
   * its tag instead of guessing; if it cannot be found either, rethrows `OrderOutcomeUnknownError`.
   */
  placeOrderAndConfirm(input: EndpointInput<V3['placeOrder']>, options?: ReconcileOptions): Promise<ConfirmedOrder>
}

/** What a V1 client has beyond its endpoints and the common methods. */
export interface V1Extras {
  /**
   * Places an order with a tag and confirms every slice from the order book (above the freeze quantity Firstock
   * places several orders). If the answer is lost, finds the slices by their tag; if they cannot all be found,
   * rethrows `OrderOutcomeUnknownError`. Never places twice.
   */
  placeOrderAndConfirm(input: EndpointInput<V1['placeOrder']>, options?: ReconcileOptions): Promise<ConfirmedOrders>
  /**
   * Looks a GTT order up in the GTT book by its tag (placeGttOrder's `remarks`, which the SDK makes unique): what to
   * do after `placeGttOrder` rejects with `OrderOutcomeUnknownError`.
   */
  reconcileGttOrder(tag: string, options?: ReconcileOptions): Promise<GttReconcileResult>
}

/** The methods every version's client has besides its endpoints. */
export interface FirstockBase<V extends ApiVersion = ApiVersion> extends SessionProvider {
  /** The API generation this client speaks. */
  readonly version: V
  /** The REST base URL, ending in `/`. */
  readonly baseUrl: string
  /** Log in with the configured credentials (TOTP computed from `totpSecret`) and store the session. */
  login(options?: CallOptions): Promise<Session>
  /** Ends the session at the server and forgets it locally (even if the server call fails). */
  logout(options?: CallOptions): Promise<void>
  /** The generic call, for any endpoint row. */
  call<E extends Endpoint>(endpoint: E, input: EndpointInput<E>, options?: CallOptions): Promise<EndpointOutput<E>>
  /** Looks an order up in the order book by its tag (placeOrder's `remarks`). */
  reconcileOrder(tag: string, options?: ReconcileOptions): Promise<ReconcileResult>
  /** Downloads (daily, cached on disk, offline fallback) the symbol masters into an index: trade by symbol. */
  instruments(options?: InstrumentsOptions): Promise<InstrumentIndex>
  /**
   * The instrument a symbol or token names (`'NSE:ITC-EQ'`, `'NSE|1660'`, `{ exchange, token }`), looked up in the
   * index of the last `instruments()` call (loaded with the defaults if there was none). Rejects with
   * `UnknownInstrumentError` listing the closest matches.
   */
  resolve(ref: InstrumentRef): Promise<Instrument>
}

/**
 * Refuses anything but https (or wss), except loopback hosts (where the sandbox runs), by core's `checkSecureUrl`
 * (the rule `createStream` applies too), and normalises the trailing `/`.
 *
 * @param raw - the URL to check.
 * @param what - its option name, for the error message.
 * @throws {@link ValidationError} `INVALID_INPUT` for a malformed URL, `INSECURE_URL` for http(s) off loopback.
 * @example
 * ```ts
 * checkBaseUrl('http://127.0.0.1:8765/api/V3') // 'http://127.0.0.1:8765/api/V3/'
 * ```
 */
export function checkBaseUrl(raw: string, what = 'baseUrl'): string {
  const url = checkSecureUrl(raw, what, 'createFirstock')
  return url.href.endsWith('/') || what === 'wsUrl' ? url.href : `${url.href}/`
}

/**
 * Creates a Firstock client with one typed method per endpoint. Nothing is sent until the first call.
 *
 * @param options - the API version, the user, credentials (for `login()` and automatic renewal) and tuning.
 * @returns the client; it also satisfies `SessionProvider`, so `createStream({ provider: firstock })` works.
 * @throws {@link ValidationError} `INVALID_INPUT` naming the option when an option is not as documented (e.g.
 *   `timeout: Infinity`, a rate limit of 0, `options` not an object); `INSECURE_URL` when `baseUrl` or `wsUrl` is
 *   not https (plain http is allowed on loopback only, for the sandbox).
 * @example
 * ```ts
 * const firstock = createFirstock({ version: 'v3', userId: 'AB1234', password, totpSecret, apiKey, vendorCode: 'AB1234_API' })
 * await firstock.login()
 * const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })
 * ```
 */
export function createFirstock<V extends ApiVersion>(options: FirstockOptions<V>): Firstock<V> {
  checkClientOptions(options)
  const registry = registries[options.version]
  const registering = registerCredentials(options)
  const baseUrl = checkBaseUrl(options.baseUrl ?? registry.baseUrl)
  const wsUrl = checkBaseUrl(options.wsUrl ?? registry.wsUrl, 'wsUrl')
  const symbolsUrl = checkBaseUrl(options.symbolsUrl ?? defaultSymbolsUrl(registry.version, options.baseUrl), 'symbolsUrl')
  const orderLimits = checkOrderLimitOptions(options)
  const sessions = options.sessionStore ?? new MemorySessionStore()
  const credentials = credentialsFrom(options)
  // A caller-provided session is stored, and every secret registered, before the first call reads the store.
  const seeding = Promise.all([registering, options.session && sessions.set(options.session)])

  // The index `resolve()` uses: the last one `instruments()` loaded (forgotten if that load fails).
  let index: Promise<InstrumentIndex> | undefined
  // The same index once loaded: order calls check prices against its tick sizes (never waiting for a download).
  let loaded: InstrumentIndex | undefined
  const instruments = (instrumentsOptions?: InstrumentsOptions) => {
    const loading = loadInstruments({ ...instrumentsOptions, version: registry.version, symbolsUrl, logger: options.logger })
    index = loading
    loading.then(
      (done) => index === loading && (loaded = done),
      () => index === loading && (index = undefined),
    )
    return loading
  }

  const client: Client = {
    registry,
    baseUrl,
    transport: options.transport ?? undiciTransport(),
    userId: options.userId,
    sessions: {
      get: async (userId) => {
        await seeding
        return sessions.get(userId)
      },
      set: (session) => sessions.set(session),
      delete: (userId) => sessions.delete(userId),
    },
    limiter: options.rateLimits === false ? undefined : createRateLimiter({ ...registry.limits, ...options.rateLimits }),
    retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000, ...options.retry },
    timeoutMs: options.timeout,
    maxResponseBytes: options.maxResponseBytes,
    logger: options.logger,
    orderLimits,
    instrumentOf: (exchange, tradingSymbol) => loaded?.bySymbol(exchange, tradingSymbol),
    serverClock: new ServerClock(),
    renewSession: async () => {
      if (credentials) return startSession(client, credentials)
      const session = (await options.onSessionExpired?.()) ?? undefined
      if (session) await sessions.set(session)
      return session
    },
  }

  const methods: Record<string, unknown> = {}
  for (const [name, endpoint] of Object.entries(registry.endpoints)) {
    if (name === 'login' || name === 'logout') continue
    methods[name] = (input?: unknown, callOptions?: CallOptions) => call(client, endpoint as Endpoint, input as never, callOptions)
  }

  const firstock = {
    ...methods,
    version: registry.version,
    baseUrl,
    wsUrl,
    userId: options.userId,
    getSession: () => client.sessions.get(options.userId),
    renewSession: (stale?: Session) => renewSession(client, stale),
    login: (callOptions?: CallOptions) => {
      if (!credentials) {
        return Promise.reject(
          new ValidationError('login: password, apiKey, vendorCode and totpSecret (or totp) are required to log in', {
            code: 'INVALID_INPUT',
            endpoint: 'login',
            field: missingCredential(options),
            direction: 'request',
          }),
        )
      }
      return startSession(client, credentials, callOptions)
    },
    logout: (callOptions?: CallOptions) => endSession(client, callOptions),
    call: <E extends Endpoint>(endpoint: E, input: EndpointInput<E>, callOptions?: CallOptions) =>
      call(client, endpoint, input, callOptions),
    instruments,
    resolve: async (ref: InstrumentRef) => (await (index ??= instruments())).resolve(ref),
    reconcileOrder: (tag: string, reconcileOptions?: ReconcileOptions) => reconcileOrder(client, tag, reconcileOptions),
    placeOrderAndConfirm: (input: never, reconcileOptions?: ReconcileOptions) =>
      registry.version === 'v3'
        ? placeOrderAndConfirm(client, input, reconcileOptions)
        : placeOrderAndConfirmV1(client, input, reconcileOptions),
    ...(registry.version === 'v1' && {
      reconcileGttOrder: (tag: string, reconcileOptions?: ReconcileOptions) => reconcileGttOrder(client, tag, reconcileOptions),
    }),
    [Symbol.for('nodejs.util.inspect.custom')]: () =>
      `Firstock { version: '${registry.version}', userId: '${options.userId}', baseUrl: '${baseUrl}' }`,
    toJSON: () => ({ version: registry.version, userId: options.userId, baseUrl }),
  }
  return firstock as unknown as Firstock<V>
}

/** The fat-finger limits, each a positive finite number when given. */
function checkOrderLimitOptions(options: FirstockOptions<ApiVersion>): OrderLimits | undefined {
  const { maxOrderQuantity, maxOrderValue } = options
  for (const [field, value] of Object.entries({ maxOrderQuantity, maxOrderValue })) {
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
      throw new ValidationError(`createFirstock: ${field} must be a positive number (got ${describeValue(value)})`, {
        code: 'INVALID_INPUT',
        field,
        direction: 'request',
      })
    }
  }
  return maxOrderQuantity === undefined && maxOrderValue === undefined ? undefined : { maxOrderQuantity, maxOrderValue }
}

function credentialsFrom(options: FirstockOptions<ApiVersion>): Credentials | undefined {
  const { userId, password, apiKey, vendorCode, totpSecret, totp } = options
  if (!password || !apiKey || !vendorCode || !(totpSecret || totp)) return undefined
  return { userId, password, apiKey, vendorCode, totpSecret, totp }
}

function missingCredential(options: FirstockOptions<ApiVersion>): string {
  if (!options.password) return 'password'
  if (!options.apiKey) return 'apiKey'
  if (!options.vendorCode) return 'vendorCode'
  return 'totpSecret'
}

