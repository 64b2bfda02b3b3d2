// The public API of @firstock/core, generated from its built types by tooling/api-report.mjs. Do not edit.
// ApiError
declare class ApiError extends FirstockError {
    readonly name: string;
    readonly apiCode: string | undefined;
    readonly httpStatus: number;
    readonly retryable: boolean;
    constructor(message: string, options: FirstockErrorOptions & {
        apiCode?: string | undefined;
        httpStatus: number;
        retryable?: boolean;
    });
}

// ApiVersion
type ApiVersion = 'v3' | 'v1';

// AuthMode
type AuthMode = 'none' | 'session';

// BookRows
type BookRows<Row> = Row[] & {
    invalidRows: InvalidRow[];
};

// CANDLE_INTERVALS
declare const CANDLE_INTERVALS: readonly [
    "1",
    "3",
    "5",
    "10",
    "15",
    "30",
    "60",
    "120",
    "240",
    "DAY"
];

// CallOptions
interface CallOptions {
    signal?: AbortSignal | undefined;
    timeout?: number | undefined;
}

// CandleInterval
type CandleInterval = (typeof CANDLE_INTERVALS)[number];

// Client
interface Client {
    readonly registry: Registry;
    readonly baseUrl: string;
    readonly transport: Transport;
    readonly userId: string;
    readonly sessions: SessionStore;
    readonly limiter?: RateLimiter | undefined;
    readonly retry?: RetryOptions | undefined;
    readonly timeoutMs?: number | undefined;
    readonly maxResponseBytes?: number | undefined;
    readonly logger?: Logger | undefined;
    readonly orderLimits?: OrderLimits | undefined;
    readonly instrumentOf?: ((exchange: string, tradingSymbol: string) => TickInfo | undefined) | undefined;
    readonly renewSession?: (() => Promise<Session | undefined>) | undefined;
    readonly serverClock?: ServerClock | undefined;
}

// Credentials
interface Credentials {
    userId: string;
    password: string;
    apiKey: string;
    vendorCode: string;
    totpSecret?: string | undefined;
    totp?: string | (() => string | Promise<string>) | undefined;
}

// DEFAULT_RETRY
declare const DEFAULT_RETRY: RetryOptions;

// DEFAULT_TIMEOUT_MS
declare const DEFAULT_TIMEOUT_MS = 10000;

// Depth
interface Depth extends QuoteFields {
    readonly lastTradeTime: string;
    readonly lastTradeQuantity: number;
    readonly totalBuyQuantity: number;
    readonly totalSellQuantity: number;
    readonly upperCircuit: number | undefined;
    readonly lowerCircuit: number | undefined;
    readonly high52Week: number | undefined;
    readonly low52Week: number | undefined;
    readonly bids: readonly DepthLevel[];
    readonly asks: readonly DepthLevel[];
}

// DepthLevel
interface DepthLevel {
    readonly price: number | undefined;
    readonly quantity: number;
    readonly orders: number;
}

// DerivativeQuery
interface DerivativeQuery {
    exchange?: string;
    includeExpired?: boolean;
    now?: Date;
}

// EXCHANGES
declare const EXCHANGES: readonly [
    "NSE",
    "BSE",
    "NFO",
    "BFO"
];

// EXCHANGES_BY_VERSION
declare const EXCHANGES_BY_VERSION: Readonly<Record<ApiVersion, readonly Exchange[]>>;

// Endpoint
interface Endpoint<Name extends string = string, Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
    readonly name: Name;
    readonly path: string;
    readonly auth: AuthMode;
    readonly retry: RetryPolicy;
    readonly limit: RateLimitBucket;
    readonly envelope?: EnvelopeShape;
    readonly tagField?: string;
    readonly legs?: 'items' | 'server';
    readonly legsField?: string;
    readonly book?: 'gttOrderBook';
    readonly emptyWhen?: readonly string[];
    readonly rowTagField?: string;
    readonly orderGuard?: boolean;
    readonly version?: ApiVersion;
    readonly schemaSet?: (z: Z) => object;
    readonly rejection?: (data: unknown) => string | undefined;
    readonly request: (schemas: Schemas) => Request;
    readonly response: (schemas: Schemas) => Response;
}

// EndpointInput
type EndpointInput<E extends Endpoint> = z.input<ReturnType<E['request']>>;

// EndpointOutput
type EndpointOutput<E extends Endpoint> = z.output<ReturnType<E['response']>>;

// EndpointSchemas
interface EndpointSchemas<E extends Endpoint = Endpoint> {
    readonly request: ReturnType<E['request']>;
    readonly response: ReturnType<E['response']>;
}

// EnvelopeShape
type EnvelopeShape = 'data' | 'values' | 'list';

// Exchange
type Exchange = (typeof EXCHANGES)[number];

// ExpiryQuery
interface ExpiryQuery extends DerivativeQuery {
    kind?: 'options' | 'futures' | 'all';
}

// ExpirySelector
type ExpirySelector = 'nearest' | Date | string;

// FIRSTOCK_ERROR_NAMES
declare const FIRSTOCK_ERROR_NAMES: readonly KnownFirstockErrorName[];

// FirstockError
declare class FirstockError extends Error {
    readonly name: string;
    readonly code: string;
    readonly endpoint: string | undefined;
    readonly field: string | undefined;
    readonly retryable: boolean;
    constructor(message: string, options: FirstockErrorOptions);
    toString(): string;
    toJSON(): Record<string, unknown>;
    [INSPECT](): string;
}

// FirstockErrorName
type FirstockErrorName = KnownFirstockErrorName | (string & {});

// INSTRUMENT_NAMES
declare const INSTRUMENT_NAMES: readonly [
    "FUTSTK",
    "FUTIDX",
    "OPTSTK",
    "OPTIDX"
];

// Instrument
interface Instrument {
    exchange: Exchange;
    token: string;
    tradingSymbol: string;
    symbol: string;
    name: string;
    instrumentType: InstrumentType;
    expiry?: Date;
    strike?: number;
    optionType?: 'CE' | 'PE';
    lotSize: number;
    tickSize: number;
    freezeQty?: number;
    isin?: string;
}

// InstrumentIndex
declare class InstrumentIndex implements Iterable<Instrument> {
    #private;
    readonly sources: readonly InstrumentSource[];
    readonly duplicates: number;
    constructor(instruments: Iterable<Instrument>, options?: InstrumentIndexOptions);
    get size(): number;
    get stale(): boolean;
    get exchanges(): string[];
    [Symbol.iterator](): Iterator<Instrument>;
    all(): readonly Instrument[];
    bySymbol(exchange: string, tradingSymbol: string): Instrument | undefined;
    byToken(exchange: string, token: string | number): Instrument | undefined;
    get(ref: InstrumentRef): Instrument | undefined;
    resolve(ref: InstrumentRef): Instrument;
    options(underlying: string, query?: OptionQuery): Instrument[];
    futures(underlying: string, query?: DerivativeQuery): Instrument[];
    expiries(underlying: string, query?: ExpiryQuery): Date[];
    nearestExpiry(underlying: string, query?: ExpiryQuery): Date | undefined;
    search(query: string, options?: SearchOptions): Instrument[];
    suggest(text: string, options?: {
        exchange?: string;
        limit?: number;
    }): string[];
}

// InstrumentIndexOptions
interface InstrumentIndexOptions {
    now?: () => Date;
    sources?: readonly InstrumentSource[];
}

// InstrumentRef
type InstrumentRef = string | {
    readonly exchange: string;
    readonly token: string | number;
} | {
    readonly exchange: string;
    readonly tradingSymbol: string;
};

// InstrumentSource
interface InstrumentSource {
    name: string;
    url?: string;
    fetchedAt?: Date;
    stale: boolean;
    fromCache: boolean;
    rows: number;
    skipped: number;
}

// InstrumentText
type InstrumentText = {
    readonly kind: 'token';
    readonly exchange: string;
    readonly token: string;
} | {
    readonly kind: 'symbol';
    readonly exchange: string | undefined;
    readonly tradingSymbol: string;
};

// InstrumentType
type InstrumentType = 'EQ' | 'UNDIND' | 'FUTSTK' | 'FUTIDX' | 'OPTSTK' | 'OPTIDX' | (string & {});

// InvalidRow
interface InvalidRow {
    index: number;
    raw: unknown;
    problem: string;
}

// KnownFirstockErrorName
type KnownFirstockErrorName = keyof typeof FIRSTOCK_ERRORS;

// LegResult
type LegResult = PlacedLeg;

// LegsRejectedError
declare class LegsRejectedError extends FirstockError {
    readonly name: string;
    readonly placed: readonly PlacedLeg[];
    readonly rejected: readonly RejectedLeg[];
    constructor(message: string, options: FirstockErrorOptions & {
        placed: readonly PlacedLeg[];
        rejected: readonly RejectedLeg[];
    });
}

// Logger
interface Logger {
    debug?(details: object, message?: string): void;
    info?(details: object, message?: string): void;
    warn?(details: object, message?: string): void;
    error?(details: object, message?: string): void;
}

// MAX_SYMBOL_LENGTH
declare const MAX_SYMBOL_LENGTH = 40;

// MAX_TAG_LENGTH
declare const MAX_TAG_LENGTH = 64;

// MAX_TAG_PREFIX_LENGTH
declare const MAX_TAG_PREFIX_LENGTH: number;

// MSG_FLAGS
declare const MSG_FLAGS: readonly [
    "1",
    "2",
    "3",
    "4"
];

// MemorySessionStore
declare class MemorySessionStore implements SessionStore {
    #private;
    get(userId: string): Session | undefined;
    set(session: Session): void;
    delete(userId: string): void;
}

// NetworkError
declare class NetworkError extends FirstockError {
    readonly name: string;
    readonly httpStatus: number | undefined;
    readonly bodyExcerpt: string | undefined;
    readonly sent: boolean;
    readonly retryable: boolean;
    constructor(message: string, options: FirstockErrorOptions & {
        httpStatus?: number | undefined;
        bodyExcerpt?: string | undefined;
        sent?: boolean;
    });
}

// OPTION_TYPES
declare const OPTION_TYPES: readonly [
    "CE",
    "PE"
];

// ORDER_STATUSES
declare const ORDER_STATUSES: readonly [
    "PENDING",
    "OPEN",
    "TRIGGER_PENDING",
    "COMPLETE",
    "REJECTED",
    "CANCELED"
];

// OptionQuery
interface OptionQuery extends DerivativeQuery {
    expiry?: ExpirySelector;
    strike?: number;
    type?: 'CE' | 'PE';
}

// OptionType
type OptionType = (typeof OPTION_TYPES)[number];

// OrderLimits
interface OrderLimits {
    maxOrderQuantity?: number | undefined;
    maxOrderValue?: number | undefined;
}

// OrderOutcomeUnknownError
declare class OrderOutcomeUnknownError extends NetworkError {
    readonly name: string;
    readonly retryable = false;
    readonly request: Record<string, unknown>;
    readonly tag: string | undefined;
    readonly legTags: readonly string[] | undefined;
    readonly orderNumber: string | undefined;
    constructor(message: string, options: FirstockErrorOptions & {
        httpStatus?: number | undefined;
        bodyExcerpt?: string | undefined;
        request: Record<string, unknown>;
        tag?: string | undefined;
        legTags?: readonly string[] | undefined;
        orderNumber?: string | undefined;
    });
}

// OrderRow
type OrderRow = z.output<Schemas['OrderRow']>;

// OrderSessionExpiredError
declare class OrderSessionExpiredError extends SessionError {
    readonly name: string;
    readonly orderMayHaveBeenPlaced = false;
    readonly renewed: boolean;
    constructor(message: string, options: FirstockErrorOptions & {
        apiCode?: string | undefined;
        httpStatus: number;
        renewed: boolean;
    });
}

// OrderStatus
type OrderStatus = (typeof ORDER_STATUSES)[number];

// OrderUpdate
interface OrderUpdate {
    readonly orderNumber: string;
    readonly userId: string;
    readonly accountId: string;
    readonly exchange: string;
    readonly tradingSymbol: string;
    readonly transactionType: string;
    readonly quantity: number;
    readonly price: number | undefined;
    readonly product: string;
    readonly priceType: string;
    readonly retention: string;
    readonly status: string;
    readonly reportType: string;
    readonly remarks: string;
    readonly exchangeOrderNumber: string;
    readonly disclosedQuantity: number | undefined;
    readonly triggerPrice: number | undefined;
    readonly exchangeTime: string | undefined;
    readonly fillQuantity: number | undefined;
    readonly fillPrice: number | undefined;
    readonly fillId: string | undefined;
    readonly fillTime: string | undefined;
    readonly fillShares: number | undefined;
    readonly averagePrice: number | undefined;
    readonly cancelQuantity: number | undefined;
    readonly rejectReason: string | undefined;
    readonly raw: FrameData;
    readonly source: 'live' | 'resync';
}

// POSITION_TYPES
declare const POSITION_TYPES: readonly [
    "DAY",
    "CF"
];

// PRICE_TYPES
declare const PRICE_TYPES: readonly [
    "LMT",
    "MKT",
    "SL-LMT",
    "SL-MKT"
];

// PRODUCTS
declare const PRODUCTS: readonly [
    "C",
    "M",
    "I"
];

// PlacedLeg
interface PlacedLeg {
    leg: number;
    orderNumber: string;
    requestTime: string | undefined;
    tag: string | undefined;
}

// PositionType
type PositionType = (typeof POSITION_TYPES)[number];

// PriceType
type PriceType = (typeof PRICE_TYPES)[number];

// Product
type Product = (typeof PRODUCTS)[number];

// QuoteFields
interface QuoteFields {
    readonly exchange: string;
    readonly token: string;
    readonly key: string;
    readonly symbol: string;
    readonly pricePrecision: number;
    readonly tickSize: number;
    readonly lotSize: number;
    readonly lastPrice: number | undefined;
    readonly changePercent: number;
    readonly volume: number;
    readonly open: number | undefined;
    readonly high: number | undefined;
    readonly low: number | undefined;
    readonly close: number | undefined;
    readonly averagePrice: number | undefined;
    readonly openInterest: number;
    readonly previousOpenInterest: number;
    readonly totalOpenInterest: number;
    readonly feedTime: number;
    readonly snapshot: boolean;
    readonly changed: readonly string[];
}

// REDACTED
declare const REDACTED = "[REDACTED]";

// RETENTIONS
declare const RETENTIONS: readonly [
    "DAY",
    "EOS",
    "IOC"
];

// RateLimit
interface RateLimit {
    limit: number;
    windowMs: number;
}

// RateLimitBucket
type RateLimitBucket = 'quote' | 'candles' | 'order' | 'other';

// RateLimitError
declare class RateLimitError extends ApiError {
    readonly name: string;
    readonly retryAfterMs: number | undefined;
    constructor(message: string, options: FirstockErrorOptions & {
        apiCode?: string | undefined;
        httpStatus: number;
        retryAfterMs?: number | undefined;
    });
}

// RateLimiter
interface RateLimiter {
    acquire(bucket: RateLimitBucket, signal?: AbortSignal): Promise<() => void>;
    pending(bucket: RateLimitBucket): number;
}

// RateLimits
type RateLimits = Record<RateLimitBucket, RateLimit>;

// Registry
interface Registry<Endpoints extends Record<string, Endpoint> = Record<string, Endpoint>> {
    readonly version: ApiVersion;
    readonly baseUrl: string;
    readonly wsUrl: string;
    readonly limits: RateLimits;
    readonly endpoints: Endpoints;
}

// RejectedError
declare class RejectedError extends ApiError {
    readonly name: string;
    readonly reason: string;
    constructor(message: string, options: FirstockErrorOptions & {
        httpStatus: number;
        reason: string;
    });
}

// RejectedLeg
interface RejectedLeg {
    leg: number;
    tag: string | undefined;
    reason: string;
    errorName: string;
    apiCode: string | undefined;
    field: string | undefined;
}

// Retention
type Retention = (typeof RETENTIONS)[number];

// RetryOptions
interface RetryOptions {
    attempts: number;
    baseDelayMs: number;
    maxDelayMs: number;
}

// RetryPolicy
type RetryPolicy = 'safe' | 'never';

// SYMBOL_MASTER_COLUMNS
declare const SYMBOL_MASTER_COLUMNS: {
    readonly equity: readonly [
        "Exchange",
        "Token",
        "LotSize",
        "TradingSymbol",
        "CompanyName",
        "ISIN",
        "TickSize",
        "FreezeQty"
    ];
    readonly derivative: readonly [
        "Exchange",
        "Token",
        "LotSize",
        "Symbol",
        "TradingSymbol",
        "CompanyName",
        "Expiry",
        "Instrument",
        "OptionType",
        "StrikePrice",
        "TickSize",
        "FreezeQty"
    ];
    readonly index: readonly [
        "Exchange",
        "Token",
        "LotSize",
        "Symbol",
        "TradingSymbol",
        "Expiry",
        "Instrument",
        "OptionType",
        "StrikePrice",
        "TickSize"
    ];
};

// Schemas
type Schemas = ReturnType<typeof v3Schemas>;

// Scrip
interface Scrip {
    readonly exchange: Exchange;
    readonly token: string;
    readonly key: string;
}

// ScripInput
type ScripInput = string | {
    readonly exchange: string;
    readonly token: string | number;
};

// SearchOptions
interface SearchOptions {
    limit?: number;
    exchange?: string;
}

// Session
interface Session {
    userId: string;
    jKey: string;
    userName?: string | undefined;
    email?: string | undefined;
    createdAt: string;
}

// SessionError
declare class SessionError extends ApiError {
    readonly name: string;
}

// SessionProvider
interface SessionProvider {
    readonly userId: string;
    readonly wsUrl: string;
    getSession(): Promise<Session | undefined>;
    renewSession?: ((stale?: Session) => Promise<Session | undefined>) | undefined;
}

// SessionStore
interface SessionStore {
    get(userId: string): Session | undefined | Promise<Session | undefined>;
    set(session: Session): void | Promise<void>;
    delete(userId: string): void | Promise<void>;
}

// SkippedRow
interface SkippedRow {
    line: number;
    reason: string;
}

// SymbolMasterLayout
type SymbolMasterLayout = 'equity' | 'derivative' | 'index' | 'custom';

// SymbolMasterParseOptions
interface SymbolMasterParseOptions {
    exchange?: string;
    maxSkippedDetails?: number;
}

// SymbolMasterParseResult
interface SymbolMasterParseResult {
    instruments: Instrument[];
    layout: SymbolMasterLayout;
    rows: number;
    skipped: number;
    blank: number;
    skippedRows: SkippedRow[];
}

// SymbolMasterParser
interface SymbolMasterParser {
    write(chunk: string): void;
    end(): SymbolMasterParseResult;
}

// TRANSACTION_TYPES
declare const TRANSACTION_TYPES: readonly [
    "B",
    "S"
];

// Tick
interface Tick extends QuoteFields {
    readonly bidPrice: number | undefined;
    readonly bidQuantity: number;
    readonly askPrice: number | undefined;
    readonly askQuantity: number;
}

// TickInfo
interface TickInfo {
    tickSize: number;
}

// TransactionType
type TransactionType = (typeof TRANSACTION_TYPES)[number];

// Transport
type Transport = (request: TransportRequest) => Promise<TransportResponse>;

// TransportRequest
interface TransportRequest {
    url: string;
    body: string;
    signal: AbortSignal;
    maxResponseBytes?: number | undefined;
}

// TransportResponse
interface TransportResponse {
    status: number;
    text: string;
    retryAfter?: string | undefined;
    date?: string | undefined;
}

// UnknownInstrumentError
declare class UnknownInstrumentError extends ValidationError {
    readonly name: string;
    readonly suggestions: readonly string[];
    constructor(message: string, options: {
        field: string;
        suggestions?: readonly string[];
        endpoint?: string;
    });
}

// V1Endpoints
type V1Endpoints = typeof v1Endpoints;

// V1Schemas
type V1Schemas = ReturnType<typeof v1Schemas>;

// V1_INTERVALS
declare const V1_INTERVALS: readonly [
    "1mi",
    "2mi",
    "3mi",
    "5mi",
    "10mi",
    "15mi",
    "30mi",
    "60mi",
    "1d"
];

// V1_RETENTIONS
declare const V1_RETENTIONS: readonly [
    "DAY",
    "IOC"
];

// V1_SYMBOL_MASTER_URL
declare const V1_SYMBOL_MASTER_URL = "https://api.firstock.in/V1/symbols/";

// V3Endpoints
type V3Endpoints = typeof v3Endpoints;

// ValidationDirection
type ValidationDirection = 'request' | 'response';

// ValidationError
declare class ValidationError extends FirstockError {
    readonly name: string;
    readonly direction: ValidationDirection;
    readonly data: unknown;
    constructor(message: string, options: FirstockErrorOptions & {
        direction: ValidationDirection;
        data?: unknown;
    });
}

// Z
type Z = typeof zod;

// basketMargin
declare const basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
    basket: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
    }, zod_v4_core.$strict>>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    request_time: zod.ZodOptional<zod.ZodString>;
    stat: zod.ZodOptional<zod.ZodString>;
    marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    marginusedtrade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    remarks: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$loose>>;

// bearPutSpread
declare const bearPutSpread: Endpoint<"bearPutSpread", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    putBuyStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    putSellStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// bullCallSpread
declare const bullCallSpread: Endpoint<"bullCallSpread", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    callBuyStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    callSellStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// call
declare function call<E extends Endpoint>(client: Client, endpoint: E, input: EndpointInput<E>, options?: CallOptions): Promise<EndpointOutput<E>>;

// cancelOrder
declare const cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
    orderNumber: zod.ZodString;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    orderNumber: zod.ZodString;
}, zod_v4_core.$loose>>;

// closestMatches
declare function closestMatches(query: string, candidates: Iterable<string>, limit?: number): string[];

// commonSchemas
declare function commonSchemas(z: Z): {
    z: typeof zod;
    Exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    Product: zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    PriceType: zod.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
    TransactionType: zod.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    Retention: zod.ZodEnum<{
        DAY: "DAY";
        EOS: "EOS";
        IOC: "IOC";
    }>;
    PositionType: zod.ZodEnum<{
        DAY: "DAY";
        CF: "CF";
    }>;
    OptionType: zod.ZodEnum<{
        CE: "CE";
        PE: "PE";
    }>;
    CandleInterval: zod.ZodEnum<{
        DAY: "DAY";
        1: "1";
        3: "3";
        5: "5";
        10: "10";
        15: "15";
        30: "30";
        60: "60";
        120: "120";
        240: "240";
    }>;
    InstrumentName: zod.ZodEnum<{
        FUTSTK: "FUTSTK";
        FUTIDX: "FUTIDX";
        OPTSTK: "OPTSTK";
        OPTIDX: "OPTIDX";
    }>;
    OrderStatus: zod.ZodEnum<{
        PENDING: "PENDING";
        OPEN: "OPEN";
        TRIGGER_PENDING: "TRIGGER_PENDING";
        COMPLETE: "COMPLETE";
        REJECTED: "REJECTED";
        CANCELED: "CANCELED";
    }>;
    Text: zod.ZodString;
    Quantity: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    Count: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    Price: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    PositivePrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    SignedInteger: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    Token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    WireNumber: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>;
    num: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    requiredPrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>;
    requiredNum: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    requiredStr: zod.ZodString;
    TradingSymbol: zod.ZodString;
    str: zod.ZodOptional<zod.ZodString>;
    request: typeof zod.strictObject;
    response: typeof zod.looseObject;
};

// createInstrumentIndex
declare function createInstrumentIndex(instruments: Iterable<Instrument>, options?: InstrumentIndexOptions): InstrumentIndex;

// createRateLimiter
declare function createRateLimiter(limits: RateLimits): RateLimiter;

// createSymbolMasterParser
declare function createSymbolMasterParser(options?: SymbolMasterParseOptions): Promise<SymbolMasterParser>;

// defineEndpoint
declare function defineEndpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(endpoint: Endpoint<Name, Request, Response>): Endpoint<Name, Request, Response>;

// endSession
declare function endSession(client: Client, options?: CallOptions): Promise<void>;

// fetchTransport
declare function fetchTransport(fetchImpl?: typeof fetch): Transport;

// formatExpiry
declare function formatExpiry(date: Date): string;

// getMultiQuotes
declare const getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
    data: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    }, zod_v4_core.$strict>>;
}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
    token: zod.ZodOptional<zod.ZodString>;
    result: zod.ZodObject<{
        bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        requestTime: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodString;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        symbolName: zod.ZodOptional<zod.ZodString>;
        segment: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodString;
        isin: zod.ZodOptional<zod.ZodString>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        priceFactor: zod.ZodOptional<zod.ZodString>;
        lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>;
        upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradeTime: zod.ZodOptional<zod.ZodString>;
        averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>;
}, zod_v4_core.$loose>>>;

// getMultiQuotesLtp
declare const getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
    data: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    }, zod_v4_core.$strict>>;
}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
    token: zod.ZodOptional<zod.ZodString>;
    result: zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodString;
        token: zod.ZodString;
        lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>;
    }, zod_v4_core.$loose>;
}, zod_v4_core.$loose>>>;

// getQuote
declare const getQuote: Endpoint<"getQuote", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    requestTime: zod.ZodOptional<zod.ZodString>;
    exchange: zod.ZodString;
    tradingSymbol: zod.ZodOptional<zod.ZodString>;
    companyName: zod.ZodOptional<zod.ZodString>;
    symbolName: zod.ZodOptional<zod.ZodString>;
    segment: zod.ZodOptional<zod.ZodString>;
    instrumentName: zod.ZodOptional<zod.ZodString>;
    token: zod.ZodString;
    isin: zod.ZodOptional<zod.ZodString>;
    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    priceFactor: zod.ZodOptional<zod.ZodString>;
    lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>;
    upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    lastTradeTime: zod.ZodOptional<zod.ZodString>;
    averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>;

// getQuoteLtp
declare const getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    companyName: zod.ZodOptional<zod.ZodString>;
    exchange: zod.ZodString;
    token: zod.ZodString;
    lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>;
}, zod_v4_core.$loose>>;

// holdings
declare const holdings: Endpoint<"holdings", zod.ZodObject<{
    product: zod.ZodOptional<zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>>;
}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
    [x: string]: unknown;
    exchangeTradingSymbol: {
        [x: string]: unknown;
        exchange: string;
        tradingSymbol: string;
        token?: string | undefined;
        pricePrecision?: number | undefined;
        tickSize?: number | undefined;
        lotSize?: number | undefined;
    }[];
    holdQuantity: number;
    BTSTQuantity?: number | undefined;
    usedQuantity?: number | undefined;
    tradeQuantity?: number | undefined;
    sellAmount?: number | undefined;
    uploadPrice?: number | undefined;
}>, unknown[]>>>;

// indexList
declare const indexList: Endpoint<"indexList", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    values: zod.ZodArray<zod.ZodObject<{
        idxname: zod.ZodString;
        token: zod.ZodString;
    }, zod_v4_core.$loose>>;
}, zod_v4_core.$loose>>;

// instrumentKey
declare const instrumentKey: (i: {
    readonly exchange: string;
    readonly tradingSymbol: string;
}) => string;

// instrumentTokenKey
declare const instrumentTokenKey: (i: {
    readonly exchange: string;
    readonly token: string;
}) => string;

// isExchange
declare const isExchange: (value: unknown) => value is Exchange;

// isFirstockError
declare function isFirstockError(error: unknown): error is FirstockError;
declare function isFirstockError<const N extends FirstockErrorName>(error: unknown, name: N): error is FirstockError & {
    readonly code: N;
};

// limit
declare const limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    cash: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    payout: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>;

// loadSchemas
declare const loadSchemas: () => Promise<Schemas>;

// login
declare const login: Endpoint<"login", zod.ZodObject<{
    userId: zod.ZodString;
    password: zod.ZodString;
    TOTP: zod.ZodString;
    vendorCode: zod.ZodString;
    apiKey: zod.ZodString;
}, zod_v4_core.$strict>, zod.ZodObject<{
    actid: zod.ZodOptional<zod.ZodString>;
    userName: zod.ZodOptional<zod.ZodString>;
    susertoken: zod.ZodString;
    email: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$loose>>;

// logout
declare const logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;

// longStraddle
declare const longStraddle: Endpoint<"longStraddle", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    strikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// longStrangle
declare const longStrangle: Endpoint<"longStrangle", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    callStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    putStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// modifyOrder
declare const modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
    orderNumber: zod.ZodString;
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    tradingSymbol: zod.ZodString;
    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    price: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>>;
    priceType: zod.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    orderNumber: zod.ZodString;
}, zod_v4_core.$loose>>;

// multiPlaceOrders
declare const multiPlaceOrders: Endpoint<"multiPlaceOrders", zod.ZodObject<{
    data: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        retention: zod.ZodDefault<zod.ZodEnum<{
            DAY: "DAY";
            EOS: "EOS";
            IOC: "IOC";
        }>>;
        remarks: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>>;
}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
    zod.ZodObject<{
        status: zod.ZodString;
        data: zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
        }, zod_v4_core.$loose>;
    }, zod_v4_core.$loose>,
    zod.ZodObject<{
        status: zod.ZodString;
        code: zod.ZodOptional<zod.ZodString>;
        name: zod.ZodOptional<zod.ZodString>;
        error: zod.ZodOptional<zod.ZodObject<{
            field: zod.ZodOptional<zod.ZodString>;
            message: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>
]>>, zod.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// newOrderTag
declare function newOrderTag(prefix?: string): string;

// optionChain
declare const optionChain: Endpoint<"optionChain", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    tradingSymbol: zod.ZodString;
    strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    count: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    values: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodString;
        tradingSymbol: zod.ZodString;
        token: zod.ZodString;
        optionType: zod.ZodString;
        strikePrice: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
}, zod_v4_core.$loose>>;

// optionGreek
declare const optionGreek: Endpoint<"optionGreek", zod.ZodObject<{
    expiryDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    spotPrice: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    initRate: zod.ZodUnion<[
        zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>,
        zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>
    ]>;
    volatility: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    optionType: zod.ZodEnum<{
        CE: "CE";
        PE: "PE";
    }>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    request_time: zod.ZodOptional<zod.ZodString>;
    stat: zod.ZodOptional<zod.ZodString>;
    cal_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    put_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    cal_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    put_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    cal_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    put_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    cal_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    put_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    cal_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    put_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    cal_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    put_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>;

// orderBook
declare const orderBook: Endpoint<"orderBook", zod.ZodObject<{
    exchange: zod.ZodOptional<zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>>;
}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
    [x: string]: unknown;
    orderNumber: string;
    exchange: string;
    tradingSymbol: string;
    transactionType: string;
    status: string;
    userId?: string | undefined;
    token?: string | undefined;
    quantity?: number | undefined;
    price?: number | undefined;
    triggerPrice?: number | undefined;
    priceType?: string | undefined;
    retention?: string | undefined;
    product?: string | undefined;
    reportType?: string | undefined;
    orderTime?: string | undefined;
    fillshares?: number | undefined;
    fillShares?: number | undefined;
    averagePrice?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    remarks?: string | undefined;
    rejectReason?: string | undefined;
    exchordid?: string | undefined;
    exchangeOrderNumber?: string | undefined;
    cancelQuantity?: number | undefined;
}>, unknown[]>>>;

// orderMargin
declare const orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    tradingSymbol: zod.ZodString;
    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    price: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    product: zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    transactionType: zod.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    priceType: zod.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    remarks: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$loose>>;

// parseExpiry
declare function parseExpiry(raw: string): Date | undefined;

// parseInstrumentText
declare function parseInstrumentText(text: string): InstrumentText | undefined;

// parseResponse
declare function parseResponse<E extends Endpoint>(endpoint: E, payload: unknown): Promise<EndpointOutput<E>>;

// parseSymbolMaster
declare function parseSymbolMaster(csv: string, options?: SymbolMasterParseOptions): Promise<SymbolMasterParseResult>;

// parseSymbolMasterChunks
declare function parseSymbolMasterChunks(chunks: AsyncIterable<string> | Iterable<string>, options?: SymbolMasterParseOptions): Promise<SymbolMasterParseResult>;

// placeOrder
declare const placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    tradingSymbol: zod.ZodString;
    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    price: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>>;
    product: zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    transactionType: zod.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    priceType: zod.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
    retention: zod.ZodDefault<zod.ZodEnum<{
        DAY: "DAY";
        EOS: "EOS";
        IOC: "IOC";
    }>>;
    remarks: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    orderNumber: zod.ZodString;
}, zod_v4_core.$loose>>;

// positionBook
declare const positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
    [x: string]: unknown;
    exchange: string;
    tradingSymbol: string;
    product: string;
    netQuantity: number;
    userId?: string | undefined;
    token?: string | undefined;
    pricePrecision?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    mult?: number | undefined;
    priceFactor?: number | undefined;
    dayBuyQuantity?: number | undefined;
    daySellQuantity?: number | undefined;
    dayBuyAmount?: number | undefined;
    dayBuyAveragePrice?: number | undefined;
    daySellAmount?: number | undefined;
    daySellAveragePrice?: number | undefined;
    netAveragePrice?: number | undefined;
    lastTradedPrice?: number | undefined;
    RealizedPNL?: number | undefined;
    unrealizedMTOM?: number | undefined;
    uploadPrice?: number | undefined;
    netUploadPrice?: number | undefined;
}>, unknown[]>>>;

// productConversion
declare const productConversion: Endpoint<"productConversion", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    tradingSymbol: zod.ZodString;
    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodNumber,
        zod.ZodString
    ]>, zod.ZodTransform<string, string | number>>;
    product: zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    previousProduct: zod.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    transactionType: zod.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    positionType: zod.ZodEnum<{
        DAY: "DAY";
        CF: "CF";
    }>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    status: zod.ZodOptional<zod.ZodString>;
    requestTime: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$loose>>;

// redact
declare function redact<T>(value: T): T;

// registerCredentials
declare function registerCredentials(credentials: Partial<Credentials>): Promise<void>;

// registerSecret
declare function registerSecret(value: string | undefined): void;

// registries
declare const registries: {
    readonly v3: {
        readonly version: "v3";
        readonly baseUrl: "https://connect.thefirstock.com/api/V3/";
        readonly wsUrl: "wss://norenapi.thefirstock.com/NorenWSTP/";
        readonly limits: {
            readonly quote: {
                readonly limit: 3;
                readonly windowMs: 1000;
            };
            readonly candles: {
                readonly limit: 3;
                readonly windowMs: 1000;
            };
            readonly order: {
                readonly limit: 200;
                readonly windowMs: 60000;
            };
            readonly other: {
                readonly limit: 10;
                readonly windowMs: 1000;
            };
        };
        readonly endpoints: {
            readonly login: Endpoint<"login", zod.ZodObject<{
                userId: zod.ZodString;
                password: zod.ZodString;
                TOTP: zod.ZodString;
                vendorCode: zod.ZodString;
                apiKey: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                actid: zod.ZodOptional<zod.ZodString>;
                userName: zod.ZodOptional<zod.ZodString>;
                susertoken: zod.ZodString;
                email: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
            readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                userName: zod.ZodOptional<zod.ZodString>;
                email: zod.ZodOptional<zod.ZodString>;
                actid: zod.ZodString;
                uprev: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
                orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
            }, zod_v4_core.$loose>>;
            readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    EOS: "EOS";
                    IOC: "IOC";
                }>>;
                remarks: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>>;
            readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                remarks: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
                [x: string]: unknown;
                orderNumber: string;
                exchange: string;
                tradingSymbol: string;
                transactionType: string;
                status: string;
                userId?: string | undefined;
                token?: string | undefined;
                quantity?: number | undefined;
                price?: number | undefined;
                triggerPrice?: number | undefined;
                priceType?: string | undefined;
                retention?: string | undefined;
                product?: string | undefined;
                reportType?: string | undefined;
                orderTime?: string | undefined;
                fillshares?: number | undefined;
                fillShares?: number | undefined;
                averagePrice?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                remarks?: string | undefined;
                rejectReason?: string | undefined;
                exchordid?: string | undefined;
                exchangeOrderNumber?: string | undefined;
                cancelQuantity?: number | undefined;
            }>, unknown[]>>>;
            readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
                orderNumber: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>>;
            readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
                orderNumber: zod.ZodString;
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>>;
            readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
                orderNumber: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
                [x: string]: unknown;
                orderNumber: string;
                exchange: string;
                tradingSymbol: string;
                transactionType: string;
                status: string;
                userId?: string | undefined;
                token?: string | undefined;
                quantity?: number | undefined;
                price?: number | undefined;
                triggerPrice?: number | undefined;
                priceType?: string | undefined;
                retention?: string | undefined;
                product?: string | undefined;
                reportType?: string | undefined;
                orderTime?: string | undefined;
                fillshares?: number | undefined;
                fillShares?: number | undefined;
                averagePrice?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                remarks?: string | undefined;
                rejectReason?: string | undefined;
                exchordid?: string | undefined;
                exchangeOrderNumber?: string | undefined;
                cancelQuantity?: number | undefined;
            }>, unknown[]>>>;
            readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
                [x: string]: unknown;
                orderNumber: string;
                exchange: string;
                tradingSymbol: string;
                fillPrice: number;
                fillQuantity: number;
                userId?: string | undefined;
                token?: string | undefined;
                transactionType?: string | undefined;
                priceType?: string | undefined;
                retention?: string | undefined;
                product?: string | undefined;
                fillId?: string | undefined;
                fillTime?: string | undefined;
                quantity?: number | undefined;
                fillshares?: number | undefined;
                price?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                pricePrecision?: number | undefined;
                priceFactor?: number | undefined;
                remarks?: string | undefined;
                exchordid?: string | undefined;
                orderTime?: string | undefined;
                exchangeUpdateTime?: string | undefined;
            }>, unknown[]>>>;
            readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
                [x: string]: unknown;
                exchange: string;
                tradingSymbol: string;
                product: string;
                netQuantity: number;
                userId?: string | undefined;
                token?: string | undefined;
                pricePrecision?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                mult?: number | undefined;
                priceFactor?: number | undefined;
                dayBuyQuantity?: number | undefined;
                daySellQuantity?: number | undefined;
                dayBuyAmount?: number | undefined;
                dayBuyAveragePrice?: number | undefined;
                daySellAmount?: number | undefined;
                daySellAveragePrice?: number | undefined;
                netAveragePrice?: number | undefined;
                lastTradedPrice?: number | undefined;
                RealizedPNL?: number | undefined;
                unrealizedMTOM?: number | undefined;
                uploadPrice?: number | undefined;
                netUploadPrice?: number | undefined;
            }>, unknown[]>>>;
            readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                previousProduct: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                positionType: zod.ZodEnum<{
                    DAY: "DAY";
                    CF: "CF";
                }>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                status: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly holdings: Endpoint<"holdings", zod.ZodObject<{
                product: zod.ZodOptional<zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
                [x: string]: unknown;
                exchangeTradingSymbol: {
                    [x: string]: unknown;
                    exchange: string;
                    tradingSymbol: string;
                    token?: string | undefined;
                    pricePrecision?: number | undefined;
                    tickSize?: number | undefined;
                    lotSize?: number | undefined;
                }[];
                holdQuantity: number;
                BTSTQuantity?: number | undefined;
                usedQuantity?: number | undefined;
                tradeQuantity?: number | undefined;
                sellAmount?: number | undefined;
                uploadPrice?: number | undefined;
            }>, unknown[]>>>;
            readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                cash: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                payout: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
                basket: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    tradingSymbol: zod.ZodString;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                request_time: zod.ZodOptional<zod.ZodString>;
                stat: zod.ZodOptional<zod.ZodString>;
                marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                marginusedtrade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                remarks: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly multiPlaceOrders: Endpoint<"multiPlaceOrders", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    tradingSymbol: zod.ZodString;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                    retention: zod.ZodDefault<zod.ZodEnum<{
                        DAY: "DAY";
                        EOS: "EOS";
                        IOC: "IOC";
                    }>>;
                    remarks: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodString;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodString;
                isin: zod.ZodOptional<zod.ZodString>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
                lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>;
                upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradeTime: zod.ZodOptional<zod.ZodString>;
                averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodString;
                token: zod.ZodString;
                lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>;
            }, zod_v4_core.$loose>>;
            readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                token: zod.ZodOptional<zod.ZodString>;
                result: zod.ZodObject<{
                    bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodString;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    symbolName: zod.ZodOptional<zod.ZodString>;
                    segment: zod.ZodOptional<zod.ZodString>;
                    instrumentName: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodString;
                    isin: zod.ZodOptional<zod.ZodString>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    priceFactor: zod.ZodOptional<zod.ZodString>;
                    lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>;
                    upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lastTradeTime: zod.ZodOptional<zod.ZodString>;
                    averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>>>;
            readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                token: zod.ZodOptional<zod.ZodString>;
                result: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodString;
                    token: zod.ZodString;
                    lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>>>;
            readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
                stext: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodString;
                tradingSymbol: zod.ZodString;
                token: zod.ZodString;
                companyName: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodString;
                tradingSymbol: zod.ZodString;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                isin: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodString;
                tickSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                lotSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                prcftr_d: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly indexList: Endpoint<"indexList", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                values: zod.ZodArray<zod.ZodObject<{
                    idxname: zod.ZodString;
                    token: zod.ZodString;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>;
            readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                count: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                values: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodString;
                    tradingSymbol: zod.ZodString;
                    token: zod.ZodString;
                    optionType: zod.ZodString;
                    strikePrice: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>;
            readonly spanCalculators: Endpoint<"spanCalculators", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    instrumentName: zod.ZodEnum<{
                        FUTSTK: "FUTSTK";
                        FUTIDX: "FUTIDX";
                        OPTSTK: "OPTSTK";
                        OPTIDX: "OPTIDX";
                    }>;
                    symbolName: zod.ZodString;
                    expireDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                    optionType: zod.ZodOptional<zod.ZodEnum<{
                        CE: "CE";
                        PE: "PE";
                    }>>;
                    strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                    netQuantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                status: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
                span: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                expo: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                span_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                expo_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>
                ]>;
                startTime: zod.ZodString;
                endTime: zod.ZodString;
                interval: zod.ZodUnion<readonly [
                    zod.ZodEnum<{
                        DAY: "DAY";
                        1: "1";
                        3: "3";
                        5: "5";
                        10: "10";
                        15: "15";
                        30: "30";
                        60: "60";
                        120: "120";
                        240: "240";
                    }>,
                    zod.ZodPipe<zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>, zod.ZodEnum<{
                        DAY: "DAY";
                        1: "1";
                        3: "3";
                        5: "5";
                        10: "10";
                        15: "15";
                        30: "30";
                        60: "60";
                        120: "120";
                        240: "240";
                    }>>
                ]>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                stat: zod.ZodOptional<zod.ZodString>;
                time: zod.ZodString;
                ssboe: zod.ZodOptional<zod.ZodString>;
                into: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                inth: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                intl: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                intc: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                intvwap: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                intv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                intoi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                v: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly optionGreek: Endpoint<"optionGreek", zod.ZodObject<{
                expiryDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                spotPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                initRate: zod.ZodUnion<[
                    zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>,
                    zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>
                ]>;
                volatility: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                optionType: zod.ZodEnum<{
                    CE: "CE";
                    PE: "PE";
                }>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                request_time: zod.ZodOptional<zod.ZodString>;
                stat: zod.ZodOptional<zod.ZodString>;
                cal_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                put_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                cal_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                put_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cal_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                put_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cal_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                put_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cal_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                put_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cal_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                put_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly bullCallSpread: Endpoint<"bullCallSpread", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                callBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                callSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly bearPutSpread: Endpoint<"bearPutSpread", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                putBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                putSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly longStraddle: Endpoint<"longStraddle", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly longStrangle: Endpoint<"longStrangle", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly shortStraddle: Endpoint<"shortStraddle", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                hedge: zod.ZodBoolean;
                hedgeValue: zod.ZodNumber;
                strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
            readonly shortStrangle: Endpoint<"shortStrangle", zod.ZodObject<{
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                hedge: zod.ZodBoolean;
                hedgeValue: zod.ZodNumber;
                callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    status: zod.ZodString;
                    data: zod.ZodObject<{
                        requestTime: zod.ZodOptional<zod.ZodString>;
                        orderNumber: zod.ZodString;
                    }, zod_v4_core.$loose>;
                }, zod_v4_core.$loose>,
                zod.ZodObject<{
                    status: zod.ZodString;
                    code: zod.ZodOptional<zod.ZodString>;
                    name: zod.ZodOptional<zod.ZodString>;
                    error: zod.ZodOptional<zod.ZodObject<{
                        field: zod.ZodOptional<zod.ZodString>;
                        message: zod.ZodOptional<zod.ZodString>;
                    }, zod_v4_core.$loose>>;
                }, zod_v4_core.$loose>
            ]>>, zod.ZodTransform<PlacedLeg[], ({
                [x: string]: unknown;
                status: string;
                data: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                };
            } | {
                [x: string]: unknown;
                status: string;
                code?: string | undefined;
                name?: string | undefined;
                error?: {
                    [x: string]: unknown;
                    field?: string | undefined;
                    message?: string | undefined;
                } | undefined;
            })[]>>>;
        };
    };
    readonly v1: {
        readonly version: "v1";
        readonly baseUrl: "https://api.firstock.in/V1/";
        readonly wsUrl: "wss://socket.firstock.in/V2/ws";
        readonly limits: {
            readonly quote: {
                readonly limit: 1;
                readonly windowMs: 1000;
            };
            readonly candles: {
                readonly limit: 3;
                readonly windowMs: 1000;
            };
            readonly order: {
                readonly limit: 10;
                readonly windowMs: 1000;
            };
            readonly other: {
                readonly limit: 10;
                readonly windowMs: 1000;
            };
        };
        readonly endpoints: {
            readonly login: Endpoint<"login", zod.ZodObject<{
                userId: zod.ZodString;
                password: zod.ZodString;
                TOTP: zod.ZodString;
                vendorCode: zod.ZodString;
                apiKey: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                actid: zod.ZodOptional<zod.ZodString>;
                userName: zod.ZodOptional<zod.ZodString>;
                susertoken: zod.ZodString;
                email: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
            readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                userName: zod.ZodOptional<zod.ZodString>;
                email: zod.ZodOptional<zod.ZodString>;
                actid: zod.ZodOptional<zod.ZodString>;
                uprev: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
                orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
            }, zod_v4_core.$loose>>;
            readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodString;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    orderNumber: zod.ZodString;
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>,
                zod.ZodArray<zod.ZodObject<{
                    orderNumber: zod.ZodString;
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>
            ]>, zod.ZodTransform<{
                orders: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                    quantity?: number | undefined;
                }[];
            }, {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            } | {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            }[]>>>;
            readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
                orderNumber: zod.ZodString;
                exchange: zod.ZodOptional<zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                orderNumber: zod.ZodString;
                rejreason: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
                orderNumber: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                orderNumber: zod.ZodString;
                rejreason: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                marginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                userId: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceType: zod.ZodOptional<zod.ZodString>;
                product: zod.ZodOptional<zod.ZodString>;
                retention: zod.ZodOptional<zod.ZodString>;
                status: zod.ZodOptional<zod.ZodString>;
                transactionType: zod.ZodOptional<zod.ZodString>;
                orderTime: zod.ZodOptional<zod.ZodString>;
                remarks: zod.ZodOptional<zod.ZodString>;
                rejectReason: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
                orderNumber: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                userId: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceType: zod.ZodOptional<zod.ZodString>;
                product: zod.ZodOptional<zod.ZodString>;
                retention: zod.ZodOptional<zod.ZodString>;
                status: zod.ZodOptional<zod.ZodString>;
                transactionType: zod.ZodOptional<zod.ZodString>;
                orderTime: zod.ZodOptional<zod.ZodString>;
                remarks: zod.ZodOptional<zod.ZodString>;
                rejectReason: zod.ZodOptional<zod.ZodString>;
                exchangeOrderNum: zod.ZodOptional<zod.ZodString>;
                exchangeTime: zod.ZodOptional<zod.ZodString>;
                reportType: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                orderNumber: zod.ZodString;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                fillId: zod.ZodOptional<zod.ZodString>;
                exchordid: zod.ZodOptional<zod.ZodString>;
                fillPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                fillQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                fillshares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                transactionType: zod.ZodOptional<zod.ZodString>;
                product: zod.ZodOptional<zod.ZodString>;
                priceType: zod.ZodOptional<zod.ZodString>;
                fillTime: zod.ZodOptional<zod.ZodString>;
                orderTime: zod.ZodOptional<zod.ZodString>;
                userId: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                userId: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                product: zod.ZodOptional<zod.ZodString>;
                netQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                netAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                RealizedPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalMTM: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayBuyAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayBuyAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                daySellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                daySellAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                daySellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cfBuyQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cfSellQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cfBuyAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cfSellAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                netUploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                previousProduct: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                msgFlag: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodEnum<{
                        1: "1";
                        3: "3";
                        4: "4";
                        2: "2";
                    }>,
                    zod.ZodLiteral<3 | 1 | 4 | 2>
                ]>, zod.ZodTransform<string, 3 | 1 | 4 | 2 | "1" | "3" | "4" | "2">>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                Status: zod.ZodOptional<zod.ZodString>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly holdings: Endpoint<"holdings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly holdingsDetails: Endpoint<"holdingsDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>>;
                holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly combinedHoldings: Endpoint<"combinedHoldings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
                mutualFunds: zod.ZodOptional<zod.ZodObject<{
                    holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{}, zod_v4_core.$loose>>>;
                }, zod_v4_core.$loose>>;
                stocks: zod.ZodOptional<zod.ZodObject<{
                    holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                            exchange: zod.ZodOptional<zod.ZodString>;
                            token: zod.ZodOptional<zod.ZodString>;
                            tradingSymbol: zod.ZodOptional<zod.ZodString>;
                            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                                zod.ZodString,
                                zod.ZodNumber
                            ]>, zod.ZodTransform<number | undefined, string | number>>>;
                            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                                zod.ZodString,
                                zod.ZodNumber
                            ]>, zod.ZodTransform<number | undefined, string | number>>>;
                            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                                zod.ZodString,
                                zod.ZodNumber
                            ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        }, zod_v4_core.$loose>>>;
                        holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    }, zod_v4_core.$loose>>>;
                }, zod_v4_core.$loose>>;
                combinedHoldings: zod.ZodOptional<zod.ZodObject<{}, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>;
            readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
                availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
                BasketList_Params: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    tradingSymbol: zod.ZodString;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                }, zod_v4_core.$strict>>>;
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                BasketMargin: zod.ZodOptional<zod.ZodArray<zod.ZodNumber>>;
                MarginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                PreviousMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                Remarks: zod.ZodOptional<zod.ZodString>;
                TradedMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly basketOrder: Endpoint<"basketOrder", zod.ZodObject<{
                legs: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    retention: zod.ZodDefault<zod.ZodEnum<{
                        DAY: "DAY";
                        IOC: "IOC";
                    }>>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                    tradingSymbol: zod.ZodString;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    remarks: zod.ZodOptional<zod.ZodString>;
                    mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodArray<zod.ZodRecord<zod.ZodString, zod.ZodUnknown>>,
                zod.ZodRecord<zod.ZodString, zod.ZodUnknown>
            ]>, zod.ZodTransform<PlacedLeg[], Record<string, unknown> | Record<string, unknown>[]>>>;
            readonly placeAMO: Endpoint<"placeAMO", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodString;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodObject<{
                    orderNumber: zod.ZodString;
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>,
                zod.ZodArray<zod.ZodObject<{
                    orderNumber: zod.ZodString;
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>
            ]>, zod.ZodTransform<{
                orders: {
                    [x: string]: unknown;
                    orderNumber: string;
                    requestTime?: string | undefined;
                    quantity?: number | undefined;
                }[];
            }, {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            } | {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            }[]>>>;
            readonly modifyAMO: Endpoint<"modifyAMO", zod.ZodObject<{
                orderNumber: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                orderNumber: zod.ZodString;
                requestTime: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
            readonly brokerageCalculator: Endpoint<"brokerageCalculator", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                Product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                strike_price: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                inst_name: zod.ZodOptional<zod.ZodUnion<readonly [
                    zod.ZodEnum<{
                        FUTSTK: "FUTSTK";
                        FUTIDX: "FUTIDX";
                        OPTSTK: "OPTSTK";
                        OPTIDX: "OPTIDX";
                    }>,
                    zod.ZodLiteral<"EQ">
                ]>>;
                lot_size: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                brokerage: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                exchange_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                gst: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                sebi_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                stamp_duty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                remarks: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                freezeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
                zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    symbolName: zod.ZodOptional<zod.ZodString>;
                    segment: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodOptional<zod.ZodString>;
                    lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    priceFactor: zod.ZodOptional<zod.ZodString>;
                    openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>, zod.ZodTransform<{
                    [x: string]: unknown;
                    requestTime?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    companyName?: string | undefined;
                    symbolName?: string | undefined;
                    segment?: string | undefined;
                    token?: string | undefined;
                    lastTradedPrice?: number | undefined;
                    dayOpenPrice?: number | undefined;
                    dayHighPrice?: number | undefined;
                    dayLowPrice?: number | undefined;
                    dayClosePrice?: number | undefined;
                    VWAP?: number | undefined;
                    lotSize?: number | undefined;
                    tickSize?: number | undefined;
                    pricePrecision?: number | undefined;
                    multipler?: number | undefined;
                    priceFactor?: string | undefined;
                    openInterest?: number | undefined;
                    totalBuyQuantity?: number | undefined;
                    totalSellQuantity?: number | undefined;
                    bestBuyPrice1?: number | undefined;
                    bestSellPrice1?: number | undefined;
                    bestBuyQuantity1?: number | undefined;
                    bestSellQuantity1?: number | undefined;
                }, {
                    [x: string]: unknown;
                    requestTime?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    companyName?: string | undefined;
                    symbolName?: string | undefined;
                    segment?: string | undefined;
                    token?: string | undefined;
                    lastTradedPrice?: number | undefined;
                    dayOpenPrice?: number | undefined;
                    dayHighPrice?: number | undefined;
                    dayLowPrice?: number | undefined;
                    dayClosePrice?: number | undefined;
                    VWAP?: number | undefined;
                    lotSize?: number | undefined;
                    tickSize?: number | undefined;
                    pricePrecision?: number | undefined;
                    multipler?: number | undefined;
                    priceFactor?: string | undefined;
                    openInterest?: number | undefined;
                    totalBuyQuantity?: number | undefined;
                    totalSellQuantity?: number | undefined;
                    bestBuyPrice1?: number | undefined;
                    bestSellPrice1?: number | undefined;
                    bestBuyQuantity1?: number | undefined;
                    bestSellQuantity1?: number | undefined;
                }[]>>,
                zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    symbolName: zod.ZodOptional<zod.ZodString>;
                    segment: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodOptional<zod.ZodString>;
                    lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    priceFactor: zod.ZodOptional<zod.ZodString>;
                    openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>
            ]>>;
            readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
                zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodCoercedString<unknown>;
                    lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>, zod.ZodTransform<{
                    [x: string]: unknown;
                    token: string;
                    requestTime?: string | undefined;
                    companyName?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    lastTradedPrice?: number | undefined;
                }, {
                    [x: string]: unknown;
                    token: string;
                    requestTime?: string | undefined;
                    companyName?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    lastTradedPrice?: number | undefined;
                }[]>>,
                zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodCoercedString<unknown>;
                    lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>
            ]>>;
            readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodUnion<readonly [
                zod.ZodPipe<zod.ZodObject<{
                    status: zod.ZodLiteral<"error">;
                    error: zod.ZodOptional<zod.ZodString>;
                    identifier: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>, zod.ZodTransform<{
                    status: "error";
                    error?: string | undefined;
                    identifier?: string | undefined;
                    ok: false;
                }, {
                    [x: string]: unknown;
                    status: "error";
                    error?: string | undefined;
                    identifier?: string | undefined;
                }>>,
                zod.ZodPipe<zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    companyName: zod.ZodOptional<zod.ZodString>;
                    symbolName: zod.ZodOptional<zod.ZodString>;
                    segment: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodOptional<zod.ZodString>;
                    lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    priceFactor: zod.ZodOptional<zod.ZodString>;
                    openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    identifier: zod.ZodOptional<zod.ZodString>;
                    instrumentName: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>, zod.ZodTransform<{
                    requestTime?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    companyName?: string | undefined;
                    symbolName?: string | undefined;
                    segment?: string | undefined;
                    token?: string | undefined;
                    lastTradedPrice?: number | undefined;
                    dayOpenPrice?: number | undefined;
                    dayHighPrice?: number | undefined;
                    dayLowPrice?: number | undefined;
                    dayClosePrice?: number | undefined;
                    VWAP?: number | undefined;
                    lotSize?: number | undefined;
                    tickSize?: number | undefined;
                    pricePrecision?: number | undefined;
                    multipler?: number | undefined;
                    priceFactor?: string | undefined;
                    openInterest?: number | undefined;
                    totalBuyQuantity?: number | undefined;
                    totalSellQuantity?: number | undefined;
                    bestBuyPrice1?: number | undefined;
                    bestSellPrice1?: number | undefined;
                    bestBuyQuantity1?: number | undefined;
                    bestSellQuantity1?: number | undefined;
                    identifier?: string | undefined;
                    instrumentName?: string | undefined;
                    ok: true;
                }, {
                    [x: string]: unknown;
                    requestTime?: string | undefined;
                    exchange?: string | undefined;
                    tradingSymbol?: string | undefined;
                    companyName?: string | undefined;
                    symbolName?: string | undefined;
                    segment?: string | undefined;
                    token?: string | undefined;
                    lastTradedPrice?: number | undefined;
                    dayOpenPrice?: number | undefined;
                    dayHighPrice?: number | undefined;
                    dayLowPrice?: number | undefined;
                    dayClosePrice?: number | undefined;
                    VWAP?: number | undefined;
                    lotSize?: number | undefined;
                    tickSize?: number | undefined;
                    pricePrecision?: number | undefined;
                    multipler?: number | undefined;
                    priceFactor?: string | undefined;
                    openInterest?: number | undefined;
                    totalBuyQuantity?: number | undefined;
                    totalSellQuantity?: number | undefined;
                    bestBuyPrice1?: number | undefined;
                    bestSellPrice1?: number | undefined;
                    bestBuyQuantity1?: number | undefined;
                    bestSellQuantity1?: number | undefined;
                    identifier?: string | undefined;
                    instrumentName?: string | undefined;
                }>>
            ]>>>;
            readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
                data: zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                }, zod_v4_core.$strict>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodCoercedString<unknown>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                identifier: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly indexList: Endpoint<"indexList", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                symbol: zod.ZodOptional<zod.ZodString>;
                idxname: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly getExpiry: Endpoint<"getExpiry", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                expiryDates: zod.ZodArray<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                count: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
                strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                optionType: zod.ZodOptional<zod.ZodString>;
                parentToken: zod.ZodOptional<zod.ZodString>;
                strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly optionChainGreeks: Endpoint<"optionChainGreeks", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                symbol: zod.ZodString;
                expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                count: zod.ZodUnion<readonly [
                    zod.ZodLiteral<"ALL">,
                    zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>
                ]>;
                strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                vega: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                iv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                exchange: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                optionType: zod.ZodOptional<zod.ZodString>;
                parentToken: zod.ZodOptional<zod.ZodString>;
                strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
                stext: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                token: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                representationName: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>>;
            readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                startTime: zod.ZodString;
                endTime: zod.ZodString;
                interval: zod.ZodEnum<{
                    "1mi": "1mi";
                    "2mi": "2mi";
                    "3mi": "3mi";
                    "5mi": "5mi";
                    "10mi": "10mi";
                    "15mi": "15mi";
                    "30mi": "30mi";
                    "60mi": "60mi";
                    "1d": "1d";
                }>;
            }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                time: zod.ZodOptional<zod.ZodString>;
                epochTime: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                open: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                high: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                low: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                close: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            readonly placeGttOrder: Endpoint<"placeGttOrder", zod.ZodObject<{
                value: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
                remarks: zod.ZodOptional<zod.ZodString>;
                OrderParams: zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    retention: zod.ZodDefault<zod.ZodEnum<{
                        DAY: "DAY";
                        IOC: "IOC";
                    }>>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                    tradingSymbol: zod.ZodString;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    remarks: zod.ZodOptional<zod.ZodString>;
                    mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                }, zod_v4_core.$strict>;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                GTTid: zod.ZodCoercedString<unknown>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly modifyGttOrder: Endpoint<"modifyGttOrder", zod.ZodObject<{
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
                remarks: zod.ZodOptional<zod.ZodString>;
                OrderParams: zod.ZodObject<{
                    exchange: zod.ZodEnum<{
                        NSE: "NSE";
                        BSE: "BSE";
                        NFO: "NFO";
                        BFO: "BFO";
                    }>;
                    retention: zod.ZodDefault<zod.ZodEnum<{
                        DAY: "DAY";
                        IOC: "IOC";
                    }>>;
                    product: zod.ZodEnum<{
                        C: "C";
                        M: "M";
                        I: "I";
                    }>;
                    priceType: zod.ZodEnum<{
                        LMT: "LMT";
                        MKT: "MKT";
                        "SL-LMT": "SL-LMT";
                        "SL-MKT": "SL-MKT";
                    }>;
                    tradingSymbol: zod.ZodString;
                    transactionType: zod.ZodEnum<{
                        B: "B";
                        S: "S";
                    }>;
                    price: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                    quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>;
                    remarks: zod.ZodOptional<zod.ZodString>;
                    mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodNumber,
                        zod.ZodString
                    ]>, zod.ZodTransform<string, string | number>>>;
                }, zod_v4_core.$strict>;
                value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                GTTid: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                GTTid: zod.ZodCoercedString<unknown>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly cancelGttOrder: Endpoint<"cancelGttOrder", zod.ZodObject<{
                GTTid: zod.ZodString;
            }, zod_v4_core.$strict>, zod.ZodObject<{
                GTTid: zod.ZodCoercedString<unknown>;
                requestTime: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
            readonly gttOrderBook: Endpoint<"gttOrderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
                GTTid: zod.ZodCoercedString<unknown>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                validity: zod.ZodOptional<zod.ZodString>;
                value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                OrderParams: zod.ZodOptional<zod.ZodObject<{
                    exchange: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    triggerPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    product: zod.ZodOptional<zod.ZodString>;
                    priceType: zod.ZodOptional<zod.ZodString>;
                    transactionType: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>>>;
            readonly getFundamentals: Endpoint<"getFundamentals", zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>, zod.ZodObject<{}, zod_v4_core.$loose>>;
        };
    };
};

// resolveInstrument
declare function resolveInstrument(index: InstrumentIndex, ref: InstrumentRef): Instrument;

// schemasOf
declare function schemasOf<E extends Endpoint>(endpoint: E): Promise<EndpointSchemas<E>>;

// scrub
declare function scrub(text: string): string;

// searchScrips
declare const searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
    stext: zod.ZodString;
}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
    exchange: zod.ZodString;
    tradingSymbol: zod.ZodString;
    token: zod.ZodString;
    companyName: zod.ZodOptional<zod.ZodString>;
    instrumentName: zod.ZodOptional<zod.ZodString>;
    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>>;

// securityInfo
declare const securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    exchange: zod.ZodString;
    tradingSymbol: zod.ZodString;
    companyName: zod.ZodOptional<zod.ZodString>;
    symbolName: zod.ZodOptional<zod.ZodString>;
    segment: zod.ZodOptional<zod.ZodString>;
    instrumentName: zod.ZodOptional<zod.ZodString>;
    isin: zod.ZodOptional<zod.ZodString>;
    token: zod.ZodString;
    tickSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    lotSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    prcftr_d: zod.ZodOptional<zod.ZodString>;
}, zod_v4_core.$loose>>;

// sha256Hex
declare function sha256Hex(text: string): Promise<string>;

// shortStraddle
declare const shortStraddle: Endpoint<"shortStraddle", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    hedge: z.ZodBoolean;
    hedgeValue: z.ZodNumber;
    strikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// shortStrangle
declare const shortStrangle: Endpoint<"shortStrangle", z.ZodObject<{
    symbol: z.ZodString;
    expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    remarks: z.ZodOptional<z.ZodString>;
    hedge: z.ZodBoolean;
    hedgeValue: z.ZodNumber;
    callStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    putStrikePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
}, z.core.$strict>, z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
    z.ZodObject<{
        status: z.ZodString;
        data: z.ZodObject<{
            requestTime: z.ZodOptional<z.ZodString>;
            orderNumber: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>,
    z.ZodObject<{
        status: z.ZodString;
        code: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        error: z.ZodOptional<z.ZodObject<{
            field: z.ZodOptional<z.ZodString>;
            message: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
    }, z.core.$loose>
]>>, z.ZodTransform<PlacedLeg[], ({
    [x: string]: unknown;
    status: string;
    data: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
    };
} | {
    [x: string]: unknown;
    status: string;
    code?: string | undefined;
    name?: string | undefined;
    error?: {
        [x: string]: unknown;
        field?: string | undefined;
        message?: string | undefined;
    } | undefined;
})[]>>>;

// singleOrderHistory
declare const singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
    orderNumber: zod.ZodString;
}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
    [x: string]: unknown;
    orderNumber: string;
    exchange: string;
    tradingSymbol: string;
    transactionType: string;
    status: string;
    userId?: string | undefined;
    token?: string | undefined;
    quantity?: number | undefined;
    price?: number | undefined;
    triggerPrice?: number | undefined;
    priceType?: string | undefined;
    retention?: string | undefined;
    product?: string | undefined;
    reportType?: string | undefined;
    orderTime?: string | undefined;
    fillshares?: number | undefined;
    fillShares?: number | undefined;
    averagePrice?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    remarks?: string | undefined;
    rejectReason?: string | undefined;
    exchordid?: string | undefined;
    exchangeOrderNumber?: string | undefined;
    cancelQuantity?: number | undefined;
}>, unknown[]>>>;

// spanCalculators
declare const spanCalculators: Endpoint<"spanCalculators", zod.ZodObject<{
    data: zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        instrumentName: zod.ZodEnum<{
            FUTSTK: "FUTSTK";
            FUTIDX: "FUTIDX";
            OPTSTK: "OPTSTK";
            OPTIDX: "OPTIDX";
        }>;
        symbolName: zod.ZodString;
        expireDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        optionType: zod.ZodOptional<zod.ZodEnum<{
            CE: "CE";
            PE: "PE";
        }>>;
        strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        netQuantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>>;
}, zod_v4_core.$strict>, zod.ZodObject<{
    status: zod.ZodOptional<zod.ZodString>;
    requestTime: zod.ZodOptional<zod.ZodString>;
    span: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    expo: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    span_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    expo_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>;

// startSession
declare function startSession(client: Client, credentials: Credentials, options?: CallOptions): Promise<Session>;

// timePriceSeries
declare const timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
    exchange: zod.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    token: zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>
    ]>;
    startTime: zod.ZodString;
    endTime: zod.ZodString;
    interval: zod.ZodUnion<readonly [
        zod.ZodEnum<{
            DAY: "DAY";
            1: "1";
            3: "3";
            5: "5";
            10: "10";
            15: "15";
            30: "30";
            60: "60";
            120: "120";
            240: "240";
        }>,
        zod.ZodPipe<zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>, zod.ZodEnum<{
            DAY: "DAY";
            1: "1";
            3: "3";
            5: "5";
            10: "10";
            15: "15";
            30: "30";
            60: "60";
            120: "120";
            240: "240";
        }>>
    ]>;
}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
    stat: zod.ZodOptional<zod.ZodString>;
    time: zod.ZodString;
    ssboe: zod.ZodOptional<zod.ZodString>;
    into: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    inth: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    intl: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    intc: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
    intvwap: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    intv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    intoi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    v: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
    oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodString,
        zod.ZodNumber
    ]>, zod.ZodTransform<number | undefined, string | number>>>;
}, zod_v4_core.$loose>>>;

// totpFromSecret
declare function totpFromSecret(base32Secret: string, timestamp?: number): Promise<string>;

// tradeBook
declare const tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
    [x: string]: unknown;
    orderNumber: string;
    exchange: string;
    tradingSymbol: string;
    fillPrice: number;
    fillQuantity: number;
    userId?: string | undefined;
    token?: string | undefined;
    transactionType?: string | undefined;
    priceType?: string | undefined;
    retention?: string | undefined;
    product?: string | undefined;
    fillId?: string | undefined;
    fillTime?: string | undefined;
    quantity?: number | undefined;
    fillshares?: number | undefined;
    price?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    pricePrecision?: number | undefined;
    priceFactor?: number | undefined;
    remarks?: string | undefined;
    exchordid?: string | undefined;
    orderTime?: string | undefined;
    exchangeUpdateTime?: string | undefined;
}>, unknown[]>>>;

// userDetails
declare const userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
    requestTime: zod.ZodOptional<zod.ZodString>;
    userName: zod.ZodOptional<zod.ZodString>;
    email: zod.ZodOptional<zod.ZodString>;
    actid: zod.ZodString;
    uprev: zod.ZodOptional<zod.ZodString>;
    exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
    orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
}, zod_v4_core.$loose>>;

// v1
declare const v1: {
    readonly version: "v1";
    readonly baseUrl: "https://api.firstock.in/V1/";
    readonly wsUrl: "wss://socket.firstock.in/V2/ws";
    readonly limits: {
        readonly quote: {
            readonly limit: 1;
            readonly windowMs: 1000;
        };
        readonly candles: {
            readonly limit: 3;
            readonly windowMs: 1000;
        };
        readonly order: {
            readonly limit: 10;
            readonly windowMs: 1000;
        };
        readonly other: {
            readonly limit: 10;
            readonly windowMs: 1000;
        };
    };
    readonly endpoints: {
        readonly login: Endpoint<"login", zod.ZodObject<{
            userId: zod.ZodString;
            password: zod.ZodString;
            TOTP: zod.ZodString;
            vendorCode: zod.ZodString;
            apiKey: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            actid: zod.ZodOptional<zod.ZodString>;
            userName: zod.ZodOptional<zod.ZodString>;
            susertoken: zod.ZodString;
            email: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
        readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            userName: zod.ZodOptional<zod.ZodString>;
            email: zod.ZodOptional<zod.ZodString>;
            actid: zod.ZodOptional<zod.ZodString>;
            uprev: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
            orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        }, zod_v4_core.$loose>>;
        readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodString;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodObject<{
                orderNumber: zod.ZodString;
                requestTime: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>,
            zod.ZodArray<zod.ZodObject<{
                orderNumber: zod.ZodString;
                requestTime: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>
        ]>, zod.ZodTransform<{
            orders: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            }[];
        }, {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        } | {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        }[]>>>;
        readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
            orderNumber: zod.ZodString;
            exchange: zod.ZodOptional<zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            orderNumber: zod.ZodString;
            rejreason: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
            orderNumber: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            orderNumber: zod.ZodString;
            rejreason: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            marginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            userId: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceType: zod.ZodOptional<zod.ZodString>;
            product: zod.ZodOptional<zod.ZodString>;
            retention: zod.ZodOptional<zod.ZodString>;
            status: zod.ZodOptional<zod.ZodString>;
            transactionType: zod.ZodOptional<zod.ZodString>;
            orderTime: zod.ZodOptional<zod.ZodString>;
            remarks: zod.ZodOptional<zod.ZodString>;
            rejectReason: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
            orderNumber: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            userId: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceType: zod.ZodOptional<zod.ZodString>;
            product: zod.ZodOptional<zod.ZodString>;
            retention: zod.ZodOptional<zod.ZodString>;
            status: zod.ZodOptional<zod.ZodString>;
            transactionType: zod.ZodOptional<zod.ZodString>;
            orderTime: zod.ZodOptional<zod.ZodString>;
            remarks: zod.ZodOptional<zod.ZodString>;
            rejectReason: zod.ZodOptional<zod.ZodString>;
            exchangeOrderNum: zod.ZodOptional<zod.ZodString>;
            exchangeTime: zod.ZodOptional<zod.ZodString>;
            reportType: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            orderNumber: zod.ZodString;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            fillId: zod.ZodOptional<zod.ZodString>;
            exchordid: zod.ZodOptional<zod.ZodString>;
            fillPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            fillQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            fillshares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            transactionType: zod.ZodOptional<zod.ZodString>;
            product: zod.ZodOptional<zod.ZodString>;
            priceType: zod.ZodOptional<zod.ZodString>;
            fillTime: zod.ZodOptional<zod.ZodString>;
            orderTime: zod.ZodOptional<zod.ZodString>;
            userId: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            userId: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            product: zod.ZodOptional<zod.ZodString>;
            netQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            netAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            RealizedPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalMTM: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayBuyAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayBuyAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            daySellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            daySellAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            daySellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cfBuyQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cfSellQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cfBuyAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cfSellAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            netUploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            previousProduct: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            msgFlag: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodEnum<{
                    1: "1";
                    3: "3";
                    4: "4";
                    2: "2";
                }>,
                zod.ZodLiteral<3 | 1 | 4 | 2>
            ]>, zod.ZodTransform<string, 3 | 1 | 4 | 2 | "1" | "3" | "4" | "2">>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            Status: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly holdings: Endpoint<"holdings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly holdingsDetails: Endpoint<"holdingsDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
            holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly combinedHoldings: Endpoint<"combinedHoldings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
            mutualFunds: zod.ZodOptional<zod.ZodObject<{
                holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{}, zod_v4_core.$loose>>>;
            }, zod_v4_core.$loose>>;
            stocks: zod.ZodOptional<zod.ZodObject<{
                holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                        exchange: zod.ZodOptional<zod.ZodString>;
                        token: zod.ZodOptional<zod.ZodString>;
                        tradingSymbol: zod.ZodOptional<zod.ZodString>;
                        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                            zod.ZodString,
                            zod.ZodNumber
                        ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    }, zod_v4_core.$loose>>>;
                    holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>>;
            }, zod_v4_core.$loose>>;
            combinedHoldings: zod.ZodOptional<zod.ZodObject<{}, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>;
        readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
            availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
            BasketList_Params: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>>>;
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            BasketMargin: zod.ZodOptional<zod.ZodArray<zod.ZodNumber>>;
            MarginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            PreviousMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            Remarks: zod.ZodOptional<zod.ZodString>;
            TradedMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly basketOrder: Endpoint<"basketOrder", zod.ZodObject<{
            legs: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodString;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodArray<zod.ZodRecord<zod.ZodString, zod.ZodUnknown>>,
            zod.ZodRecord<zod.ZodString, zod.ZodUnknown>
        ]>, zod.ZodTransform<PlacedLeg[], Record<string, unknown> | Record<string, unknown>[]>>>;
        readonly placeAMO: Endpoint<"placeAMO", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodString;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodObject<{
                orderNumber: zod.ZodString;
                requestTime: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>,
            zod.ZodArray<zod.ZodObject<{
                orderNumber: zod.ZodString;
                requestTime: zod.ZodOptional<zod.ZodString>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>
        ]>, zod.ZodTransform<{
            orders: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
                quantity?: number | undefined;
            }[];
        }, {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        } | {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        }[]>>>;
        readonly modifyAMO: Endpoint<"modifyAMO", zod.ZodObject<{
            orderNumber: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            orderNumber: zod.ZodString;
            requestTime: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly brokerageCalculator: Endpoint<"brokerageCalculator", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            Product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            strike_price: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            inst_name: zod.ZodOptional<zod.ZodUnion<readonly [
                zod.ZodEnum<{
                    FUTSTK: "FUTSTK";
                    FUTIDX: "FUTIDX";
                    OPTSTK: "OPTSTK";
                    OPTIDX: "OPTIDX";
                }>,
                zod.ZodLiteral<"EQ">
            ]>>;
            lot_size: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            brokerage: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            exchange_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            gst: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            sebi_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            stamp_duty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            remarks: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            freezeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
            zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
                openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>, zod.ZodTransform<{
                [x: string]: unknown;
                requestTime?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                companyName?: string | undefined;
                symbolName?: string | undefined;
                segment?: string | undefined;
                token?: string | undefined;
                lastTradedPrice?: number | undefined;
                dayOpenPrice?: number | undefined;
                dayHighPrice?: number | undefined;
                dayLowPrice?: number | undefined;
                dayClosePrice?: number | undefined;
                VWAP?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                pricePrecision?: number | undefined;
                multipler?: number | undefined;
                priceFactor?: string | undefined;
                openInterest?: number | undefined;
                totalBuyQuantity?: number | undefined;
                totalSellQuantity?: number | undefined;
                bestBuyPrice1?: number | undefined;
                bestSellPrice1?: number | undefined;
                bestBuyQuantity1?: number | undefined;
                bestSellQuantity1?: number | undefined;
            }, {
                [x: string]: unknown;
                requestTime?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                companyName?: string | undefined;
                symbolName?: string | undefined;
                segment?: string | undefined;
                token?: string | undefined;
                lastTradedPrice?: number | undefined;
                dayOpenPrice?: number | undefined;
                dayHighPrice?: number | undefined;
                dayLowPrice?: number | undefined;
                dayClosePrice?: number | undefined;
                VWAP?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                pricePrecision?: number | undefined;
                multipler?: number | undefined;
                priceFactor?: string | undefined;
                openInterest?: number | undefined;
                totalBuyQuantity?: number | undefined;
                totalSellQuantity?: number | undefined;
                bestBuyPrice1?: number | undefined;
                bestSellPrice1?: number | undefined;
                bestBuyQuantity1?: number | undefined;
                bestSellQuantity1?: number | undefined;
            }[]>>,
            zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
                openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>
        ]>>;
        readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
            zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodCoercedString<unknown>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>, zod.ZodTransform<{
                [x: string]: unknown;
                token: string;
                requestTime?: string | undefined;
                companyName?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                lastTradedPrice?: number | undefined;
            }, {
                [x: string]: unknown;
                token: string;
                requestTime?: string | undefined;
                companyName?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                lastTradedPrice?: number | undefined;
            }[]>>,
            zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodCoercedString<unknown>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>
        ]>>;
        readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodPipe<zod.ZodObject<{
                status: zod.ZodLiteral<"error">;
                error: zod.ZodOptional<zod.ZodString>;
                identifier: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>, zod.ZodTransform<{
                status: "error";
                error?: string | undefined;
                identifier?: string | undefined;
                ok: false;
            }, {
                [x: string]: unknown;
                status: "error";
                error?: string | undefined;
                identifier?: string | undefined;
            }>>,
            zod.ZodPipe<zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodOptional<zod.ZodString>;
                lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
                openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                identifier: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>, zod.ZodTransform<{
                requestTime?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                companyName?: string | undefined;
                symbolName?: string | undefined;
                segment?: string | undefined;
                token?: string | undefined;
                lastTradedPrice?: number | undefined;
                dayOpenPrice?: number | undefined;
                dayHighPrice?: number | undefined;
                dayLowPrice?: number | undefined;
                dayClosePrice?: number | undefined;
                VWAP?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                pricePrecision?: number | undefined;
                multipler?: number | undefined;
                priceFactor?: string | undefined;
                openInterest?: number | undefined;
                totalBuyQuantity?: number | undefined;
                totalSellQuantity?: number | undefined;
                bestBuyPrice1?: number | undefined;
                bestSellPrice1?: number | undefined;
                bestBuyQuantity1?: number | undefined;
                bestSellQuantity1?: number | undefined;
                identifier?: string | undefined;
                instrumentName?: string | undefined;
                ok: true;
            }, {
                [x: string]: unknown;
                requestTime?: string | undefined;
                exchange?: string | undefined;
                tradingSymbol?: string | undefined;
                companyName?: string | undefined;
                symbolName?: string | undefined;
                segment?: string | undefined;
                token?: string | undefined;
                lastTradedPrice?: number | undefined;
                dayOpenPrice?: number | undefined;
                dayHighPrice?: number | undefined;
                dayLowPrice?: number | undefined;
                dayClosePrice?: number | undefined;
                VWAP?: number | undefined;
                lotSize?: number | undefined;
                tickSize?: number | undefined;
                pricePrecision?: number | undefined;
                multipler?: number | undefined;
                priceFactor?: string | undefined;
                openInterest?: number | undefined;
                totalBuyQuantity?: number | undefined;
                totalSellQuantity?: number | undefined;
                bestBuyPrice1?: number | undefined;
                bestSellPrice1?: number | undefined;
                bestBuyQuantity1?: number | undefined;
                bestSellQuantity1?: number | undefined;
                identifier?: string | undefined;
                instrumentName?: string | undefined;
            }>>
        ]>>>;
        readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodCoercedString<unknown>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            identifier: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly indexList: Endpoint<"indexList", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            symbol: zod.ZodOptional<zod.ZodString>;
            idxname: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly getExpiry: Endpoint<"getExpiry", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            expiryDates: zod.ZodArray<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            count: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            optionType: zod.ZodOptional<zod.ZodString>;
            parentToken: zod.ZodOptional<zod.ZodString>;
            strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly optionChainGreeks: Endpoint<"optionChainGreeks", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            count: zod.ZodUnion<readonly [
                zod.ZodLiteral<"ALL">,
                zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>
            ]>;
            strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            vega: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            iv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            exchange: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            optionType: zod.ZodOptional<zod.ZodString>;
            parentToken: zod.ZodOptional<zod.ZodString>;
            strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
            stext: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            token: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            representationName: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>>;
        readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            startTime: zod.ZodString;
            endTime: zod.ZodString;
            interval: zod.ZodEnum<{
                "1mi": "1mi";
                "2mi": "2mi";
                "3mi": "3mi";
                "5mi": "5mi";
                "10mi": "10mi";
                "15mi": "15mi";
                "30mi": "30mi";
                "60mi": "60mi";
                "1d": "1d";
            }>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            time: zod.ZodOptional<zod.ZodString>;
            epochTime: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            open: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            high: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            low: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            close: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly placeGttOrder: Endpoint<"placeGttOrder", zod.ZodObject<{
            value: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
            remarks: zod.ZodOptional<zod.ZodString>;
            OrderParams: zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodString;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            GTTid: zod.ZodCoercedString<unknown>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly modifyGttOrder: Endpoint<"modifyGttOrder", zod.ZodObject<{
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
            remarks: zod.ZodOptional<zod.ZodString>;
            OrderParams: zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    IOC: "IOC";
                }>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                tradingSymbol: zod.ZodString;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                remarks: zod.ZodOptional<zod.ZodString>;
                mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
            }, zod_v4_core.$strict>;
            value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            GTTid: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            GTTid: zod.ZodCoercedString<unknown>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly cancelGttOrder: Endpoint<"cancelGttOrder", zod.ZodObject<{
            GTTid: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            GTTid: zod.ZodCoercedString<unknown>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly gttOrderBook: Endpoint<"gttOrderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            GTTid: zod.ZodCoercedString<unknown>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            validity: zod.ZodOptional<zod.ZodString>;
            value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            OrderParams: zod.ZodOptional<zod.ZodObject<{
                exchange: zod.ZodOptional<zod.ZodString>;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                triggerPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                product: zod.ZodOptional<zod.ZodString>;
                priceType: zod.ZodOptional<zod.ZodString>;
                transactionType: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>>;
        readonly getFundamentals: Endpoint<"getFundamentals", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{}, zod_v4_core.$loose>>;
    };
};

// v1Endpoints
declare const v1Endpoints: {
    readonly login: Endpoint<"login", zod.ZodObject<{
        userId: zod.ZodString;
        password: zod.ZodString;
        TOTP: zod.ZodString;
        vendorCode: zod.ZodString;
        apiKey: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        actid: zod.ZodOptional<zod.ZodString>;
        userName: zod.ZodOptional<zod.ZodString>;
        susertoken: zod.ZodString;
        email: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
    readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        userName: zod.ZodOptional<zod.ZodString>;
        email: zod.ZodOptional<zod.ZodString>;
        actid: zod.ZodOptional<zod.ZodString>;
        uprev: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
    }, zod_v4_core.$loose>>;
    readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        retention: zod.ZodDefault<zod.ZodEnum<{
            DAY: "DAY";
            IOC: "IOC";
        }>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        tradingSymbol: zod.ZodString;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodObject<{
            orderNumber: zod.ZodString;
            requestTime: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>,
        zod.ZodArray<zod.ZodObject<{
            orderNumber: zod.ZodString;
            requestTime: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>
    ]>, zod.ZodTransform<{
        orders: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        }[];
    }, {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    } | {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    }[]>>>;
    readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
        orderNumber: zod.ZodString;
        exchange: zod.ZodOptional<zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        retention: zod.ZodDefault<zod.ZodEnum<{
            DAY: "DAY";
            IOC: "IOC";
        }>>;
        mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        orderNumber: zod.ZodString;
        rejreason: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
        orderNumber: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        orderNumber: zod.ZodString;
        rejreason: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        marginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        userId: zod.ZodOptional<zod.ZodString>;
        orderNumber: zod.ZodString;
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        priceType: zod.ZodOptional<zod.ZodString>;
        product: zod.ZodOptional<zod.ZodString>;
        retention: zod.ZodOptional<zod.ZodString>;
        status: zod.ZodOptional<zod.ZodString>;
        transactionType: zod.ZodOptional<zod.ZodString>;
        orderTime: zod.ZodOptional<zod.ZodString>;
        remarks: zod.ZodOptional<zod.ZodString>;
        rejectReason: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
        orderNumber: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        userId: zod.ZodOptional<zod.ZodString>;
        orderNumber: zod.ZodString;
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        averagePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        fillShares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        priceType: zod.ZodOptional<zod.ZodString>;
        product: zod.ZodOptional<zod.ZodString>;
        retention: zod.ZodOptional<zod.ZodString>;
        status: zod.ZodOptional<zod.ZodString>;
        transactionType: zod.ZodOptional<zod.ZodString>;
        orderTime: zod.ZodOptional<zod.ZodString>;
        remarks: zod.ZodOptional<zod.ZodString>;
        rejectReason: zod.ZodOptional<zod.ZodString>;
        exchangeOrderNum: zod.ZodOptional<zod.ZodString>;
        exchangeTime: zod.ZodOptional<zod.ZodString>;
        reportType: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        orderNumber: zod.ZodString;
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        fillId: zod.ZodOptional<zod.ZodString>;
        exchordid: zod.ZodOptional<zod.ZodString>;
        fillPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        fillQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        fillshares: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        transactionType: zod.ZodOptional<zod.ZodString>;
        product: zod.ZodOptional<zod.ZodString>;
        priceType: zod.ZodOptional<zod.ZodString>;
        fillTime: zod.ZodOptional<zod.ZodString>;
        orderTime: zod.ZodOptional<zod.ZodString>;
        userId: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        userId: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        product: zod.ZodOptional<zod.ZodString>;
        netQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        netAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        RealizedPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalMTM: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalPNL: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayBuyAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayBuyAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        daySellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        daySellAveragePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        daySellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cfBuyQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cfSellQty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cfBuyAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cfSellAmt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        netUploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        previousProduct: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        msgFlag: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodEnum<{
                1: "1";
                3: "3";
                4: "4";
                2: "2";
            }>,
            zod.ZodLiteral<3 | 1 | 4 | 2>
        ]>, zod.ZodTransform<string, 3 | 1 | 4 | 2 | "1" | "3" | "4" | "2">>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        Status: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly holdings: Endpoint<"holdings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly holdingsDetails: Endpoint<"holdingsDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly combinedHoldings: Endpoint<"combinedHoldings", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
        mutualFunds: zod.ZodOptional<zod.ZodObject<{
            holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{}, zod_v4_core.$loose>>>;
        }, zod_v4_core.$loose>>;
        stocks: zod.ZodOptional<zod.ZodObject<{
            holdings: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                exchangeTradingSymbol: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
                    exchange: zod.ZodOptional<zod.ZodString>;
                    token: zod.ZodOptional<zod.ZodString>;
                    tradingSymbol: zod.ZodOptional<zod.ZodString>;
                    pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                    lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                        zod.ZodString,
                        zod.ZodNumber
                    ]>, zod.ZodTransform<number | undefined, string | number>>>;
                }, zod_v4_core.$loose>>>;
                holdQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dpQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                uploadPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                sellAmount: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                usedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tradeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                collateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                BTSTQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                hairCut: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                beneficiaryQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                brokerCollateralQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                unPledgeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>>;
        }, zod_v4_core.$loose>>;
        combinedHoldings: zod.ZodOptional<zod.ZodObject<{}, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>;
    readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
        availableMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
        BasketList_Params: zod.ZodOptional<zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>>>;
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        BasketMargin: zod.ZodOptional<zod.ZodArray<zod.ZodNumber>>;
        MarginOnNewOrder: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        PreviousMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        Remarks: zod.ZodOptional<zod.ZodString>;
        TradedMargin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly basketOrder: Endpoint<"basketOrder", zod.ZodObject<{
        legs: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodString;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodArray<zod.ZodRecord<zod.ZodString, zod.ZodUnknown>>,
        zod.ZodRecord<zod.ZodString, zod.ZodUnknown>
    ]>, zod.ZodTransform<PlacedLeg[], Record<string, unknown> | Record<string, unknown>[]>>>;
    readonly placeAMO: Endpoint<"placeAMO", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        retention: zod.ZodDefault<zod.ZodEnum<{
            DAY: "DAY";
            IOC: "IOC";
        }>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        tradingSymbol: zod.ZodString;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodUnion<readonly [
        zod.ZodObject<{
            orderNumber: zod.ZodString;
            requestTime: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>,
        zod.ZodArray<zod.ZodObject<{
            orderNumber: zod.ZodString;
            requestTime: zod.ZodOptional<zod.ZodString>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>
    ]>, zod.ZodTransform<{
        orders: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        }[];
    }, {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    } | {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    }[]>>>;
    readonly modifyAMO: Endpoint<"modifyAMO", zod.ZodObject<{
        orderNumber: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        orderNumber: zod.ZodString;
        requestTime: zod.ZodOptional<zod.ZodString>;
        quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly brokerageCalculator: Endpoint<"brokerageCalculator", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        Product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        strike_price: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        inst_name: zod.ZodOptional<zod.ZodUnion<readonly [
            zod.ZodEnum<{
                FUTSTK: "FUTSTK";
                FUTIDX: "FUTIDX";
                OPTSTK: "OPTSTK";
                OPTIDX: "OPTIDX";
            }>,
            zod.ZodLiteral<"EQ">
        ]>>;
        lot_size: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        brokerage: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        exchange_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        gst: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        sebi_charge: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        stamp_duty: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        remarks: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        symbolName: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        segment: zod.ZodOptional<zod.ZodString>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        freezeQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        priceFactor: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
        zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
            openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>, zod.ZodTransform<{
            [x: string]: unknown;
            requestTime?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            companyName?: string | undefined;
            symbolName?: string | undefined;
            segment?: string | undefined;
            token?: string | undefined;
            lastTradedPrice?: number | undefined;
            dayOpenPrice?: number | undefined;
            dayHighPrice?: number | undefined;
            dayLowPrice?: number | undefined;
            dayClosePrice?: number | undefined;
            VWAP?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            pricePrecision?: number | undefined;
            multipler?: number | undefined;
            priceFactor?: string | undefined;
            openInterest?: number | undefined;
            totalBuyQuantity?: number | undefined;
            totalSellQuantity?: number | undefined;
            bestBuyPrice1?: number | undefined;
            bestSellPrice1?: number | undefined;
            bestBuyQuantity1?: number | undefined;
            bestSellQuantity1?: number | undefined;
        }, {
            [x: string]: unknown;
            requestTime?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            companyName?: string | undefined;
            symbolName?: string | undefined;
            segment?: string | undefined;
            token?: string | undefined;
            lastTradedPrice?: number | undefined;
            dayOpenPrice?: number | undefined;
            dayHighPrice?: number | undefined;
            dayLowPrice?: number | undefined;
            dayClosePrice?: number | undefined;
            VWAP?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            pricePrecision?: number | undefined;
            multipler?: number | undefined;
            priceFactor?: string | undefined;
            openInterest?: number | undefined;
            totalBuyQuantity?: number | undefined;
            totalSellQuantity?: number | undefined;
            bestBuyPrice1?: number | undefined;
            bestSellPrice1?: number | undefined;
            bestBuyQuantity1?: number | undefined;
            bestSellQuantity1?: number | undefined;
        }[]>>,
        zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
            openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>
    ]>>;
    readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    }, zod_v4_core.$strict>, zod.ZodUnion<readonly [
        zod.ZodPipe<zod.ZodArray<zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodCoercedString<unknown>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>, zod.ZodTransform<{
            [x: string]: unknown;
            token: string;
            requestTime?: string | undefined;
            companyName?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            lastTradedPrice?: number | undefined;
        }, {
            [x: string]: unknown;
            token: string;
            requestTime?: string | undefined;
            companyName?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            lastTradedPrice?: number | undefined;
        }[]>>,
        zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodCoercedString<unknown>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>
    ]>>;
    readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodPipe<zod.ZodObject<{
            status: zod.ZodLiteral<"error">;
            error: zod.ZodOptional<zod.ZodString>;
            identifier: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>, zod.ZodTransform<{
            status: "error";
            error?: string | undefined;
            identifier?: string | undefined;
            ok: false;
        }, {
            [x: string]: unknown;
            status: "error";
            error?: string | undefined;
            identifier?: string | undefined;
        }>>,
        zod.ZodPipe<zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodOptional<zod.ZodString>;
            lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            VWAP: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
            openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            identifier: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>, zod.ZodTransform<{
            requestTime?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            companyName?: string | undefined;
            symbolName?: string | undefined;
            segment?: string | undefined;
            token?: string | undefined;
            lastTradedPrice?: number | undefined;
            dayOpenPrice?: number | undefined;
            dayHighPrice?: number | undefined;
            dayLowPrice?: number | undefined;
            dayClosePrice?: number | undefined;
            VWAP?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            pricePrecision?: number | undefined;
            multipler?: number | undefined;
            priceFactor?: string | undefined;
            openInterest?: number | undefined;
            totalBuyQuantity?: number | undefined;
            totalSellQuantity?: number | undefined;
            bestBuyPrice1?: number | undefined;
            bestSellPrice1?: number | undefined;
            bestBuyQuantity1?: number | undefined;
            bestSellQuantity1?: number | undefined;
            identifier?: string | undefined;
            instrumentName?: string | undefined;
            ok: true;
        }, {
            [x: string]: unknown;
            requestTime?: string | undefined;
            exchange?: string | undefined;
            tradingSymbol?: string | undefined;
            companyName?: string | undefined;
            symbolName?: string | undefined;
            segment?: string | undefined;
            token?: string | undefined;
            lastTradedPrice?: number | undefined;
            dayOpenPrice?: number | undefined;
            dayHighPrice?: number | undefined;
            dayLowPrice?: number | undefined;
            dayClosePrice?: number | undefined;
            VWAP?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            pricePrecision?: number | undefined;
            multipler?: number | undefined;
            priceFactor?: string | undefined;
            openInterest?: number | undefined;
            totalBuyQuantity?: number | undefined;
            totalSellQuantity?: number | undefined;
            bestBuyPrice1?: number | undefined;
            bestSellPrice1?: number | undefined;
            bestBuyQuantity1?: number | undefined;
            bestSellQuantity1?: number | undefined;
            identifier?: string | undefined;
            instrumentName?: string | undefined;
        }>>
    ]>>>;
    readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodCoercedString<unknown>;
        lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        identifier: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly indexList: Endpoint<"indexList", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        symbol: zod.ZodOptional<zod.ZodString>;
        idxname: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly getExpiry: Endpoint<"getExpiry", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        expiryDates: zod.ZodArray<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        count: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        optionType: zod.ZodOptional<zod.ZodString>;
        parentToken: zod.ZodOptional<zod.ZodString>;
        strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly optionChainGreeks: Endpoint<"optionChainGreeks", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        count: zod.ZodUnion<readonly [
            zod.ZodLiteral<"ALL">,
            zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>
        ]>;
        strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        vega: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        iv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        exchange: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        optionType: zod.ZodOptional<zod.ZodString>;
        parentToken: zod.ZodOptional<zod.ZodString>;
        strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradedPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
        stext: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        token: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        representationName: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>>;
    readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        startTime: zod.ZodString;
        endTime: zod.ZodString;
        interval: zod.ZodEnum<{
            "1mi": "1mi";
            "2mi": "2mi";
            "3mi": "3mi";
            "5mi": "5mi";
            "10mi": "10mi";
            "15mi": "15mi";
            "30mi": "30mi";
            "60mi": "60mi";
            "1d": "1d";
        }>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        time: zod.ZodOptional<zod.ZodString>;
        epochTime: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        open: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        high: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        low: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        close: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly placeGttOrder: Endpoint<"placeGttOrder", zod.ZodObject<{
        value: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
        remarks: zod.ZodOptional<zod.ZodString>;
        OrderParams: zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodString;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        GTTid: zod.ZodCoercedString<unknown>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly modifyGttOrder: Endpoint<"modifyGttOrder", zod.ZodObject<{
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        validity: zod.ZodDefault<zod.ZodLiteral<"GTT">>;
        remarks: zod.ZodOptional<zod.ZodString>;
        OrderParams: zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                IOC: "IOC";
            }>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            tradingSymbol: zod.ZodString;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            mkt_protection: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
        }, zod_v4_core.$strict>;
        value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        GTTid: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        GTTid: zod.ZodCoercedString<unknown>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly cancelGttOrder: Endpoint<"cancelGttOrder", zod.ZodObject<{
        GTTid: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        GTTid: zod.ZodCoercedString<unknown>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly gttOrderBook: Endpoint<"gttOrderBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        GTTid: zod.ZodCoercedString<unknown>;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodString>;
        validity: zod.ZodOptional<zod.ZodString>;
        value: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        OrderParams: zod.ZodOptional<zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodString>;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            price: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            triggerPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            quantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            product: zod.ZodOptional<zod.ZodString>;
            priceType: zod.ZodOptional<zod.ZodString>;
            transactionType: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>>;
    readonly getFundamentals: Endpoint<"getFundamentals", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{}, zod_v4_core.$loose>>;
};

// v1Schemas
declare function v1Schemas(z: Z): {
    Retention: z.ZodEnum<{
        DAY: "DAY";
        IOC: "IOC";
    }>;
    NoInput: z.ZodObject<{}, z.core.$strict>;
    OrderAck: z.ZodObject<{
        orderNumber: z.ZodString;
        requestTime: z.ZodOptional<z.ZodString>;
        quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    PlacedOrders: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodObject<{
            orderNumber: z.ZodString;
            requestTime: z.ZodOptional<z.ZodString>;
            quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<number | undefined, string | number>>>;
        }, z.core.$loose>,
        z.ZodArray<z.ZodObject<{
            orderNumber: z.ZodString;
            requestTime: z.ZodOptional<z.ZodString>;
            quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<number | undefined, string | number>>>;
        }, z.core.$loose>>
    ]>, z.ZodTransform<{
        orders: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
            quantity?: number | undefined;
        }[];
    }, {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    } | {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    }[]>>;
    BasketLegs: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>,
        z.ZodRecord<z.ZodString, z.ZodUnknown>
    ]>, z.ZodTransform<PlacedLeg[], Record<string, unknown> | Record<string, unknown>[]>>;
    OrderChange: z.ZodObject<{
        orderNumber: z.ZodString;
        rejreason: z.ZodOptional<z.ZodString>;
        requestTime: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    OrderFields: {
        exchange: z.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        retention: z.ZodDefault<z.ZodEnum<{
            DAY: "DAY";
            IOC: "IOC";
        }>>;
        product: z.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        priceType: z.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        tradingSymbol: z.ZodString;
        transactionType: z.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        price: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
        triggerPrice: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>>;
        quantity: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
        remarks: z.ZodOptional<z.ZodString>;
        mkt_protection: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>>;
    };
    MarginFields: {
        exchange: z.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        transactionType: z.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        product: z.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        tradingSymbol: z.ZodString;
        quantity: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
        priceType: z.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        price: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
    };
    Instrument: z.ZodObject<{
        exchange: z.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    }, z.core.$strict>;
    Instruments: z.ZodObject<{
        data: z.ZodArray<z.ZodObject<{
            exchange: z.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    TradingSymbol: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    Expiry: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    V1Time: z.ZodString;
    Interval: z.ZodEnum<{
        "1mi": "1mi";
        "2mi": "2mi";
        "3mi": "3mi";
        "5mi": "5mi";
        "10mi": "10mi";
        "15mi": "15mi";
        "30mi": "30mi";
        "60mi": "60mi";
        "1d": "1d";
    }>;
    MsgFlag: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodEnum<{
            1: "1";
            3: "3";
            4: "4";
            2: "2";
        }>,
        z.ZodLiteral<3 | 1 | 4 | 2>
    ]>, z.ZodTransform<string, 3 | 1 | 4 | 2 | "1" | "3" | "4" | "2">>;
    Quote: z.ZodObject<{
        requestTime: z.ZodOptional<z.ZodString>;
        exchange: z.ZodOptional<z.ZodString>;
        tradingSymbol: z.ZodOptional<z.ZodString>;
        companyName: z.ZodOptional<z.ZodString>;
        symbolName: z.ZodOptional<z.ZodString>;
        segment: z.ZodOptional<z.ZodString>;
        token: z.ZodOptional<z.ZodString>;
        lastTradedPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayOpenPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayHighPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayLowPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayClosePrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        VWAP: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lotSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        tickSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        pricePrecision: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        multipler: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        priceFactor: z.ZodOptional<z.ZodString>;
        openInterest: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        totalBuyQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        totalSellQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    QuoteLtp: z.ZodObject<{
        requestTime: z.ZodOptional<z.ZodString>;
        companyName: z.ZodOptional<z.ZodString>;
        exchange: z.ZodOptional<z.ZodString>;
        tradingSymbol: z.ZodOptional<z.ZodString>;
        token: z.ZodCoercedString<unknown>;
        lastTradedPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    HoldingDetail: z.ZodObject<{
        exchangeTradingSymbol: z.ZodOptional<z.ZodArray<z.ZodObject<{
            exchange: z.ZodOptional<z.ZodString>;
            token: z.ZodOptional<z.ZodString>;
            tradingSymbol: z.ZodOptional<z.ZodString>;
            pricePrecision: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<number | undefined, string | number>>>;
            tickSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<number | undefined, string | number>>>;
            lotSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<number | undefined, string | number>>>;
        }, z.core.$loose>>>;
        holdQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dpQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        uploadPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        sellAmount: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        usedQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        tradeQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        collateralQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        BTSTQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        hairCut: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        beneficiaryQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        brokerCollateralQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        unPledgeQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    GttLeg: z.ZodObject<{
        exchange: z.ZodOptional<z.ZodString>;
        tradingSymbol: z.ZodOptional<z.ZodString>;
        price: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        triggerPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        product: z.ZodOptional<z.ZodString>;
        priceType: z.ZodOptional<z.ZodString>;
        transactionType: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    OrderRow: z.ZodObject<{
        userId: z.ZodOptional<z.ZodString>;
        orderNumber: z.ZodString;
        exchange: z.ZodOptional<z.ZodString>;
        tradingSymbol: z.ZodOptional<z.ZodString>;
        token: z.ZodOptional<z.ZodString>;
        quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        price: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        averagePrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        fillShares: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lotSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        tickSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        priceType: z.ZodOptional<z.ZodString>;
        product: z.ZodOptional<z.ZodString>;
        retention: z.ZodOptional<z.ZodString>;
        status: z.ZodOptional<z.ZodString>;
        transactionType: z.ZodOptional<z.ZodString>;
        orderTime: z.ZodOptional<z.ZodString>;
        remarks: z.ZodOptional<z.ZodString>;
        rejectReason: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    z: typeof zod;
    Exchange: z.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    Product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    PriceType: z.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
    TransactionType: z.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    PositionType: z.ZodEnum<{
        DAY: "DAY";
        CF: "CF";
    }>;
    OptionType: z.ZodEnum<{
        CE: "CE";
        PE: "PE";
    }>;
    CandleInterval: z.ZodEnum<{
        DAY: "DAY";
        1: "1";
        3: "3";
        5: "5";
        10: "10";
        15: "15";
        30: "30";
        60: "60";
        120: "120";
        240: "240";
    }>;
    InstrumentName: z.ZodEnum<{
        FUTSTK: "FUTSTK";
        FUTIDX: "FUTIDX";
        OPTSTK: "OPTSTK";
        OPTIDX: "OPTIDX";
    }>;
    OrderStatus: z.ZodEnum<{
        PENDING: "PENDING";
        OPEN: "OPEN";
        TRIGGER_PENDING: "TRIGGER_PENDING";
        COMPLETE: "COMPLETE";
        REJECTED: "REJECTED";
        CANCELED: "CANCELED";
    }>;
    Text: z.ZodString;
    Quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Count: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Price: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    PositivePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    SignedInteger: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Token: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<string, string | number>>, z.ZodString>;
    WireNumber: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>;
    num: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>>;
    price: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>>;
    requiredPrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>;
    requiredNum: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>, z.ZodNumber>;
    requiredStr: z.ZodString;
    str: z.ZodOptional<z.ZodString>;
    request: typeof zod.strictObject;
    response: typeof zod.looseObject;
};

// v3
declare const v3: {
    readonly version: "v3";
    readonly baseUrl: "https://connect.thefirstock.com/api/V3/";
    readonly wsUrl: "wss://norenapi.thefirstock.com/NorenWSTP/";
    readonly limits: {
        readonly quote: {
            readonly limit: 3;
            readonly windowMs: 1000;
        };
        readonly candles: {
            readonly limit: 3;
            readonly windowMs: 1000;
        };
        readonly order: {
            readonly limit: 200;
            readonly windowMs: 60000;
        };
        readonly other: {
            readonly limit: 10;
            readonly windowMs: 1000;
        };
    };
    readonly endpoints: {
        readonly login: Endpoint<"login", zod.ZodObject<{
            userId: zod.ZodString;
            password: zod.ZodString;
            TOTP: zod.ZodString;
            vendorCode: zod.ZodString;
            apiKey: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            actid: zod.ZodOptional<zod.ZodString>;
            userName: zod.ZodOptional<zod.ZodString>;
            susertoken: zod.ZodString;
            email: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
        readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            userName: zod.ZodOptional<zod.ZodString>;
            email: zod.ZodOptional<zod.ZodString>;
            actid: zod.ZodString;
            uprev: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
            orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        }, zod_v4_core.$loose>>;
        readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                EOS: "EOS";
                IOC: "IOC";
            }>>;
            remarks: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
        }, zod_v4_core.$loose>>;
        readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            remarks: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{
            exchange: zod.ZodOptional<zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
            [x: string]: unknown;
            orderNumber: string;
            exchange: string;
            tradingSymbol: string;
            transactionType: string;
            status: string;
            userId?: string | undefined;
            token?: string | undefined;
            quantity?: number | undefined;
            price?: number | undefined;
            triggerPrice?: number | undefined;
            priceType?: string | undefined;
            retention?: string | undefined;
            product?: string | undefined;
            reportType?: string | undefined;
            orderTime?: string | undefined;
            fillshares?: number | undefined;
            fillShares?: number | undefined;
            averagePrice?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            remarks?: string | undefined;
            rejectReason?: string | undefined;
            exchordid?: string | undefined;
            exchangeOrderNumber?: string | undefined;
            cancelQuantity?: number | undefined;
        }>, unknown[]>>>;
        readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
            orderNumber: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
        }, zod_v4_core.$loose>>;
        readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
            orderNumber: zod.ZodString;
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            orderNumber: zod.ZodString;
        }, zod_v4_core.$loose>>;
        readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
            orderNumber: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
            [x: string]: unknown;
            orderNumber: string;
            exchange: string;
            tradingSymbol: string;
            transactionType: string;
            status: string;
            userId?: string | undefined;
            token?: string | undefined;
            quantity?: number | undefined;
            price?: number | undefined;
            triggerPrice?: number | undefined;
            priceType?: string | undefined;
            retention?: string | undefined;
            product?: string | undefined;
            reportType?: string | undefined;
            orderTime?: string | undefined;
            fillshares?: number | undefined;
            fillShares?: number | undefined;
            averagePrice?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            remarks?: string | undefined;
            rejectReason?: string | undefined;
            exchordid?: string | undefined;
            exchangeOrderNumber?: string | undefined;
            cancelQuantity?: number | undefined;
        }>, unknown[]>>>;
        readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
            [x: string]: unknown;
            orderNumber: string;
            exchange: string;
            tradingSymbol: string;
            fillPrice: number;
            fillQuantity: number;
            userId?: string | undefined;
            token?: string | undefined;
            transactionType?: string | undefined;
            priceType?: string | undefined;
            retention?: string | undefined;
            product?: string | undefined;
            fillId?: string | undefined;
            fillTime?: string | undefined;
            quantity?: number | undefined;
            fillshares?: number | undefined;
            price?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            pricePrecision?: number | undefined;
            priceFactor?: number | undefined;
            remarks?: string | undefined;
            exchordid?: string | undefined;
            orderTime?: string | undefined;
            exchangeUpdateTime?: string | undefined;
        }>, unknown[]>>>;
        readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
            [x: string]: unknown;
            exchange: string;
            tradingSymbol: string;
            product: string;
            netQuantity: number;
            userId?: string | undefined;
            token?: string | undefined;
            pricePrecision?: number | undefined;
            lotSize?: number | undefined;
            tickSize?: number | undefined;
            mult?: number | undefined;
            priceFactor?: number | undefined;
            dayBuyQuantity?: number | undefined;
            daySellQuantity?: number | undefined;
            dayBuyAmount?: number | undefined;
            dayBuyAveragePrice?: number | undefined;
            daySellAmount?: number | undefined;
            daySellAveragePrice?: number | undefined;
            netAveragePrice?: number | undefined;
            lastTradedPrice?: number | undefined;
            RealizedPNL?: number | undefined;
            unrealizedMTOM?: number | undefined;
            uploadPrice?: number | undefined;
            netUploadPrice?: number | undefined;
        }>, unknown[]>>>;
        readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            previousProduct: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            positionType: zod.ZodEnum<{
                DAY: "DAY";
                CF: "CF";
            }>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            status: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly holdings: Endpoint<"holdings", zod.ZodObject<{
            product: zod.ZodOptional<zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
            [x: string]: unknown;
            exchangeTradingSymbol: {
                [x: string]: unknown;
                exchange: string;
                tradingSymbol: string;
                token?: string | undefined;
                pricePrecision?: number | undefined;
                tickSize?: number | undefined;
                lotSize?: number | undefined;
            }[];
            holdQuantity: number;
            BTSTQuantity?: number | undefined;
            usedQuantity?: number | undefined;
            tradeQuantity?: number | undefined;
            sellAmount?: number | undefined;
            uploadPrice?: number | undefined;
        }>, unknown[]>>>;
        readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            cash: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            payout: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
            basket: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            request_time: zod.ZodOptional<zod.ZodString>;
            stat: zod.ZodOptional<zod.ZodString>;
            marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            marginusedtrade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            remarks: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly multiPlaceOrders: Endpoint<"multiPlaceOrders", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                tradingSymbol: zod.ZodString;
                quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                price: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
                triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                product: zod.ZodEnum<{
                    C: "C";
                    M: "M";
                    I: "I";
                }>;
                transactionType: zod.ZodEnum<{
                    B: "B";
                    S: "S";
                }>;
                priceType: zod.ZodEnum<{
                    LMT: "LMT";
                    MKT: "MKT";
                    "SL-LMT": "SL-LMT";
                    "SL-MKT": "SL-MKT";
                }>;
                retention: zod.ZodDefault<zod.ZodEnum<{
                    DAY: "DAY";
                    EOS: "EOS";
                    IOC: "IOC";
                }>>;
                remarks: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodString;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodString;
            isin: zod.ZodOptional<zod.ZodString>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
            lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>;
            upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradeTime: zod.ZodOptional<zod.ZodString>;
            averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodString;
            token: zod.ZodString;
            lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>;
        }, zod_v4_core.$loose>>;
        readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            token: zod.ZodOptional<zod.ZodString>;
            result: zod.ZodObject<{
                bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                requestTime: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodString;
                tradingSymbol: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                symbolName: zod.ZodOptional<zod.ZodString>;
                segment: zod.ZodOptional<zod.ZodString>;
                instrumentName: zod.ZodOptional<zod.ZodString>;
                token: zod.ZodString;
                isin: zod.ZodOptional<zod.ZodString>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                priceFactor: zod.ZodOptional<zod.ZodString>;
                lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>;
                upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lastTradeTime: zod.ZodOptional<zod.ZodString>;
                averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>>>;
        readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            token: zod.ZodOptional<zod.ZodString>;
            result: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                companyName: zod.ZodOptional<zod.ZodString>;
                exchange: zod.ZodString;
                token: zod.ZodString;
                lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>>>;
        readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
            stext: zod.ZodString;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodString;
            tradingSymbol: zod.ZodString;
            token: zod.ZodString;
            companyName: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodString;
            tradingSymbol: zod.ZodString;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            isin: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodString;
            tickSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            lotSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            prcftr_d: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$loose>>;
        readonly indexList: Endpoint<"indexList", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            values: zod.ZodArray<zod.ZodObject<{
                idxname: zod.ZodString;
                token: zod.ZodString;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>;
        readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            count: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            values: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodString;
                tradingSymbol: zod.ZodString;
                token: zod.ZodString;
                optionType: zod.ZodString;
                strikePrice: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
                pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
                tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodString,
                    zod.ZodNumber
                ]>, zod.ZodTransform<number | undefined, string | number>>>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>>;
        readonly spanCalculators: Endpoint<"spanCalculators", zod.ZodObject<{
            data: zod.ZodArray<zod.ZodObject<{
                exchange: zod.ZodEnum<{
                    NSE: "NSE";
                    BSE: "BSE";
                    NFO: "NFO";
                    BFO: "BFO";
                }>;
                instrumentName: zod.ZodEnum<{
                    FUTSTK: "FUTSTK";
                    FUTIDX: "FUTIDX";
                    OPTSTK: "OPTSTK";
                    OPTIDX: "OPTIDX";
                }>;
                symbolName: zod.ZodString;
                expireDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
                optionType: zod.ZodOptional<zod.ZodEnum<{
                    CE: "CE";
                    PE: "PE";
                }>>;
                strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>>;
                netQuantity: zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>;
            }, zod_v4_core.$strict>>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            status: zod.ZodOptional<zod.ZodString>;
            requestTime: zod.ZodOptional<zod.ZodString>;
            span: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            expo: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            span_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            expo_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>
            ]>;
            startTime: zod.ZodString;
            endTime: zod.ZodString;
            interval: zod.ZodUnion<readonly [
                zod.ZodEnum<{
                    DAY: "DAY";
                    1: "1";
                    3: "3";
                    5: "5";
                    10: "10";
                    15: "15";
                    30: "30";
                    60: "60";
                    120: "120";
                    240: "240";
                }>,
                zod.ZodPipe<zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>, zod.ZodEnum<{
                    DAY: "DAY";
                    1: "1";
                    3: "3";
                    5: "5";
                    10: "10";
                    15: "15";
                    30: "30";
                    60: "60";
                    120: "120";
                    240: "240";
                }>>
            ]>;
        }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
            stat: zod.ZodOptional<zod.ZodString>;
            time: zod.ZodString;
            ssboe: zod.ZodOptional<zod.ZodString>;
            into: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            inth: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            intl: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            intc: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            intvwap: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            intv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            intoi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            v: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>>;
        readonly optionGreek: Endpoint<"optionGreek", zod.ZodObject<{
            expiryDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            spotPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            initRate: zod.ZodUnion<[
                zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>,
                zod.ZodPipe<zod.ZodUnion<readonly [
                    zod.ZodNumber,
                    zod.ZodString
                ]>, zod.ZodTransform<string, string | number>>
            ]>;
            volatility: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            optionType: zod.ZodEnum<{
                CE: "CE";
                PE: "PE";
            }>;
        }, zod_v4_core.$strict>, zod.ZodObject<{
            request_time: zod.ZodOptional<zod.ZodString>;
            stat: zod.ZodOptional<zod.ZodString>;
            cal_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            put_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            cal_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            put_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cal_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            put_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cal_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            put_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cal_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            put_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            cal_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            put_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
        readonly bullCallSpread: Endpoint<"bullCallSpread", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            callBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            callSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly bearPutSpread: Endpoint<"bearPutSpread", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            putBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            putSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly longStraddle: Endpoint<"longStraddle", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly longStrangle: Endpoint<"longStrangle", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly shortStraddle: Endpoint<"shortStraddle", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            hedge: zod.ZodBoolean;
            hedgeValue: zod.ZodNumber;
            strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
        readonly shortStrangle: Endpoint<"shortStrangle", zod.ZodObject<{
            symbol: zod.ZodString;
            expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            remarks: zod.ZodOptional<zod.ZodString>;
            hedge: zod.ZodBoolean;
            hedgeValue: zod.ZodNumber;
            callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
            zod.ZodObject<{
                status: zod.ZodString;
                data: zod.ZodObject<{
                    requestTime: zod.ZodOptional<zod.ZodString>;
                    orderNumber: zod.ZodString;
                }, zod_v4_core.$loose>;
            }, zod_v4_core.$loose>,
            zod.ZodObject<{
                status: zod.ZodString;
                code: zod.ZodOptional<zod.ZodString>;
                name: zod.ZodOptional<zod.ZodString>;
                error: zod.ZodOptional<zod.ZodObject<{
                    field: zod.ZodOptional<zod.ZodString>;
                    message: zod.ZodOptional<zod.ZodString>;
                }, zod_v4_core.$loose>>;
            }, zod_v4_core.$loose>
        ]>>, zod.ZodTransform<PlacedLeg[], ({
            [x: string]: unknown;
            status: string;
            data: {
                [x: string]: unknown;
                orderNumber: string;
                requestTime?: string | undefined;
            };
        } | {
            [x: string]: unknown;
            status: string;
            code?: string | undefined;
            name?: string | undefined;
            error?: {
                [x: string]: unknown;
                field?: string | undefined;
                message?: string | undefined;
            } | undefined;
        })[]>>>;
    };
};

// v3Endpoints
declare const v3Endpoints: {
    readonly login: Endpoint<"login", zod.ZodObject<{
        userId: zod.ZodString;
        password: zod.ZodString;
        TOTP: zod.ZodString;
        vendorCode: zod.ZodString;
        apiKey: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        actid: zod.ZodOptional<zod.ZodString>;
        userName: zod.ZodOptional<zod.ZodString>;
        susertoken: zod.ZodString;
        email: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly logout: Endpoint<"logout", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodUnknown>;
    readonly userDetails: Endpoint<"userDetails", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        userName: zod.ZodOptional<zod.ZodString>;
        email: zod.ZodOptional<zod.ZodString>;
        actid: zod.ZodString;
        uprev: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
        orarr: zod.ZodOptional<zod.ZodArray<zod.ZodString>>;
    }, zod_v4_core.$loose>>;
    readonly placeOrder: Endpoint<"placeOrder", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        retention: zod.ZodDefault<zod.ZodEnum<{
            DAY: "DAY";
            EOS: "EOS";
            IOC: "IOC";
        }>>;
        remarks: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        orderNumber: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly orderMargin: Endpoint<"orderMargin", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        cash: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        remarks: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly orderBook: Endpoint<"orderBook", zod.ZodObject<{
        exchange: zod.ZodOptional<zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
        [x: string]: unknown;
        orderNumber: string;
        exchange: string;
        tradingSymbol: string;
        transactionType: string;
        status: string;
        userId?: string | undefined;
        token?: string | undefined;
        quantity?: number | undefined;
        price?: number | undefined;
        triggerPrice?: number | undefined;
        priceType?: string | undefined;
        retention?: string | undefined;
        product?: string | undefined;
        reportType?: string | undefined;
        orderTime?: string | undefined;
        fillshares?: number | undefined;
        fillShares?: number | undefined;
        averagePrice?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
        remarks?: string | undefined;
        rejectReason?: string | undefined;
        exchordid?: string | undefined;
        exchangeOrderNumber?: string | undefined;
        cancelQuantity?: number | undefined;
    }>, unknown[]>>>;
    readonly cancelOrder: Endpoint<"cancelOrder", zod.ZodObject<{
        orderNumber: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        orderNumber: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly modifyOrder: Endpoint<"modifyOrder", zod.ZodObject<{
        orderNumber: zod.ZodString;
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        price: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>>;
        priceType: zod.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        orderNumber: zod.ZodString;
    }, zod_v4_core.$loose>>;
    readonly singleOrderHistory: Endpoint<"singleOrderHistory", zod.ZodObject<{
        orderNumber: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
        [x: string]: unknown;
        orderNumber: string;
        exchange: string;
        tradingSymbol: string;
        transactionType: string;
        status: string;
        userId?: string | undefined;
        token?: string | undefined;
        quantity?: number | undefined;
        price?: number | undefined;
        triggerPrice?: number | undefined;
        priceType?: string | undefined;
        retention?: string | undefined;
        product?: string | undefined;
        reportType?: string | undefined;
        orderTime?: string | undefined;
        fillshares?: number | undefined;
        fillShares?: number | undefined;
        averagePrice?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
        remarks?: string | undefined;
        rejectReason?: string | undefined;
        exchordid?: string | undefined;
        exchangeOrderNumber?: string | undefined;
        cancelQuantity?: number | undefined;
    }>, unknown[]>>>;
    readonly tradeBook: Endpoint<"tradeBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
        [x: string]: unknown;
        orderNumber: string;
        exchange: string;
        tradingSymbol: string;
        fillPrice: number;
        fillQuantity: number;
        userId?: string | undefined;
        token?: string | undefined;
        transactionType?: string | undefined;
        priceType?: string | undefined;
        retention?: string | undefined;
        product?: string | undefined;
        fillId?: string | undefined;
        fillTime?: string | undefined;
        quantity?: number | undefined;
        fillshares?: number | undefined;
        price?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
        pricePrecision?: number | undefined;
        priceFactor?: number | undefined;
        remarks?: string | undefined;
        exchordid?: string | undefined;
        orderTime?: string | undefined;
        exchangeUpdateTime?: string | undefined;
    }>, unknown[]>>>;
    readonly positionBook: Endpoint<"positionBook", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
        [x: string]: unknown;
        exchange: string;
        tradingSymbol: string;
        product: string;
        netQuantity: number;
        userId?: string | undefined;
        token?: string | undefined;
        pricePrecision?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
        mult?: number | undefined;
        priceFactor?: number | undefined;
        dayBuyQuantity?: number | undefined;
        daySellQuantity?: number | undefined;
        dayBuyAmount?: number | undefined;
        dayBuyAveragePrice?: number | undefined;
        daySellAmount?: number | undefined;
        daySellAveragePrice?: number | undefined;
        netAveragePrice?: number | undefined;
        lastTradedPrice?: number | undefined;
        RealizedPNL?: number | undefined;
        unrealizedMTOM?: number | undefined;
        uploadPrice?: number | undefined;
        netUploadPrice?: number | undefined;
    }>, unknown[]>>>;
    readonly productConversion: Endpoint<"productConversion", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        previousProduct: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        transactionType: zod.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        positionType: zod.ZodEnum<{
            DAY: "DAY";
            CF: "CF";
        }>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        status: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly holdings: Endpoint<"holdings", zod.ZodObject<{
        product: zod.ZodOptional<zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnknown>, zod.ZodTransform<BookRows<{
        [x: string]: unknown;
        exchangeTradingSymbol: {
            [x: string]: unknown;
            exchange: string;
            tradingSymbol: string;
            token?: string | undefined;
            pricePrecision?: number | undefined;
            tickSize?: number | undefined;
            lotSize?: number | undefined;
        }[];
        holdQuantity: number;
        BTSTQuantity?: number | undefined;
        usedQuantity?: number | undefined;
        tradeQuantity?: number | undefined;
        sellAmount?: number | undefined;
        uploadPrice?: number | undefined;
    }>, unknown[]>>>;
    readonly limit: Endpoint<"limit", zod.ZodObject<{}, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        cash: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        payin: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        payout: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        marginused: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        brkcollamt: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        peak_mar: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        span: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        expo: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        premium: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        collateral: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly basketMargin: Endpoint<"basketMargin", zod.ZodObject<{
        basket: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        request_time: zod.ZodOptional<zod.ZodString>;
        stat: zod.ZodOptional<zod.ZodString>;
        marginused: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        marginusedtrade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        remarks: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly multiPlaceOrders: Endpoint<"multiPlaceOrders", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            tradingSymbol: zod.ZodString;
            quantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            price: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
            triggerPrice: zod.ZodDefault<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            product: zod.ZodEnum<{
                C: "C";
                M: "M";
                I: "I";
            }>;
            transactionType: zod.ZodEnum<{
                B: "B";
                S: "S";
            }>;
            priceType: zod.ZodEnum<{
                LMT: "LMT";
                MKT: "MKT";
                "SL-LMT": "SL-LMT";
                "SL-MKT": "SL-MKT";
            }>;
            retention: zod.ZodDefault<zod.ZodEnum<{
                DAY: "DAY";
                EOS: "EOS";
                IOC: "IOC";
            }>>;
            remarks: zod.ZodOptional<zod.ZodString>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly getQuote: Endpoint<"getQuote", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        requestTime: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodString;
        tradingSymbol: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        symbolName: zod.ZodOptional<zod.ZodString>;
        segment: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodString;
        isin: zod.ZodOptional<zod.ZodString>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        priceFactor: zod.ZodOptional<zod.ZodString>;
        lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>;
        upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lastTradeTime: zod.ZodOptional<zod.ZodString>;
        averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly getQuoteLtp: Endpoint<"getQuoteLtp", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        companyName: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodString;
        token: zod.ZodString;
        lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>;
    }, zod_v4_core.$loose>>;
    readonly getMultiQuotes: Endpoint<"getMultiQuotes", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        token: zod.ZodOptional<zod.ZodString>;
        result: zod.ZodObject<{
            bestBuyPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestBuyOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellPrice5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellQuantity5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder3: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder1: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder4: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder2: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            bestSellOrder5: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            requestTime: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodString;
            tradingSymbol: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            symbolName: zod.ZodOptional<zod.ZodString>;
            segment: zod.ZodOptional<zod.ZodString>;
            instrumentName: zod.ZodOptional<zod.ZodString>;
            token: zod.ZodString;
            isin: zod.ZodOptional<zod.ZodString>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            multipler: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            priceFactor: zod.ZodOptional<zod.ZodString>;
            lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>;
            upperCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lowerCircuit: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayOpenPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayHighPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayLowPrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            dayClosePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            volume: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradedQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lastTradeTime: zod.ZodOptional<zod.ZodString>;
            averageTradePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalBuyQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            totalSellQuantity: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            openInterest: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>;
    }, zod_v4_core.$loose>>>;
    readonly getMultiQuotesLtp: Endpoint<"getMultiQuotesLtp", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        token: zod.ZodOptional<zod.ZodString>;
        result: zod.ZodObject<{
            requestTime: zod.ZodOptional<zod.ZodString>;
            companyName: zod.ZodOptional<zod.ZodString>;
            exchange: zod.ZodString;
            token: zod.ZodString;
            lastTradedPrice: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>;
        }, zod_v4_core.$loose>;
    }, zod_v4_core.$loose>>>;
    readonly searchScrips: Endpoint<"searchScrips", zod.ZodObject<{
        stext: zod.ZodString;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        exchange: zod.ZodString;
        tradingSymbol: zod.ZodString;
        token: zod.ZodString;
        companyName: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly securityInfo: Endpoint<"securityInfo", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<string, string | number>>, zod.ZodString>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        exchange: zod.ZodString;
        tradingSymbol: zod.ZodString;
        companyName: zod.ZodOptional<zod.ZodString>;
        symbolName: zod.ZodOptional<zod.ZodString>;
        segment: zod.ZodOptional<zod.ZodString>;
        instrumentName: zod.ZodOptional<zod.ZodString>;
        isin: zod.ZodOptional<zod.ZodString>;
        token: zod.ZodString;
        tickSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        lotSize: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        mult: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        prcftr_d: zod.ZodOptional<zod.ZodString>;
    }, zod_v4_core.$loose>>;
    readonly indexList: Endpoint<"indexList", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        values: zod.ZodArray<zod.ZodObject<{
            idxname: zod.ZodString;
            token: zod.ZodString;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>;
    readonly optionChain: Endpoint<"optionChain", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: zod.ZodString;
        strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        count: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        requestTime: zod.ZodOptional<zod.ZodString>;
        values: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodString;
            tradingSymbol: zod.ZodString;
            token: zod.ZodString;
            optionType: zod.ZodString;
            strikePrice: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
            pricePrecision: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            lotSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
            tickSize: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodString,
                zod.ZodNumber
            ]>, zod.ZodTransform<number | undefined, string | number>>>;
        }, zod_v4_core.$loose>>;
    }, zod_v4_core.$loose>>;
    readonly spanCalculators: Endpoint<"spanCalculators", zod.ZodObject<{
        data: zod.ZodArray<zod.ZodObject<{
            exchange: zod.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            instrumentName: zod.ZodEnum<{
                FUTSTK: "FUTSTK";
                FUTIDX: "FUTIDX";
                OPTSTK: "OPTSTK";
                OPTIDX: "OPTIDX";
            }>;
            symbolName: zod.ZodString;
            expireDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
            optionType: zod.ZodOptional<zod.ZodEnum<{
                CE: "CE";
                PE: "PE";
            }>>;
            strikePrice: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>>;
            netQuantity: zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>;
        }, zod_v4_core.$strict>>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        status: zod.ZodOptional<zod.ZodString>;
        requestTime: zod.ZodOptional<zod.ZodString>;
        span: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        expo: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        span_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        expo_trade: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly timePriceSeries: Endpoint<"timePriceSeries", zod.ZodObject<{
        exchange: zod.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>
        ]>;
        startTime: zod.ZodString;
        endTime: zod.ZodString;
        interval: zod.ZodUnion<readonly [
            zod.ZodEnum<{
                DAY: "DAY";
                1: "1";
                3: "3";
                5: "5";
                10: "10";
                15: "15";
                30: "30";
                60: "60";
                120: "120";
                240: "240";
            }>,
            zod.ZodPipe<zod.ZodPipe<zod.ZodNumber, zod.ZodTransform<string, number>>, zod.ZodEnum<{
                DAY: "DAY";
                1: "1";
                3: "3";
                5: "5";
                10: "10";
                15: "15";
                30: "30";
                60: "60";
                120: "120";
                240: "240";
            }>>
        ]>;
    }, zod_v4_core.$strict>, zod.ZodArray<zod.ZodObject<{
        stat: zod.ZodOptional<zod.ZodString>;
        time: zod.ZodString;
        ssboe: zod.ZodOptional<zod.ZodString>;
        into: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        inth: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        intl: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        intc: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        intvwap: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        intv: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        intoi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        v: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        oi: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>>;
    readonly optionGreek: Endpoint<"optionGreek", zod.ZodObject<{
        expiryDate: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        spotPrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        initRate: zod.ZodUnion<[
            zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>,
            zod.ZodPipe<zod.ZodUnion<readonly [
                zod.ZodNumber,
                zod.ZodString
            ]>, zod.ZodTransform<string, string | number>>
        ]>;
        volatility: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        optionType: zod.ZodEnum<{
            CE: "CE";
            PE: "PE";
        }>;
    }, zod_v4_core.$strict>, zod.ZodObject<{
        request_time: zod.ZodOptional<zod.ZodString>;
        stat: zod.ZodOptional<zod.ZodString>;
        cal_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        put_price: zod.ZodPipe<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>, zod.ZodNumber>;
        cal_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        put_delta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cal_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        put_gamma: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cal_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        put_theta: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cal_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        put_rho: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        cal_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
        put_vego: zod.ZodOptional<zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodString,
            zod.ZodNumber
        ]>, zod.ZodTransform<number | undefined, string | number>>>;
    }, zod_v4_core.$loose>>;
    readonly bullCallSpread: Endpoint<"bullCallSpread", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        callBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        callSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly bearPutSpread: Endpoint<"bearPutSpread", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        putBuyStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        putSellStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly longStraddle: Endpoint<"longStraddle", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly longStrangle: Endpoint<"longStrangle", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly shortStraddle: Endpoint<"shortStraddle", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        hedge: zod.ZodBoolean;
        hedgeValue: zod.ZodNumber;
        strikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
    readonly shortStrangle: Endpoint<"shortStrangle", zod.ZodObject<{
        symbol: zod.ZodString;
        expiry: zod.ZodPipe<zod.ZodString, zod.ZodTransform<string, string>>;
        product: zod.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        quantity: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        remarks: zod.ZodOptional<zod.ZodString>;
        hedge: zod.ZodBoolean;
        hedgeValue: zod.ZodNumber;
        callStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
        putStrikePrice: zod.ZodPipe<zod.ZodUnion<readonly [
            zod.ZodNumber,
            zod.ZodString
        ]>, zod.ZodTransform<string, string | number>>;
    }, zod_v4_core.$strict>, zod.ZodPipe<zod.ZodArray<zod.ZodUnion<readonly [
        zod.ZodObject<{
            status: zod.ZodString;
            data: zod.ZodObject<{
                requestTime: zod.ZodOptional<zod.ZodString>;
                orderNumber: zod.ZodString;
            }, zod_v4_core.$loose>;
        }, zod_v4_core.$loose>,
        zod.ZodObject<{
            status: zod.ZodString;
            code: zod.ZodOptional<zod.ZodString>;
            name: zod.ZodOptional<zod.ZodString>;
            error: zod.ZodOptional<zod.ZodObject<{
                field: zod.ZodOptional<zod.ZodString>;
                message: zod.ZodOptional<zod.ZodString>;
            }, zod_v4_core.$loose>>;
        }, zod_v4_core.$loose>
    ]>>, zod.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>>;
};

// v3Schemas
declare function v3Schemas(z: Z): {
    NoInput: z.ZodObject<{}, z.core.$strict>;
    OrderAck: z.ZodObject<{
        requestTime: z.ZodOptional<z.ZodString>;
        orderNumber: z.ZodString;
    }, z.core.$loose>;
    OrderFields: {
        exchange: z.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        tradingSymbol: z.ZodString;
        quantity: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
        price: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>;
        triggerPrice: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodNumber,
            z.ZodString
        ]>, z.ZodTransform<string, string | number>>>;
        product: z.ZodEnum<{
            C: "C";
            M: "M";
            I: "I";
        }>;
        transactionType: z.ZodEnum<{
            B: "B";
            S: "S";
        }>;
        priceType: z.ZodEnum<{
            LMT: "LMT";
            MKT: "MKT";
            "SL-LMT": "SL-LMT";
            "SL-MKT": "SL-MKT";
        }>;
        retention: z.ZodDefault<z.ZodEnum<{
            DAY: "DAY";
            EOS: "EOS";
            IOC: "IOC";
        }>>;
        remarks: z.ZodOptional<z.ZodString>;
    };
    LegResults: z.ZodPipe<z.ZodArray<z.ZodUnion<readonly [
        z.ZodObject<{
            status: z.ZodString;
            data: z.ZodObject<{
                requestTime: z.ZodOptional<z.ZodString>;
                orderNumber: z.ZodString;
            }, z.core.$loose>;
        }, z.core.$loose>,
        z.ZodObject<{
            status: z.ZodString;
            code: z.ZodOptional<z.ZodString>;
            name: z.ZodOptional<z.ZodString>;
            error: z.ZodOptional<z.ZodObject<{
                field: z.ZodOptional<z.ZodString>;
                message: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
        }, z.core.$loose>
    ]>>, z.ZodTransform<PlacedLeg[], ({
        [x: string]: unknown;
        status: string;
        data: {
            [x: string]: unknown;
            orderNumber: string;
            requestTime?: string | undefined;
        };
    } | {
        [x: string]: unknown;
        status: string;
        code?: string | undefined;
        name?: string | undefined;
        error?: {
            [x: string]: unknown;
            field?: string | undefined;
            message?: string | undefined;
        } | undefined;
    })[]>>;
    Instrument: z.ZodObject<{
        exchange: z.ZodEnum<{
            NSE: "NSE";
            BSE: "BSE";
            NFO: "NFO";
            BFO: "BFO";
        }>;
        token: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<string, string | number>>, z.ZodString>;
    }, z.core.$strict>;
    Instruments: z.ZodObject<{
        data: z.ZodArray<z.ZodObject<{
            exchange: z.ZodEnum<{
                NSE: "NSE";
                BSE: "BSE";
                NFO: "NFO";
                BFO: "BFO";
            }>;
            token: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
                z.ZodString,
                z.ZodNumber
            ]>, z.ZodTransform<string, string | number>>, z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    Quote: z.ZodObject<{
        bestBuyPrice3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyPrice5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyQuantity5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestBuyOrder5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellPrice5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellQuantity5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder3: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder1: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder4: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder2: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        bestSellOrder5: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        requestTime: z.ZodOptional<z.ZodString>;
        exchange: z.ZodString;
        tradingSymbol: z.ZodOptional<z.ZodString>;
        companyName: z.ZodOptional<z.ZodString>;
        symbolName: z.ZodOptional<z.ZodString>;
        segment: z.ZodOptional<z.ZodString>;
        instrumentName: z.ZodOptional<z.ZodString>;
        token: z.ZodString;
        isin: z.ZodOptional<z.ZodString>;
        pricePrecision: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lotSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        tickSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        multipler: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        priceFactor: z.ZodOptional<z.ZodString>;
        lastTradedPrice: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>;
        upperCircuit: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lowerCircuit: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayOpenPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayHighPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayLowPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        dayClosePrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        volume: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lastTradedQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lastTradeTime: z.ZodOptional<z.ZodString>;
        averageTradePrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        totalBuyQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        totalSellQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        openInterest: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    QuoteLtp: z.ZodObject<{
        requestTime: z.ZodOptional<z.ZodString>;
        companyName: z.ZodOptional<z.ZodString>;
        exchange: z.ZodString;
        token: z.ZodString;
        lastTradedPrice: z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>;
    }, z.core.$loose>;
    DayMonthYear: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
    DateTime: z.ZodString;
    OrderRow: z.ZodObject<{
        userId: z.ZodOptional<z.ZodString>;
        orderNumber: z.ZodString;
        exchange: z.ZodString;
        tradingSymbol: z.ZodString;
        token: z.ZodOptional<z.ZodString>;
        quantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        price: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        triggerPrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        transactionType: z.ZodString;
        priceType: z.ZodOptional<z.ZodString>;
        retention: z.ZodOptional<z.ZodString>;
        product: z.ZodOptional<z.ZodString>;
        status: z.ZodString;
        reportType: z.ZodOptional<z.ZodString>;
        orderTime: z.ZodOptional<z.ZodString>;
        fillshares: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        fillShares: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        averagePrice: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        lotSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        tickSize: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
        remarks: z.ZodOptional<z.ZodString>;
        rejectReason: z.ZodOptional<z.ZodString>;
        exchordid: z.ZodOptional<z.ZodString>;
        exchangeOrderNumber: z.ZodOptional<z.ZodString>;
        cancelQuantity: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
            z.ZodString,
            z.ZodNumber
        ]>, z.ZodTransform<number | undefined, string | number>>>;
    }, z.core.$loose>;
    z: typeof zod;
    Exchange: z.ZodEnum<{
        NSE: "NSE";
        BSE: "BSE";
        NFO: "NFO";
        BFO: "BFO";
    }>;
    Product: z.ZodEnum<{
        C: "C";
        M: "M";
        I: "I";
    }>;
    PriceType: z.ZodEnum<{
        LMT: "LMT";
        MKT: "MKT";
        "SL-LMT": "SL-LMT";
        "SL-MKT": "SL-MKT";
    }>;
    TransactionType: z.ZodEnum<{
        B: "B";
        S: "S";
    }>;
    Retention: z.ZodEnum<{
        DAY: "DAY";
        EOS: "EOS";
        IOC: "IOC";
    }>;
    PositionType: z.ZodEnum<{
        DAY: "DAY";
        CF: "CF";
    }>;
    OptionType: z.ZodEnum<{
        CE: "CE";
        PE: "PE";
    }>;
    CandleInterval: z.ZodEnum<{
        DAY: "DAY";
        1: "1";
        3: "3";
        5: "5";
        10: "10";
        15: "15";
        30: "30";
        60: "60";
        120: "120";
        240: "240";
    }>;
    InstrumentName: z.ZodEnum<{
        FUTSTK: "FUTSTK";
        FUTIDX: "FUTIDX";
        OPTSTK: "OPTSTK";
        OPTIDX: "OPTIDX";
    }>;
    OrderStatus: z.ZodEnum<{
        PENDING: "PENDING";
        OPEN: "OPEN";
        TRIGGER_PENDING: "TRIGGER_PENDING";
        COMPLETE: "COMPLETE";
        REJECTED: "REJECTED";
        CANCELED: "CANCELED";
    }>;
    Text: z.ZodString;
    Quantity: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Count: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Price: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    PositivePrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    SignedInteger: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodNumber,
        z.ZodString
    ]>, z.ZodTransform<string, string | number>>;
    Token: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<string, string | number>>, z.ZodString>;
    WireNumber: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>;
    num: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>>;
    price: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>>;
    requiredPrice: z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>;
    requiredNum: z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [
        z.ZodString,
        z.ZodNumber
    ]>, z.ZodTransform<number | undefined, string | number>>, z.ZodNumber>;
    requiredStr: z.ZodString;
    TradingSymbol: z.ZodString;
    str: z.ZodOptional<z.ZodString>;
    request: typeof zod.strictObject;
    response: typeof zod.looseObject;
};

// validateRequest
declare function validateRequest(endpoint: Endpoint, input: unknown): Promise<WireBody>;

// (not exported) FirstockErrorOptions
interface FirstockErrorOptions {
    code: string;
    endpoint?: string | undefined;
    field?: string | undefined;
    cause?: unknown;
}

// (not exported) ServerClock
declare class ServerClock {
    #private;
    observe(date: string | undefined, data: unknown, receivedAt?: number): void;
    toServer(localMs: number): number;
}

// (not exported) FIRSTOCK_ERRORS
declare const FIRSTOCK_ERRORS: {
    readonly BAD_REQUEST: "api";
    readonly MISSING_FIELD: "api";
    readonly INVALID_USERID: "api";
    readonly INVALID_PASSWORD: "api";
    readonly INVALID_CREDENTIALS: "api";
    readonly INVALID_JKEY: "session";
    readonly SESSION_EXPIRED: "session";
    readonly UNAUTHORIZED: "session";
    readonly FORBIDDEN: "api";
    readonly ORDER_NOT_FOUND: "api";
    readonly ORDERS_NOT_FOUND: "api";
    readonly RESOURCE_NOT_FOUND: "api";
    readonly 'EXCHANGE/TOKEN': "api";
    readonly PRODUCT_CONVERSION: "api";
    readonly PRODUCT_USAGE: "api";
    readonly BASKET_DETAILS: "api";
    readonly API_RATE_LIMIT: "rate-limit";
    readonly RATE_LIMIT_EXCEEDED: "rate-limit";
    readonly TOO_MANY_REQUESTS: "rate-limit";
    readonly INTERNAL_SERVER_ERROR: "api";
    readonly SERVICE_UNAVAILABLE: "api";
};

// (not exported) FrameData
type FrameData = Readonly<Record<string, string | number | undefined>>;

// (not exported) WireBody
type WireBody = Record<string, unknown>;
