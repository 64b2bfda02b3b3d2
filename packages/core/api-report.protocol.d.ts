// The public API of @firstock/core, generated from its built types by tooling/api-report.mjs. Do not edit.
// BackoffOptions
interface BackoffOptions {
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
    readonly factor?: number | undefined;
    readonly jitter?: number | undefined;
}

// ConnectAckFrame
interface ConnectAckFrame {
    readonly t: 'ck';
    readonly ok: boolean;
    readonly uid: string | undefined;
    readonly message: string | undefined;
}

// ConnectParams
interface ConnectParams {
    readonly userId: string;
    readonly jKey: string;
    readonly accountId?: string | undefined;
}

// DECIMAL
declare const DECIMAL: RegExp;

// DEFAULT_MAX_RESPONSE_BYTES
declare const DEFAULT_MAX_RESPONSE_BYTES: number;

// DEPTH_KEYS
declare const DEPTH_KEYS: Readonly<Record<string, Spec>>;

// DEPTH_LEVELS
declare const DEPTH_LEVELS = 5;

// DEPTH_LEVEL_KEYS
declare const DEPTH_LEVEL_KEYS: Readonly<Record<string, LevelSpec>>;

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

// EMPTY_BOOK
declare const EMPTY_BOOK: readonly [
    "ORDERS_NOT_FOUND",
    "NO_DATA"
];

// FINAL_ORDER_STATUSES
declare const FINAL_ORDER_STATUSES: ReadonlySet<string>;

// FailureBody
interface FailureBody {
    status: string;
    code?: string | number;
    name?: string;
    error?: {
        field?: string;
        message?: string;
    };
}

// FeedFrame
interface FeedFrame {
    readonly t: 'tk' | 'tf' | 'dk' | 'df';
    readonly e: string;
    readonly tk: string;
    readonly data: FrameData;
}

// FeedMerger
interface FeedMerger {
    touchline(frame: FeedFrame): Tick | undefined;
    depth(frame: FeedFrame): Depth | undefined;
    getTick(exchange: string, token: string): Tick | undefined;
    getDepth(exchange: string, token: string): Depth | undefined;
    forget(kind: 'touchline' | 'depth', exchange: string, token: string): void;
    clear(): void;
}

// FirstockErrorOptions
interface FirstockErrorOptions {
    code: string;
    endpoint?: string | undefined;
    field?: string | undefined;
    cause?: unknown;
}

// FrameData
type FrameData = Readonly<Record<string, string | number | undefined>>;

// LegOutcome
type LegOutcome = PlacedLeg | (RejectedLeg & {
    rejected: true;
});

// MARKET_CLOSE_IST_MS
declare const MARKET_CLOSE_IST_MS: number;

// MAX_DELAY_MS
declare const MAX_DELAY_MS: number;

// NO_PRICE
declare const NO_PRICE = 42949672.95;

// ORDER_TIME_SKEW_MS
declare const ORDER_TIME_SKEW_MS = 60000;

// OrderAckFrame
interface OrderAckFrame {
    readonly t: 'ok' | 'uok';
}

// OrderFrame
interface OrderFrame {
    readonly t: 'om';
    readonly data: FrameData;
}

// OrderState
interface OrderState {
    readonly status: string;
    readonly filled: number;
    readonly averagePrice: number;
}

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

// ServerFrame
type ServerFrame = ConnectAckFrame | FeedFrame | UnsubscribeAckFrame | OrderAckFrame | OrderFrame | UnknownFrame;

// TICK_KEYS
declare const TICK_KEYS: Readonly<Record<string, Spec>>;

// Tick
interface Tick extends QuoteFields {
    readonly bidPrice: number | undefined;
    readonly bidQuantity: number;
    readonly askPrice: number | undefined;
    readonly askQuantity: number;
}

// UnknownFrame
interface UnknownFrame {
    readonly t: 'unknown';
    readonly reason: 'not-json' | 'not-an-object' | 'unknown-type' | 'missing-keys';
    readonly text: string;
}

// UnsubscribeAckFrame
interface UnsubscribeAckFrame {
    readonly t: 'uk' | 'udk';
    readonly k: string | undefined;
}

// applyDepth
declare function applyDepth(prev: Depth | undefined, frame: FeedFrame): Depth | undefined;

// applyTouchline
declare function applyTouchline(prev: Tick | undefined, frame: FeedFrame): Tick | undefined;

// backoffDelay
declare function backoffDelay(attempt: number, options: BackoffOptions, random?: () => number): number;

// checkCallOptions
declare function checkCallOptions(client: Client, endpoint: string, options: unknown): CallOptions;

// checkCount
declare function checkCount(where: string, field: string, value: unknown, min?: number, max?: number): number;

// checkDuration
declare function checkDuration(where: string, field: string, value: unknown, min?: number, endpoint?: string): number;

// checkMarketProtection
declare function checkMarketProtection(order: {
    priceType?: string;
    mkt_protection?: string | undefined;
}, ctx: z.RefinementCtx): void;

// checkPrices
declare function checkPrices(order: {
    priceType: string;
    price: string;
    triggerPrice?: string | undefined;
}, ctx: z.RefinementCtx): void;

// checkRateLimits
declare function checkRateLimits(where: string, limits: unknown, prefix?: string): Partial<RateLimits>;

// checkRetryOptions
declare function checkRetryOptions(where: string, retry: unknown, prefix?: string): Partial<RetryOptions>;

// checkSecureUrl
declare function checkSecureUrl(raw: unknown, field: string, where: string): URL;

// createMerger
declare function createMerger(): FeedMerger;

// decodeFrame
declare function decodeFrame(input: string | ArrayBuffer | ArrayBufferView): ServerFrame;

// decodeMessage
declare function decodeMessage(value: unknown, text?: string): ServerFrame;

// defineV1Endpoint
declare function defineV1Endpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(row: Omit<Endpoint<Name, Request, Response>, 'request' | 'response' | 'version' | 'schemaSet'> & {
    request: (schemas: V1Schemas) => Request;
    response: (schemas: V1Schemas) => Response;
}): Endpoint<Name, Request, Response>;

// describeIssues
declare function describeIssues(error: z.ZodError, input: unknown): {
    message: string;
    field: string | undefined;
};

// describeValue
declare function describeValue(value: unknown, maxLength?: number): string;

// encodeConnect
declare function encodeConnect(params: ConnectParams): string;

// encodeDepth
declare const encodeDepth: (scrips: readonly (Scrip | string)[]) => string;

// encodeDepthUnsubscribe
declare const encodeDepthUnsubscribe: (scrips: readonly (Scrip | string)[]) => string;

// encodeHeartbeat
declare const encodeHeartbeat: () => string;

// encodeOrders
declare const encodeOrders: (accountId: string) => string;

// encodeOrdersUnsubscribe
declare const encodeOrdersUnsubscribe: () => string;

// encodeTouchline
declare const encodeTouchline: (scrips: readonly (Scrip | string)[]) => string;

// encodeTouchlineUnsubscribe
declare const encodeTouchlineUnsubscribe: (scrips: readonly (Scrip | string)[]) => string;

// expiryCloseTime
declare function expiryCloseTime(expiry: Date): Date;

// failureToError
declare function failureToError(endpointName: string, body: FailureBody, response?: TransportResponse): ApiError;

// invalidOption
declare function invalidOption(where: string, field: string, expected: string, value: unknown, endpoint?: string): ValidationError;

// isAbortSignal
declare function isAbortSignal(value: unknown): value is AbortSignal;

// isLoopbackHost
declare function isLoopbackHost(hostname: string): boolean;

// isRedirect
declare function isRedirect(status: number): boolean;

// isSecretKey
declare function isSecretKey(key: string): boolean;

// isStaleOrderState
declare function isStaleOrderState(update: OrderState, current: OrderState): boolean;

// istDateKey
declare function istDateKey(date: Date): string;

// istMidnight
declare function istMidnight(year: number, month: number, day: number): Date;

// istStartOfDay
declare function istStartOfDay(date: Date): Date;

// lastIstTimeOfDay
declare function lastIstTimeOfDay(now: Date, hours: number, minutes?: number): Date;

// legTag
declare function legTag(tag: string, n: number): string;

// onAbort
declare function onAbort(signal: AbortSignal, listener: () => void): () => void;

// orderStateOf
declare function orderStateOf(update: OrderUpdate, prev?: OrderState): OrderState;

// orderTagFor
declare function orderTagFor(remarks: unknown, endpoint?: string, field?: string): string;

// orderUpdateFromRow
declare function orderUpdateFromRow(value: unknown): OrderUpdate | undefined;

// parseDecimal
declare function parseDecimal(value: unknown): number | undefined;

// parseOrderTime
declare function parseOrderTime(text: unknown): number | undefined;

// parsePrice
declare function parsePrice(value: unknown): number | undefined;

// parseScrip
declare function parseScrip(input: ScripInput, field?: string): Scrip;

// parseScrips
declare function parseScrips(inputs: readonly ScripInput[] | ScripInput, field?: string): Scrip[];

// placedAfter
declare function placedAfter(row: {
    orderTime?: string | undefined;
}, sentAt: number): boolean;

// readEnvelope
declare function readEnvelope(endpoint: Endpoint, response: TransportResponse): unknown;

// readFetchResponse
declare function readFetchResponse(response: Response, maxBytes?: number): Promise<TransportResponse>;

// redirectRefused
declare function redirectRefused(status: number, location: string | null | undefined): NetworkError;

// responseTooLarge
declare function responseTooLarge(maxBytes: number): NetworkError;

// retryAfterMs
declare function retryAfterMs(header: string | undefined): number | undefined;

// rowsOf
declare function rowsOf<Row extends z.ZodType>(zod: Z, row: Row): z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodTransform<BookRows<z.output<Row>>, unknown[]>>;

// sameOrderState
declare const sameOrderState: (a: OrderState, b: OrderState) => boolean;

// scripList
declare function scripList(scrips: readonly (Scrip | string)[]): string;

// statusOf
declare function statusOf(body: unknown): 'success' | 'failed' | undefined;

// toDecimalString
declare function toDecimalString(n: number, fractionDigits?: number): string;

// toOrderUpdate
declare function toOrderUpdate(frame: OrderFrame): OrderUpdate;

// (not exported) Spec
type Spec = {
    readonly field: string;
    readonly num: boolean;
    readonly price: boolean;
};

// (not exported) LevelSpec
type LevelSpec = {
    readonly side: 0 | 1;
    readonly level: number;
    readonly prop: keyof DepthLevel;
    readonly field: string;
};

// (not exported) PlacedLeg
interface PlacedLeg {
    leg: number;
    orderNumber: string;
    requestTime: string | undefined;
    tag: string | undefined;
}

// (not exported) RejectedLeg
interface RejectedLeg {
    leg: number;
    tag: string | undefined;
    reason: string;
    errorName: string;
    apiCode: string | undefined;
    field: string | undefined;
}

// (not exported) Exchange
type Exchange = (typeof EXCHANGES)[number];

// (not exported) Client
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
}

// (not exported) CallOptions
interface CallOptions {
    signal?: AbortSignal | undefined;
    timeout?: number | undefined;
}

// (not exported) RateLimits
type RateLimits = Record<RateLimitBucket, RateLimit>;

// (not exported) RetryOptions
interface RetryOptions {
    attempts: number;
    baseDelayMs: number;
    maxDelayMs: number;
}

// (not exported) Endpoint
interface Endpoint<Name extends string = string, Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
    readonly name: Name;
    readonly path: string;
    readonly auth: AuthMode;
    readonly retry: RetryPolicy;
    readonly limit: RateLimitBucket;
    readonly envelope?: EnvelopeShape;
    readonly tagField?: string;
    readonly legs?: 'items' | 'server';
    readonly emptyWhen?: readonly string[];
    readonly rowTagField?: string;
    readonly orderGuard?: boolean;
    readonly version?: ApiVersion;
    readonly schemaSet?: (z: Z) => object;
    readonly rejection?: (data: unknown) => string | undefined;
    readonly request: (schemas: Schemas) => Request;
    readonly response: (schemas: Schemas) => Response;
}

// (not exported) V1Schemas
type V1Schemas = ReturnType<typeof v1Schemas>;

// (not exported) TransportResponse
interface TransportResponse {
    status: number;
    text: string;
    retryAfter?: string | undefined;
}

// (not exported) ApiError
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

// (not exported) ValidationError
declare class ValidationError extends FirstockError {
    readonly name: string;
    readonly direction: ValidationDirection;
    readonly data: unknown;
    constructor(message: string, options: FirstockErrorOptions & {
        direction: ValidationDirection;
        data?: unknown;
    });
}

// (not exported) NetworkError
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

// (not exported) Z
type Z = typeof zod;

// (not exported) BookRows
type BookRows<Row> = Row[] & {
    invalidRows: InvalidRow[];
};

// (not exported) EXCHANGES
declare const EXCHANGES: readonly [
    "NSE",
    "BSE",
    "NFO",
    "BFO"
];

// (not exported) Registry
interface Registry<Endpoints extends Record<string, Endpoint> = Record<string, Endpoint>> {
    readonly version: ApiVersion;
    readonly baseUrl: string;
    readonly wsUrl: string;
    readonly limits: RateLimits;
    readonly endpoints: Endpoints;
}

// (not exported) Transport
type Transport = (request: TransportRequest) => Promise<TransportResponse>;

// (not exported) SessionStore
interface SessionStore {
    get(userId: string): Session | undefined | Promise<Session | undefined>;
    set(session: Session): void | Promise<void>;
    delete(userId: string): void | Promise<void>;
}

// (not exported) RateLimiter
interface RateLimiter {
    acquire(bucket: RateLimitBucket, signal?: AbortSignal): Promise<() => void>;
    pending(bucket: RateLimitBucket): number;
}

// (not exported) Logger
interface Logger {
    debug?(details: object, message?: string): void;
    info?(details: object, message?: string): void;
    warn?(details: object, message?: string): void;
    error?(details: object, message?: string): void;
}

// (not exported) OrderLimits
interface OrderLimits {
    maxOrderQuantity?: number | undefined;
    maxOrderValue?: number | undefined;
}

// (not exported) TickInfo
interface TickInfo {
    tickSize: number;
}

// (not exported) Session
interface Session {
    userId: string;
    jKey: string;
    userName?: string | undefined;
    email?: string | undefined;
    createdAt: string;
}

// (not exported) RateLimitBucket
type RateLimitBucket = 'quote' | 'candles' | 'order' | 'other';

// (not exported) RateLimit
interface RateLimit {
    limit: number;
    windowMs: number;
}

// (not exported) AuthMode
type AuthMode = 'none' | 'session';

// (not exported) RetryPolicy
type RetryPolicy = 'safe' | 'never';

// (not exported) EnvelopeShape
type EnvelopeShape = 'data' | 'values' | 'list';

// (not exported) ApiVersion
type ApiVersion = 'v3' | 'v1';

// (not exported) Schemas
type Schemas = ReturnType<typeof v3Schemas>;

// (not exported) v1Schemas
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

// (not exported) FirstockError
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

// (not exported) ValidationDirection
type ValidationDirection = 'request' | 'response';

// (not exported) InvalidRow
interface InvalidRow {
    index: number;
    raw: unknown;
    problem: string;
}

// (not exported) TransportRequest
interface TransportRequest {
    url: string;
    body: string;
    signal: AbortSignal;
    maxResponseBytes?: number | undefined;
}

// (not exported) v3Schemas
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
