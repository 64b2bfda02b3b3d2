// The public API of @firstock/node, generated from its built types by tooling/api-report.mjs. Do not edit.
// ConfirmedOrder
interface ConfirmedOrder {
    orderNumber: string;
    tag: string;
    order: OrderRow | undefined;
    recovered: boolean;
}

// ConfirmedOrders
interface ConfirmedOrders {
    tag: string;
    orders: {
        orderNumber: string;
        order: OrderRow | undefined;
    }[];
    recovered: boolean;
}

// DEFAULT_SYMBOL_FILES
declare const DEFAULT_SYMBOL_FILES: readonly SymbolFile[];

// EndpointMethods
type EndpointMethods<V extends ApiVersion = 'v3'> = {
    [K in Exclude<keyof EndpointsOf<V>, 'login' | 'logout'>]: EndpointsOf<V>[K] extends infer E extends Endpoint ? Method<E> : never;
};

// FileSessionStore
declare class FileSessionStore implements SessionStore {
    #private;
    readonly dir: string;
    constructor(options?: {
        dir?: string;
        logger?: Logger;
    });
    get(userId: string): Promise<Session | undefined>;
    set(session: Session): Promise<void>;
    delete(userId: string): Promise<void>;
}

// Firstock
type Firstock<V extends ApiVersion = 'v3'> = V extends ApiVersion ? EndpointMethods<V> & FirstockBase<V> & (V extends 'v3' ? V3Extras : V1Extras) : never;

// FirstockOptions
interface FirstockOptions<V extends ApiVersion = 'v3'> extends Partial<Credentials> {
    version: V;
    userId: string;
    baseUrl?: string;
    wsUrl?: string;
    symbolsUrl?: string;
    sessionStore?: SessionStore;
    session?: Session;
    onSessionExpired?: () => Session | undefined | void | Promise<Session | undefined | void>;
    rateLimits?: Partial<RateLimits> | false;
    retry?: Partial<RetryOptions>;
    timeout?: number;
    logger?: Logger;
    transport?: Transport;
    maxResponseBytes?: number;
    maxOrderQuantity?: number;
    maxOrderValue?: number;
}

// GttReconcileResult
type GttReconcileResult = {
    found: true;
    gtt: V1GttOrder;
    gtts: V1GttOrder[];
} | {
    found: false;
};

// InstrumentsOptions
interface InstrumentsOptions {
    exchanges?: readonly SymbolFile[];
    cacheDir?: string | false;
    maxAgeMs?: number;
    force?: boolean;
    offline?: boolean;
    timeout?: number;
    signal?: AbortSignal;
    onProgress?: (event: InstrumentsProgress) => void;
}

// InstrumentsProgress
type InstrumentsProgress = {
    file: SymbolFile;
    phase: 'cached';
    url: string;
    fetchedAt: Date;
} | {
    file: SymbolFile;
    phase: 'downloading';
    url: string;
    receivedBytes: number;
    totalBytes: number | undefined;
} | {
    file: SymbolFile;
    phase: 'fallback';
    url: string;
    fetchedAt: Date;
    error: Error;
} | {
    file: SymbolFile;
    phase: 'done';
    url: string;
    instruments: number;
    skipped: number;
    fromCache: boolean;
    stale: boolean;
};

// KEEP_ALIVE_TIMEOUT_MS
declare const KEEP_ALIVE_TIMEOUT_MS = 30000;

// KyTransportOptions
interface KyTransportOptions {
    fetch?: typeof fetch;
    hooks?: Hooks;
}

// LoadInstrumentsOptions
interface LoadInstrumentsOptions extends InstrumentsOptions {
    version?: ApiVersion;
    symbolsUrl?: string;
    urls?: Partial<Record<SymbolFile, string>>;
    logger?: Logger | undefined;
    fetch?: typeof fetch;
    now?: () => Date;
}

// ReconcileOptions
interface ReconcileOptions extends CallOptions {
    attempts?: number;
    intervalMs?: number;
    sentAt?: number | Date;
}

// ReconcileResult
type ReconcileResult = {
    found: true;
    order: OrderRow;
    orders: OrderRow[];
} | {
    found: false;
};

// SYMBOLS_REFRESH_IST
declare const SYMBOLS_REFRESH_IST: {
    readonly hours: 8;
    readonly minutes: 0;
};

// SYMBOLS_URLS
declare const SYMBOLS_URLS: Record<ApiVersion, string>;

// SYMBOL_FILE_PATHS
declare const SYMBOL_FILE_PATHS: Record<SymbolFile, string>;

// SymbolFile
type SymbolFile = Exchange | 'INDICES';

// UndiciTransportOptions
interface UndiciTransportOptions {
    dispatcher?: Dispatcher;
    agent?: Agent.Options;
}

// V1Extras
interface V1Extras {
    placeOrderAndConfirm(input: EndpointInput<V1['placeOrder']>, options?: ReconcileOptions): Promise<ConfirmedOrders>;
    reconcileGttOrder(tag: string, options?: ReconcileOptions): Promise<GttReconcileResult>;
}

// V3Extras
interface V3Extras {
    placeOrderAndConfirm(input: EndpointInput<V3['placeOrder']>, options?: ReconcileOptions): Promise<ConfirmedOrder>;
}

// checkBaseUrl
declare function checkBaseUrl(raw: string, what?: string): string;

// createFirstock
declare function createFirstock<V extends ApiVersion>(options: FirstockOptions<V>): Firstock<V>;

// defaultCacheDir
declare function defaultCacheDir(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;

// defaultConfigDir
declare function defaultConfigDir(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;

// defaultSymbolsUrl
declare function defaultSymbolsUrl(version: ApiVersion, baseUrl?: string): string;

// kyTransport
declare function kyTransport(options?: KyTransportOptions): Transport;

// loadInstruments
declare function loadInstruments(options?: LoadInstrumentsOptions): Promise<InstrumentIndex>;

// symbolFileUrl
declare function symbolFileUrl(file: SymbolFile, options?: Pick<LoadInstrumentsOptions, 'symbolsUrl' | 'urls' | 'version'>): string;

// undiciTransport
declare function undiciTransport(options?: UndiciTransportOptions): Transport;

// (not exported) EndpointsOf
type EndpointsOf<V extends ApiVersion> = (typeof registries)[V]['endpoints'];

// (not exported) Method
type Method<E extends Endpoint> = {} extends EndpointInput<E> ? (input?: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>> : (input: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>>;

// (not exported) FirstockBase
interface FirstockBase<V extends ApiVersion = ApiVersion> extends SessionProvider {
    readonly version: V;
    readonly baseUrl: string;
    login(options?: CallOptions): Promise<Session>;
    logout(options?: CallOptions): Promise<void>;
    call<E extends Endpoint>(endpoint: E, input: EndpointInput<E>, options?: CallOptions): Promise<EndpointOutput<E>>;
    reconcileOrder(tag: string, options?: ReconcileOptions): Promise<ReconcileResult>;
    instruments(options?: InstrumentsOptions): Promise<InstrumentIndex>;
    resolve(ref: InstrumentRef): Promise<Instrument>;
}

// (not exported) V1
type V1 = (typeof registries)['v1']['endpoints'];

// (not exported) V3
type V3 = (typeof registries)['v3']['endpoints'];

// Re-exported from @firstock/core (see its report):
// ApiError, ApiVersion, AuthMode, BasketMargin, BasketMarginInput, BearPutSpreadInput, BookRows, BullCallSpreadInput, CANDLE_INTERVALS, CallOptions, Candle, CandleInterval, Client, Credentials, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, Depth, DepthLevel, DerivativeQuery, EXCHANGES, EXCHANGES_BY_VERSION, Endpoint, EndpointInput, EndpointOptions, EndpointOutput, EndpointRow, EndpointSchemas, EnvelopeShape, Exchange, ExchangeTokenInput, ExpiryQuery, ExpirySelector, FIRSTOCK_ERROR_NAMES, FirstockError, FirstockErrorName, Holding, HoldingsInput, INSTRUMENT_NAMES, IndexList, IndexListInput, Instrument, InstrumentIndex, InstrumentIndexOptions, InstrumentRef, InstrumentSource, InstrumentText, InstrumentType, InstrumentsInput, InvalidRow, KnownFirstockErrorName, LegResult, LegsRejectedError, Limits, Logger, LoginInput, LoginResult, LongStraddleInput, LongStrangleInput, MAX_SYMBOL_LENGTH, MAX_TAG_LENGTH, MAX_TAG_PREFIX_LENGTH, MSG_FLAGS, MemorySessionStore, ModifyOrderInput, MultiPlaceOrdersInput, MultiQuote, MultiQuoteLtp, NetworkError, NoInput, OPTION_TYPES, ORDER_STATUSES, OptionChain, OptionChainInput, OptionGreekInput, OptionGreeks, OptionQuery, OptionType, OrderAck, OrderBookInput, OrderLimits, OrderMargin, OrderMarginInput, OrderNumberInput, OrderOutcomeUnknownError, OrderRow, OrderSessionExpiredError, OrderStatus, OrderUpdate, POSITION_TYPES, PRICE_TYPES, PRODUCTS, PlaceOrderInput, PlacedLeg, Position, PositionType, PriceType, Product, ProductConversionInput, ProductConversionResult, Quote, QuoteFields, QuoteLtp, REDACTED, RETENTIONS, RateLimit, RateLimitBucket, RateLimitError, RateLimiter, RateLimits, Registry, RejectedError, RejectedLeg, Retention, RetryOptions, RetryPolicy, SYMBOL_MASTER_COLUMNS, Schemas, Scrip, ScripInput, ScripMatch, SearchOptions, SearchScripsInput, SecurityInfo, Session, SessionError, SessionProvider, SessionStore, ShortStraddleInput, ShortStrangleInput, SkippedRow, SpanCalculatorsInput, SpanMargin, SymbolMasterLayout, SymbolMasterParseOptions, SymbolMasterParseResult, SymbolMasterParser, TRANSACTION_TYPES, Tick, TickInfo, TimePriceSeriesInput, Trade, TransactionType, Transport, TransportRequest, TransportResponse, UnknownInstrumentError, UserDetails, V1BasketMargin, V1BasketMarginInput, V1BasketOrderInput, V1Brokerage, V1BrokerageCalculatorInput, V1Candle, V1CombinedHoldings, V1Endpoints, V1Expiries, V1Fundamentals, V1GttAck, V1GttIdInput, V1GttOrder, V1Holding, V1HoldingDetail, V1IndexEntry, V1InstrumentInput, V1InstrumentsInput, V1Limits, V1LoginInput, V1LoginResult, V1ModifyAMOInput, V1ModifyGttOrderInput, V1ModifyOrderInput, V1MultiQuoteItem, V1MultiQuoteLtp, V1OptionChainGreeksInput, V1OptionChainInput, V1OptionChainRow, V1OptionGreeksRow, V1OrderAck, V1OrderChange, V1OrderHistoryRow, V1OrderInput, V1OrderMargin, V1OrderMarginInput, V1OrderNumberInput, V1OrderRow, V1PlaceGttOrderInput, V1PlacedOrders, V1Position, V1ProductConversionInput, V1ProductConversionResult, V1Quote, V1QuoteLtp, V1Schemas, V1ScripMatch, V1SearchScripsInput, V1SecurityInfo, V1TimePriceSeriesInput, V1Trade, V1UserDetails, V1_INTERVALS, V1_RETENTIONS, V1_SYMBOL_MASTER_URL, V3Endpoints, ValidationDirection, ValidationError, Z, basketMargin, bearPutSpread, bullCallSpread, call, cancelOrder, closestMatches, commonSchemas, createInstrumentIndex, createRateLimiter, createSymbolMasterParser, defineEndpoint, endSession, fetchTransport, formatExpiry, getMultiQuotes, getMultiQuotesLtp, getQuote, getQuoteLtp, holdings, indexList, instrumentKey, instrumentTokenKey, isExchange, isFirstockError, limit, loadSchemas, login, logout, longStraddle, longStrangle, modifyOrder, multiPlaceOrders, newOrderTag, optionChain, optionGreek, orderBook, orderMargin, parseExpiry, parseInstrumentText, parseResponse, parseSymbolMaster, parseSymbolMasterChunks, placeOrder, positionBook, productConversion, redact, registerCredentials, registerSecret, registries, resolveInstrument, schemasOf, scrub, searchScrips, securityInfo, sha256Hex, shortStraddle, shortStrangle, singleOrderHistory, spanCalculators, startSession, timePriceSeries, totpFromSecret, tradeBook, userDetails, v1, v1Endpoints, v1Schemas, v3, v3Endpoints, v3Schemas, validateRequest
