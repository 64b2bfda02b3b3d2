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

// BasketMargin
interface BasketMargin {
    [x: string]: unknown;
    marginused: number;
    request_time?: string | undefined;
    stat?: string | undefined;
    marginusedtrade?: number | undefined;
    remarks?: string | undefined;
}

// BasketMarginInput
interface BasketMarginInput {
    basket: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        tradingSymbol: string;
        quantity: string | number;
        transactionType: "B" | "S";
        price: string | number;
        product: "C" | "M" | "I";
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    }[];
}

// BearPutSpreadInput
interface BearPutSpreadInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    putBuyStrikePrice: string | number;
    putSellStrikePrice: string | number;
    remarks?: string | undefined;
}

// BookRows
type BookRows<Row> = Row[] & {
    invalidRows: InvalidRow[];
};

// BullCallSpreadInput
interface BullCallSpreadInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    callBuyStrikePrice: string | number;
    callSellStrikePrice: string | number;
    remarks?: string | undefined;
}

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

// Candle
interface Candle {
    [x: string]: unknown;
    time: string;
    into: number;
    inth: number;
    intl: number;
    intc: number;
    stat?: string | undefined;
    ssboe?: string | undefined;
    intvwap?: number | undefined;
    intv?: number | undefined;
    intoi?: number | undefined;
    v?: number | undefined;
    oi?: number | undefined;
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
interface Endpoint<Name extends string = string, in out Input = any, in out Output = any> {
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
    readonly request: (schemas: Schemas) => z.ZodType<unknown, Input>;
    readonly response: (schemas: Schemas) => z.ZodType<Output, unknown>;
}

// EndpointInput
type EndpointInput<E extends Endpoint> = E extends Endpoint<string, infer Input, infer _Output> ? Input : never;

// EndpointOptions
type EndpointOptions = Omit<Endpoint, 'name' | 'request' | 'response'>;

// EndpointOutput
type EndpointOutput<E extends Endpoint> = E extends Endpoint<string, infer _Input, infer Output> ? Output : never;

// EndpointRow
type EndpointRow<E extends Endpoint> = EndpointOutput<E> extends readonly (infer Row)[] ? Row : never;

// EndpointSchemas
interface EndpointSchemas<E extends Endpoint = Endpoint> {
    readonly request: z.ZodType<unknown, EndpointInput<E>>;
    readonly response: z.ZodType<EndpointOutput<E>, unknown>;
}

// EnvelopeShape
type EnvelopeShape = 'data' | 'values' | 'list';

// Exchange
type Exchange = (typeof EXCHANGES)[number];

// ExchangeTokenInput
interface ExchangeTokenInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    token?: string | number;
}

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

// Holding
interface Holding {
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
}

// HoldingsInput
interface HoldingsInput {
    product?: "C" | "M" | "I" | undefined;
}

// INSTRUMENT_NAMES
declare const INSTRUMENT_NAMES: readonly [
    "FUTSTK",
    "FUTIDX",
    "OPTSTK",
    "OPTIDX"
];

// IndexList
interface IndexList {
    [x: string]: unknown;
    values: {
        [x: string]: unknown;
        idxname: string;
        token: string;
    }[];
    requestTime?: string | undefined;
}

// IndexListInput
interface IndexListInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
}

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

// InstrumentsInput
interface InstrumentsInput {
    data: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        token?: string | number;
    }[];
}

// InvalidRow
interface InvalidRow {
    index: number;
    raw: unknown;
    problem: string;
}

// KnownFirstockErrorName
type KnownFirstockErrorName = "BAD_REQUEST" | "MISSING_FIELD" | "INVALID_USERID" | "INVALID_PASSWORD" | "INVALID_CREDENTIALS" | "INVALID_JKEY" | "SESSION_EXPIRED" | "UNAUTHORIZED" | "FORBIDDEN" | "ORDER_NOT_FOUND" | "ORDERS_NOT_FOUND" | "RESOURCE_NOT_FOUND" | "EXCHANGE/TOKEN" | "PRODUCT_CONVERSION" | "PRODUCT_USAGE" | "BASKET_DETAILS" | "API_RATE_LIMIT" | "RATE_LIMIT_EXCEEDED" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE";

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

// Limits
interface Limits {
    [x: string]: unknown;
    cash: number;
    requestTime?: string | undefined;
    payin?: number | undefined;
    payout?: number | undefined;
    marginused?: number | undefined;
    brkcollamt?: number | undefined;
    peak_mar?: number | undefined;
    span?: number | undefined;
    expo?: number | undefined;
    premium?: number | undefined;
    collateral?: number | undefined;
}

// Logger
interface Logger {
    debug?(details: object, message?: string): void;
    info?(details: object, message?: string): void;
    warn?(details: object, message?: string): void;
    error?(details: object, message?: string): void;
}

// LoginInput
interface LoginInput {
    userId: string;
    password: string;
    TOTP: string;
    vendorCode: string;
    apiKey: string;
}

// LoginResult
interface LoginResult {
    [x: string]: unknown;
    susertoken: string;
    actid?: string | undefined;
    userName?: string | undefined;
    email?: string | undefined;
}

// LongStraddleInput
interface LongStraddleInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    strikePrice: string | number;
    remarks?: string | undefined;
}

// LongStrangleInput
interface LongStrangleInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    callStrikePrice: string | number;
    putStrikePrice: string | number;
    remarks?: string | undefined;
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

// ModifyOrderInput
interface ModifyOrderInput {
    orderNumber: string;
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    quantity: string | number;
    price: string | number;
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    triggerPrice?: string | number | undefined;
}

// MultiPlaceOrdersInput
interface MultiPlaceOrdersInput {
    data: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        tradingSymbol: string;
        quantity: string | number;
        price: string | number;
        product: "C" | "M" | "I";
        transactionType: "B" | "S";
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
        triggerPrice?: string | number | undefined;
        retention?: "DAY" | "EOS" | "IOC" | undefined;
        remarks?: string | undefined;
    }[];
}

// MultiQuote
interface MultiQuote {
    [x: string]: unknown;
    result: {
        [x: string]: unknown;
        exchange: string;
        token: string;
        lastTradedPrice: number | undefined;
        bestBuyPrice3?: number | undefined;
        bestBuyPrice1?: number | undefined;
        bestBuyPrice4?: number | undefined;
        bestBuyPrice2?: number | undefined;
        bestBuyPrice5?: number | undefined;
        bestBuyQuantity3?: number | undefined;
        bestBuyQuantity1?: number | undefined;
        bestBuyQuantity4?: number | undefined;
        bestBuyQuantity2?: number | undefined;
        bestBuyQuantity5?: number | undefined;
        bestBuyOrder3?: number | undefined;
        bestBuyOrder1?: number | undefined;
        bestBuyOrder4?: number | undefined;
        bestBuyOrder2?: number | undefined;
        bestBuyOrder5?: number | undefined;
        bestSellPrice3?: number | undefined;
        bestSellPrice1?: number | undefined;
        bestSellPrice4?: number | undefined;
        bestSellPrice2?: number | undefined;
        bestSellPrice5?: number | undefined;
        bestSellQuantity3?: number | undefined;
        bestSellQuantity1?: number | undefined;
        bestSellQuantity4?: number | undefined;
        bestSellQuantity2?: number | undefined;
        bestSellQuantity5?: number | undefined;
        bestSellOrder3?: number | undefined;
        bestSellOrder1?: number | undefined;
        bestSellOrder4?: number | undefined;
        bestSellOrder2?: number | undefined;
        bestSellOrder5?: number | undefined;
        requestTime?: string | undefined;
        tradingSymbol?: string | undefined;
        companyName?: string | undefined;
        symbolName?: string | undefined;
        segment?: string | undefined;
        instrumentName?: string | undefined;
        isin?: string | undefined;
        pricePrecision?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
        multipler?: number | undefined;
        priceFactor?: string | undefined;
        upperCircuit?: number | undefined;
        lowerCircuit?: number | undefined;
        dayOpenPrice?: number | undefined;
        dayHighPrice?: number | undefined;
        dayLowPrice?: number | undefined;
        dayClosePrice?: number | undefined;
        volume?: number | undefined;
        lastTradedQuantity?: number | undefined;
        lastTradeTime?: string | undefined;
        averageTradePrice?: number | undefined;
        totalBuyQuantity?: number | undefined;
        totalSellQuantity?: number | undefined;
        openInterest?: number | undefined;
    };
    token?: string | undefined;
}

// MultiQuoteLtp
interface MultiQuoteLtp {
    [x: string]: unknown;
    result: {
        [x: string]: unknown;
        exchange: string;
        token: string;
        lastTradedPrice: number | undefined;
        requestTime?: string | undefined;
        companyName?: string | undefined;
    };
    token?: string | undefined;
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

// NoInput
interface NoInput extends Record<string, never> {}

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

// OptionChain
interface OptionChain {
    [x: string]: unknown;
    values: {
        [x: string]: unknown;
        exchange: string;
        tradingSymbol: string;
        token: string;
        optionType: string;
        strikePrice: number;
        pricePrecision?: number | undefined;
        lotSize?: number | undefined;
        tickSize?: number | undefined;
    }[];
    requestTime?: string | undefined;
}

// OptionChainInput
interface OptionChainInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    strikePrice: string | number;
    count: string | number;
}

// OptionGreekInput
interface OptionGreekInput {
    expiryDate: string;
    strikePrice: string | number;
    spotPrice: string | number;
    initRate: string | number;
    volatility: string | number;
    optionType: "CE" | "PE";
}

// OptionGreeks
interface OptionGreeks {
    [x: string]: unknown;
    cal_price: number;
    put_price: number;
    request_time?: string | undefined;
    stat?: string | undefined;
    cal_delta?: number | undefined;
    put_delta?: number | undefined;
    cal_gamma?: number | undefined;
    put_gamma?: number | undefined;
    cal_theta?: number | undefined;
    put_theta?: number | undefined;
    cal_rho?: number | undefined;
    put_rho?: number | undefined;
    cal_vego?: number | undefined;
    put_vego?: number | undefined;
}

// OptionQuery
interface OptionQuery extends DerivativeQuery {
    expiry?: ExpirySelector;
    strike?: number;
    type?: 'CE' | 'PE';
}

// OptionType
type OptionType = (typeof OPTION_TYPES)[number];

// OrderAck
interface OrderAck {
    [x: string]: unknown;
    orderNumber: string;
    requestTime?: string;
}

// OrderBookInput
interface OrderBookInput {
    exchange?: "NSE" | "BSE" | "NFO" | "BFO" | undefined;
}

// OrderLimits
interface OrderLimits {
    maxOrderQuantity?: number | undefined;
    maxOrderValue?: number | undefined;
}

// OrderMargin
interface OrderMargin {
    [x: string]: unknown;
    marginused: number;
    requestTime?: string | undefined;
    cash?: number | undefined;
    remarks?: string | undefined;
}

// OrderMarginInput
interface OrderMarginInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    quantity: string | number;
    price: string | number;
    product: "C" | "M" | "I";
    transactionType: "B" | "S";
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
}

// OrderNumberInput
interface OrderNumberInput {
    orderNumber: string;
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
interface OrderRow {
    [x: string]: unknown;
    orderNumber: string;
    exchange: string;
    tradingSymbol: string;
    transactionType: string;
    status: string;
    userId?: string;
    token?: string;
    quantity?: number;
    price?: number;
    triggerPrice?: number;
    priceType?: string;
    retention?: string;
    product?: string;
    reportType?: string;
    orderTime?: string;
    fillshares?: number;
    fillShares?: number;
    averagePrice?: number;
    lotSize?: number;
    tickSize?: number;
    remarks?: string;
    rejectReason?: string;
    exchordid?: string;
    exchangeOrderNumber?: string;
    cancelQuantity?: number;
}

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

// PlaceOrderInput
interface PlaceOrderInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    quantity: string | number;
    price: string | number;
    product: "C" | "M" | "I";
    transactionType: "B" | "S";
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    triggerPrice?: string | number | undefined;
    retention?: "DAY" | "EOS" | "IOC" | undefined;
    remarks?: string | undefined;
}

// PlacedLeg
interface PlacedLeg {
    leg: number;
    orderNumber: string;
    requestTime: string | undefined;
    tag: string | undefined;
}

// Position
interface Position {
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
}

// PositionType
type PositionType = (typeof POSITION_TYPES)[number];

// PriceType
type PriceType = (typeof PRICE_TYPES)[number];

// Product
type Product = (typeof PRODUCTS)[number];

// ProductConversionInput
interface ProductConversionInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    quantity: string | number;
    product: "C" | "M" | "I";
    previousProduct: "C" | "M" | "I";
    transactionType: "B" | "S";
    positionType: "DAY" | "CF";
}

// ProductConversionResult
interface ProductConversionResult {
    [x: string]: unknown;
    status?: string | undefined;
    requestTime?: string | undefined;
}

// Quote
interface Quote {
    [x: string]: unknown;
    exchange: string;
    token: string;
    bestBuyPrice3?: number;
    bestBuyPrice1?: number;
    bestBuyPrice4?: number;
    bestBuyPrice2?: number;
    bestBuyPrice5?: number;
    bestBuyQuantity3?: number;
    bestBuyQuantity1?: number;
    bestBuyQuantity4?: number;
    bestBuyQuantity2?: number;
    bestBuyQuantity5?: number;
    bestBuyOrder3?: number;
    bestBuyOrder1?: number;
    bestBuyOrder4?: number;
    bestBuyOrder2?: number;
    bestBuyOrder5?: number;
    bestSellPrice3?: number;
    bestSellPrice1?: number;
    bestSellPrice4?: number;
    bestSellPrice2?: number;
    bestSellPrice5?: number;
    bestSellQuantity3?: number;
    bestSellQuantity1?: number;
    bestSellQuantity4?: number;
    bestSellQuantity2?: number;
    bestSellQuantity5?: number;
    bestSellOrder3?: number;
    bestSellOrder1?: number;
    bestSellOrder4?: number;
    bestSellOrder2?: number;
    bestSellOrder5?: number;
    requestTime?: string;
    tradingSymbol?: string;
    companyName?: string;
    symbolName?: string;
    segment?: string;
    instrumentName?: string;
    isin?: string;
    pricePrecision?: number;
    lotSize?: number;
    tickSize?: number;
    multipler?: number;
    priceFactor?: string;
    lastTradedPrice?: number;
    upperCircuit?: number;
    lowerCircuit?: number;
    dayOpenPrice?: number;
    dayHighPrice?: number;
    dayLowPrice?: number;
    dayClosePrice?: number;
    volume?: number;
    lastTradedQuantity?: number;
    lastTradeTime?: string;
    averageTradePrice?: number;
    totalBuyQuantity?: number;
    totalSellQuantity?: number;
    openInterest?: number;
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

// QuoteLtp
interface QuoteLtp {
    [x: string]: unknown;
    exchange: string;
    token: string;
    requestTime?: string;
    companyName?: string;
    lastTradedPrice?: number;
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

// ScripMatch
interface ScripMatch {
    [x: string]: unknown;
    exchange: string;
    tradingSymbol: string;
    token: string;
    companyName?: string | undefined;
    instrumentName?: string | undefined;
    pricePrecision?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
}

// SearchOptions
interface SearchOptions {
    limit?: number;
    exchange?: string;
}

// SearchScripsInput
interface SearchScripsInput {
    stext: string;
}

// SecurityInfo
interface SecurityInfo {
    [x: string]: unknown;
    exchange: string;
    tradingSymbol: string;
    token: string;
    tickSize: number;
    lotSize: number;
    requestTime?: string | undefined;
    companyName?: string | undefined;
    symbolName?: string | undefined;
    segment?: string | undefined;
    instrumentName?: string | undefined;
    isin?: string | undefined;
    pricePrecision?: number | undefined;
    mult?: number | undefined;
    prcftr_d?: string | undefined;
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

// ShortStraddleInput
interface ShortStraddleInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    hedge: boolean;
    hedgeValue: number;
    strikePrice: string | number;
    remarks?: string | undefined;
}

// ShortStrangleInput
interface ShortStrangleInput {
    symbol: string;
    expiry: string;
    product: "C" | "M" | "I";
    quantity: string | number;
    hedge: boolean;
    hedgeValue: number;
    callStrikePrice: string | number;
    putStrikePrice: string | number;
    remarks?: string | undefined;
}

// SkippedRow
interface SkippedRow {
    line: number;
    reason: string;
}

// SpanCalculatorsInput
interface SpanCalculatorsInput {
    data: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        instrumentName: "FUTSTK" | "FUTIDX" | "OPTSTK" | "OPTIDX";
        symbolName: string;
        expireDate: string;
        netQuantity: string | number;
        optionType?: "CE" | "PE" | undefined;
        strikePrice?: string | number | undefined;
    }[];
}

// SpanMargin
interface SpanMargin {
    [x: string]: unknown;
    span: number;
    expo: number;
    status?: string | undefined;
    requestTime?: string | undefined;
    span_trade?: number | undefined;
    expo_trade?: number | undefined;
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

// TimePriceSeriesInput
interface TimePriceSeriesInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    token: string | number;
    startTime: string;
    endTime: string;
    interval: number | "DAY" | "1" | "3" | "5" | "10" | "15" | "30" | "60" | "120" | "240";
}

// Trade
interface Trade {
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

// UserDetails
interface UserDetails {
    [x: string]: unknown;
    actid: string;
    requestTime?: string | undefined;
    userName?: string | undefined;
    email?: string | undefined;
    uprev?: string | undefined;
    exchange?: string[] | undefined;
    orarr?: string[] | undefined;
}

// V1BasketMargin
interface V1BasketMargin {
    [x: string]: unknown;
    BasketMargin?: number[] | undefined;
    MarginOnNewOrder?: number | undefined;
    PreviousMargin?: number | undefined;
    Remarks?: string | undefined;
    TradedMargin?: number | undefined;
}

// V1BasketMarginInput
interface V1BasketMarginInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    transactionType: "B" | "S";
    product: "C" | "M" | "I";
    tradingSymbol: string;
    quantity: string | number;
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    price: string | number;
    BasketList_Params?: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        transactionType: "B" | "S";
        product: "C" | "M" | "I";
        tradingSymbol: string;
        quantity: string | number;
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
        price: string | number;
    }[] | undefined;
}

// V1BasketOrderInput
interface V1BasketOrderInput {
    legs: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        product: "C" | "M" | "I";
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
        tradingSymbol: string;
        transactionType: "B" | "S";
        price: string | number;
        quantity: string | number;
        retention?: "DAY" | "IOC" | undefined;
        triggerPrice?: string | number | undefined;
        remarks?: string | undefined;
        mkt_protection?: string | number | undefined;
    }[];
}

// V1Brokerage
interface V1Brokerage {
    [x: string]: unknown;
    brokerage?: number | undefined;
    exchange_charge?: number | undefined;
    gst?: number | undefined;
    sebi_charge?: number | undefined;
    stamp_duty?: number | undefined;
    remarks?: string | undefined;
}

// V1BrokerageCalculatorInput
interface V1BrokerageCalculatorInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    transactionType: "B" | "S";
    Product: "C" | "M" | "I";
    quantity: string | number;
    price: string | number;
    strike_price?: string | number | undefined;
    inst_name?: "FUTSTK" | "FUTIDX" | "OPTSTK" | "OPTIDX" | "EQ" | undefined;
    lot_size?: string | number | undefined;
}

// V1Candle
interface V1Candle {
    [x: string]: unknown;
    time?: string | undefined;
    epochTime?: number | undefined;
    open?: number | undefined;
    high?: number | undefined;
    low?: number | undefined;
    close?: number | undefined;
    volume?: number | undefined;
    oi?: number | undefined;
}

// V1CombinedHoldings
interface V1CombinedHoldings {
    [x: string]: unknown;
    mutualFunds?: {
        [x: string]: unknown;
        holdings?: {
            [x: string]: unknown;
        }[] | undefined;
    } | undefined;
    stocks?: {
        [x: string]: unknown;
        holdings?: {
            [x: string]: unknown;
            exchangeTradingSymbol?: {
                [x: string]: unknown;
                exchange?: string | undefined;
                token?: string | undefined;
                tradingSymbol?: string | undefined;
                pricePrecision?: number | undefined;
                tickSize?: number | undefined;
                lotSize?: number | undefined;
            }[] | undefined;
            holdQuantity?: number | undefined;
            dpQuantity?: number | undefined;
            uploadPrice?: number | undefined;
            sellAmount?: number | undefined;
            usedQuantity?: number | undefined;
            tradeQuantity?: number | undefined;
            collateralQuantity?: number | undefined;
            BTSTQuantity?: number | undefined;
            hairCut?: number | undefined;
            beneficiaryQuantity?: number | undefined;
            brokerCollateralQuantity?: number | undefined;
            unPledgeQuantity?: number | undefined;
        }[] | undefined;
    } | undefined;
    combinedHoldings?: {
        [x: string]: unknown;
    } | undefined;
}

// V1Endpoints
type V1Endpoints = {
    readonly login: Endpoint<'login', V1LoginInput, V1LoginResult>;
    readonly logout: Endpoint<'logout', NoInput, unknown>;
    readonly userDetails: Endpoint<'userDetails', NoInput, V1UserDetails>;
    readonly placeOrder: Endpoint<'placeOrder', V1OrderInput, V1PlacedOrders>;
    readonly modifyOrder: Endpoint<'modifyOrder', V1ModifyOrderInput, V1OrderChange>;
    readonly cancelOrder: Endpoint<'cancelOrder', V1OrderNumberInput, V1OrderChange>;
    readonly orderMargin: Endpoint<'orderMargin', V1OrderMarginInput, V1OrderMargin>;
    readonly orderBook: Endpoint<'orderBook', NoInput, V1OrderRow[]>;
    readonly singleOrderHistory: Endpoint<'singleOrderHistory', V1OrderNumberInput, V1OrderHistoryRow[]>;
    readonly tradeBook: Endpoint<'tradeBook', NoInput, V1Trade[]>;
    readonly positionBook: Endpoint<'positionBook', NoInput, V1Position[]>;
    readonly productConversion: Endpoint<'productConversion', V1ProductConversionInput, V1ProductConversionResult>;
    readonly holdings: Endpoint<'holdings', NoInput, V1Holding[]>;
    readonly holdingsDetails: Endpoint<'holdingsDetails', NoInput, V1HoldingDetail[]>;
    readonly combinedHoldings: Endpoint<'combinedHoldings', NoInput, V1CombinedHoldings>;
    readonly limit: Endpoint<'limit', NoInput, V1Limits>;
    readonly basketMargin: Endpoint<'basketMargin', V1BasketMarginInput, V1BasketMargin>;
    readonly basketOrder: Endpoint<'basketOrder', V1BasketOrderInput, LegResult[]>;
    readonly placeAMO: Endpoint<'placeAMO', V1OrderInput, V1PlacedOrders>;
    readonly modifyAMO: Endpoint<'modifyAMO', V1ModifyAMOInput, V1OrderAck>;
    readonly brokerageCalculator: Endpoint<'brokerageCalculator', V1BrokerageCalculatorInput, V1Brokerage>;
    readonly securityInfo: Endpoint<'securityInfo', V1InstrumentInput, V1SecurityInfo>;
    readonly getQuote: Endpoint<'getQuote', V1InstrumentInput, V1Quote>;
    readonly getQuoteLtp: Endpoint<'getQuoteLtp', V1InstrumentInput, V1QuoteLtp>;
    readonly getMultiQuotes: Endpoint<'getMultiQuotes', V1InstrumentsInput, V1MultiQuoteItem[]>;
    readonly getMultiQuotesLtp: Endpoint<'getMultiQuotesLtp', V1InstrumentsInput, V1MultiQuoteLtp[]>;
    readonly indexList: Endpoint<'indexList', NoInput, V1IndexEntry[]>;
    readonly getExpiry: Endpoint<'getExpiry', V1InstrumentInput, V1Expiries>;
    readonly optionChain: Endpoint<'optionChain', V1OptionChainInput, V1OptionChainRow[]>;
    readonly optionChainGreeks: Endpoint<'optionChainGreeks', V1OptionChainGreeksInput, V1OptionGreeksRow[]>;
    readonly searchScrips: Endpoint<'searchScrips', V1SearchScripsInput, V1ScripMatch[]>;
    readonly timePriceSeries: Endpoint<'timePriceSeries', V1TimePriceSeriesInput, V1Candle[]>;
    readonly placeGttOrder: Endpoint<'placeGttOrder', V1PlaceGttOrderInput, V1GttAck>;
    readonly modifyGttOrder: Endpoint<'modifyGttOrder', V1ModifyGttOrderInput, V1GttAck>;
    readonly cancelGttOrder: Endpoint<'cancelGttOrder', V1GttIdInput, V1GttAck>;
    readonly gttOrderBook: Endpoint<'gttOrderBook', NoInput, V1GttOrder[]>;
    readonly getFundamentals: Endpoint<'getFundamentals', V1InstrumentInput, V1Fundamentals>;
};

// V1Expiries
interface V1Expiries {
    [x: string]: unknown;
    expiryDates: string[];
}

// V1Fundamentals
interface V1Fundamentals {
    [x: string]: unknown;
}

// V1GttAck
interface V1GttAck {
    [x: string]: unknown;
    GTTid: string;
    requestTime?: string | undefined;
}

// V1GttIdInput
interface V1GttIdInput {
    GTTid: string;
}

// V1GttOrder
interface V1GttOrder {
    [x: string]: unknown;
    GTTid: string;
    tradingSymbol?: string | undefined;
    exchange?: string | undefined;
    validity?: string | undefined;
    value?: number | undefined;
    remarks?: string | undefined;
    OrderParams?: {
        [x: string]: unknown;
        exchange?: string | undefined;
        tradingSymbol?: string | undefined;
        price?: number | undefined;
        triggerPrice?: number | undefined;
        quantity?: number | undefined;
        product?: string | undefined;
        priceType?: string | undefined;
        transactionType?: string | undefined;
    } | undefined;
}

// V1Holding
interface V1Holding {
    [x: string]: unknown;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
}

// V1HoldingDetail
interface V1HoldingDetail {
    [x: string]: unknown;
    exchangeTradingSymbol?: {
        [x: string]: unknown;
        exchange?: string | undefined;
        token?: string | undefined;
        tradingSymbol?: string | undefined;
        pricePrecision?: number | undefined;
        tickSize?: number | undefined;
        lotSize?: number | undefined;
    }[] | undefined;
    holdQuantity?: number | undefined;
    dpQuantity?: number | undefined;
    uploadPrice?: number | undefined;
    sellAmount?: number | undefined;
    usedQuantity?: number | undefined;
    tradeQuantity?: number | undefined;
    collateralQuantity?: number | undefined;
    BTSTQuantity?: number | undefined;
    hairCut?: number | undefined;
    beneficiaryQuantity?: number | undefined;
    brokerCollateralQuantity?: number | undefined;
    unPledgeQuantity?: number | undefined;
}

// V1IndexEntry
interface V1IndexEntry {
    [x: string]: unknown;
    exchange?: string | undefined;
    token?: string | undefined;
    tradingSymbol?: string | undefined;
    symbol?: string | undefined;
    idxname?: string | undefined;
}

// V1InstrumentInput
interface V1InstrumentInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
}

// V1InstrumentsInput
interface V1InstrumentsInput {
    data: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        tradingSymbol: string;
    }[];
}

// V1Limits
interface V1Limits {
    [x: string]: unknown;
    availableMargin?: number | undefined;
    brkcollamt?: number | undefined;
    cash?: number | undefined;
    collateral?: number | undefined;
    expo?: number | undefined;
    marginused?: number | undefined;
    payin?: number | undefined;
    peak_mar?: number | undefined;
    premium?: number | undefined;
    span?: number | undefined;
    requestTime?: string | undefined;
}

// V1LoginInput
interface V1LoginInput {
    userId: string;
    password: string;
    TOTP: string;
    vendorCode: string;
    apiKey: string;
}

// V1LoginResult
interface V1LoginResult {
    [x: string]: unknown;
    susertoken: string;
    actid?: string | undefined;
    userName?: string | undefined;
    email?: string | undefined;
}

// V1ModifyAMOInput
interface V1ModifyAMOInput {
    orderNumber: string;
    quantity: string | number;
    price: string | number;
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    product: "C" | "M" | "I";
    triggerPrice?: string | number | undefined;
    mkt_protection?: string | number | undefined;
}

// V1ModifyGttOrderInput
interface V1ModifyGttOrderInput {
    tradingSymbol: string;
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    OrderParams: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        product: "C" | "M" | "I";
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
        tradingSymbol: string;
        transactionType: "B" | "S";
        price: string | number;
        quantity: string | number;
        retention?: "DAY" | "IOC" | undefined;
        triggerPrice?: string | number | undefined;
        remarks?: string | undefined;
        mkt_protection?: string | number | undefined;
    };
    GTTid: string;
    validity?: "GTT" | undefined;
    remarks?: string | undefined;
    value?: string | number | undefined;
}

// V1ModifyOrderInput
interface V1ModifyOrderInput {
    orderNumber: string;
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    tradingSymbol: string;
    price: string | number;
    product: "C" | "M" | "I";
    exchange?: "NSE" | "BSE" | "NFO" | "BFO" | undefined;
    triggerPrice?: string | number | undefined;
    quantity?: string | number | undefined;
    retention?: "DAY" | "IOC" | undefined;
    mkt_protection?: string | number | undefined;
}

// V1MultiQuoteItem
type V1MultiQuoteItem = {
    status: "error";
    error?: string | undefined;
    identifier?: string | undefined;
    ok: false;
} | {
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
};

// V1MultiQuoteLtp
interface V1MultiQuoteLtp {
    [x: string]: unknown;
    token: string;
    requestTime?: string | undefined;
    companyName?: string | undefined;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    lastTradedPrice?: number | undefined;
    identifier?: string | undefined;
}

// V1OptionChainGreeksInput
interface V1OptionChainGreeksInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    symbol: string;
    expiry: string;
    count: string | number;
    strikePrice?: string | number | undefined;
}

// V1OptionChainInput
interface V1OptionChainInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    symbol: string;
    expiry: string;
    count: string | number;
    strikePrice: string | number;
}

// V1OptionChainRow
interface V1OptionChainRow {
    [x: string]: unknown;
    exchange?: string | undefined;
    token?: string | undefined;
    tradingSymbol?: string | undefined;
    optionType?: string | undefined;
    parentToken?: string | undefined;
    strikePrice?: number | undefined;
    lastTradedPrice?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    pricePrecision?: number | undefined;
}

// V1OptionGreeksRow
interface V1OptionGreeksRow {
    [x: string]: unknown;
    delta?: number | undefined;
    gamma?: number | undefined;
    theta?: number | undefined;
    vega?: number | undefined;
    rho?: number | undefined;
    iv?: number | undefined;
    oi?: number | undefined;
    exchange?: string | undefined;
    token?: string | undefined;
    tradingSymbol?: string | undefined;
    optionType?: string | undefined;
    parentToken?: string | undefined;
    strikePrice?: number | undefined;
    lastTradedPrice?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    pricePrecision?: number | undefined;
}

// V1OrderAck
interface V1OrderAck {
    [x: string]: unknown;
    orderNumber: string;
    requestTime?: string | undefined;
    quantity?: number | undefined;
}

// V1OrderChange
interface V1OrderChange {
    [x: string]: unknown;
    orderNumber: string;
    rejreason?: string | undefined;
    requestTime?: string | undefined;
}

// V1OrderHistoryRow
interface V1OrderHistoryRow {
    [x: string]: unknown;
    orderNumber: string;
    userId?: string | undefined;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    token?: string | undefined;
    quantity?: number | undefined;
    price?: number | undefined;
    averagePrice?: number | undefined;
    fillShares?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    priceType?: string | undefined;
    product?: string | undefined;
    retention?: string | undefined;
    status?: string | undefined;
    transactionType?: string | undefined;
    orderTime?: string | undefined;
    remarks?: string | undefined;
    rejectReason?: string | undefined;
    exchangeOrderNum?: string | undefined;
    exchangeTime?: string | undefined;
    reportType?: string | undefined;
}

// V1OrderInput
interface V1OrderInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    product: "C" | "M" | "I";
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    tradingSymbol: string;
    transactionType: "B" | "S";
    price: string | number;
    quantity: string | number;
    retention?: "DAY" | "IOC" | undefined;
    triggerPrice?: string | number | undefined;
    remarks?: string | undefined;
    mkt_protection?: string | number | undefined;
}

// V1OrderMargin
interface V1OrderMargin {
    [x: string]: unknown;
    availableMargin?: number | undefined;
    cash?: number | undefined;
    marginOnNewOrder?: number | undefined;
    remarks?: string | undefined;
    requestTime?: string | undefined;
}

// V1OrderMarginInput
interface V1OrderMarginInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    transactionType: "B" | "S";
    product: "C" | "M" | "I";
    tradingSymbol: string;
    quantity: string | number;
    priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
    price: string | number;
}

// V1OrderNumberInput
interface V1OrderNumberInput {
    orderNumber: string;
}

// V1OrderRow
interface V1OrderRow {
    [x: string]: unknown;
    orderNumber: string;
    userId?: string | undefined;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    token?: string | undefined;
    quantity?: number | undefined;
    price?: number | undefined;
    averagePrice?: number | undefined;
    fillShares?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    priceType?: string | undefined;
    product?: string | undefined;
    retention?: string | undefined;
    status?: string | undefined;
    transactionType?: string | undefined;
    orderTime?: string | undefined;
    remarks?: string | undefined;
    rejectReason?: string | undefined;
}

// V1PlaceGttOrderInput
interface V1PlaceGttOrderInput {
    value: string | number;
    tradingSymbol: string;
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    OrderParams: {
        exchange: "NSE" | "BSE" | "NFO" | "BFO";
        product: "C" | "M" | "I";
        priceType: "LMT" | "MKT" | "SL-LMT" | "SL-MKT";
        tradingSymbol: string;
        transactionType: "B" | "S";
        price: string | number;
        quantity: string | number;
        retention?: "DAY" | "IOC" | undefined;
        triggerPrice?: string | number | undefined;
        remarks?: string | undefined;
        mkt_protection?: string | number | undefined;
    };
    validity?: "GTT" | undefined;
    remarks?: string | undefined;
}

// V1PlacedOrders
interface V1PlacedOrders {
    orders: {
        [x: string]: unknown;
        orderNumber: string;
        requestTime?: string | undefined;
        quantity?: number | undefined;
    }[];
}

// V1Position
interface V1Position {
    [x: string]: unknown;
    userId?: string | undefined;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    token?: string | undefined;
    product?: string | undefined;
    netQuantity?: number | undefined;
    netAveragePrice?: number | undefined;
    lastTradedPrice?: number | undefined;
    RealizedPNL?: number | undefined;
    totalMTM?: number | undefined;
    totalPNL?: number | undefined;
    dayBuyQuantity?: number | undefined;
    dayBuyAveragePrice?: number | undefined;
    dayBuyAmount?: number | undefined;
    daySellQuantity?: number | undefined;
    daySellAveragePrice?: number | undefined;
    daySellAmount?: number | undefined;
    cfBuyQty?: number | undefined;
    cfSellQty?: number | undefined;
    cfBuyAmt?: number | undefined;
    cfSellAmt?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    uploadPrice?: number | undefined;
    netUploadPrice?: number | undefined;
}

// V1ProductConversionInput
interface V1ProductConversionInput {
    tradingSymbol: string;
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    previousProduct: "C" | "M" | "I";
    product: "C" | "M" | "I";
    quantity: string | number;
    msgFlag?: 3 | 1 | 4 | 2 | "1" | "3" | "4" | "2" | undefined;
}

// V1ProductConversionResult
interface V1ProductConversionResult {
    [x: string]: unknown;
    Status?: string | undefined;
    requestTime?: string | undefined;
}

// V1Quote
interface V1Quote {
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
}

// V1QuoteLtp
interface V1QuoteLtp {
    [x: string]: unknown;
    token: string;
    requestTime?: string | undefined;
    companyName?: string | undefined;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    lastTradedPrice?: number | undefined;
}

// V1Schemas
type V1Schemas = ReturnType<typeof v1Schemas>;

// V1ScripMatch
interface V1ScripMatch {
    [x: string]: unknown;
    token?: string | undefined;
    exchange?: string | undefined;
    companyName?: string | undefined;
    representationName?: string | undefined;
    instrumentName?: string | undefined;
    tradingSymbol?: string | undefined;
}

// V1SearchScripsInput
interface V1SearchScripsInput {
    stext: string;
}

// V1SecurityInfo
interface V1SecurityInfo {
    [x: string]: unknown;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    token?: string | undefined;
    companyName?: string | undefined;
    symbolName?: string | undefined;
    instrumentName?: string | undefined;
    segment?: string | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    pricePrecision?: number | undefined;
    freezeQuantity?: number | undefined;
    mult?: number | undefined;
    priceFactor?: string | undefined;
}

// V1TimePriceSeriesInput
interface V1TimePriceSeriesInput {
    exchange: "NSE" | "BSE" | "NFO" | "BFO";
    tradingSymbol: string;
    startTime: string;
    endTime: string;
    interval: "1mi" | "2mi" | "3mi" | "5mi" | "10mi" | "15mi" | "30mi" | "60mi" | "1d";
}

// V1Trade
interface V1Trade {
    [x: string]: unknown;
    orderNumber: string;
    exchange?: string | undefined;
    tradingSymbol?: string | undefined;
    token?: string | undefined;
    fillId?: string | undefined;
    exchordid?: string | undefined;
    fillPrice?: number | undefined;
    fillQuantity?: number | undefined;
    fillshares?: number | undefined;
    quantity?: number | undefined;
    lotSize?: number | undefined;
    tickSize?: number | undefined;
    pricePrecision?: number | undefined;
    transactionType?: string | undefined;
    product?: string | undefined;
    priceType?: string | undefined;
    fillTime?: string | undefined;
    orderTime?: string | undefined;
    userId?: string | undefined;
}

// V1UserDetails
interface V1UserDetails {
    [x: string]: unknown;
    requestTime?: string | undefined;
    userName?: string | undefined;
    email?: string | undefined;
    actid?: string | undefined;
    uprev?: string | undefined;
    exchange?: string[] | undefined;
    orarr?: string[] | undefined;
}

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
type V3Endpoints = {
    readonly login: typeof login;
    readonly logout: typeof logout;
    readonly userDetails: typeof userDetails;
    readonly placeOrder: typeof placeOrder;
    readonly orderMargin: typeof orderMargin;
    readonly orderBook: typeof orderBook;
    readonly cancelOrder: typeof cancelOrder;
    readonly modifyOrder: typeof modifyOrder;
    readonly singleOrderHistory: typeof singleOrderHistory;
    readonly tradeBook: typeof tradeBook;
    readonly positionBook: typeof positionBook;
    readonly productConversion: typeof productConversion;
    readonly holdings: typeof holdings;
    readonly limit: typeof limit;
    readonly basketMargin: typeof basketMargin;
    readonly multiPlaceOrders: typeof multiPlaceOrders;
    readonly getQuote: typeof getQuote;
    readonly getQuoteLtp: typeof getQuoteLtp;
    readonly getMultiQuotes: typeof getMultiQuotes;
    readonly getMultiQuotesLtp: typeof getMultiQuotesLtp;
    readonly searchScrips: typeof searchScrips;
    readonly securityInfo: typeof securityInfo;
    readonly indexList: typeof indexList;
    readonly optionChain: typeof optionChain;
    readonly spanCalculators: typeof spanCalculators;
    readonly timePriceSeries: typeof timePriceSeries;
    readonly optionGreek: typeof optionGreek;
    readonly bullCallSpread: typeof bullCallSpread;
    readonly bearPutSpread: typeof bearPutSpread;
    readonly longStraddle: typeof longStraddle;
    readonly longStrangle: typeof longStrangle;
    readonly shortStraddle: typeof shortStraddle;
    readonly shortStrangle: typeof shortStrangle;
};

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
declare const basketMargin: Endpoint<'basketMargin', BasketMarginInput, BasketMargin>;

// bearPutSpread
declare const bearPutSpread: Endpoint<'bearPutSpread', BearPutSpreadInput, LegResult[]>;

// bullCallSpread
declare const bullCallSpread: Endpoint<'bullCallSpread', BullCallSpreadInput, LegResult[]>;

// call
declare function call<E extends Endpoint>(client: Client, endpoint: E, input: EndpointInput<E>, options?: CallOptions): Promise<EndpointOutput<E>>;

// cancelOrder
declare const cancelOrder: Endpoint<'cancelOrder', OrderNumberInput, OrderAck>;

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
declare function defineEndpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(endpoint: EndpointOptions & {
    readonly name: Name;
    readonly request: (schemas: Schemas) => Request;
    readonly response: (schemas: Schemas) => Response;
}): Endpoint<Name, z.input<Request>, z.output<Response>>;

// endSession
declare function endSession(client: Client, options?: CallOptions): Promise<void>;

// fetchTransport
declare function fetchTransport(fetchImpl?: typeof fetch): Transport;

// formatExpiry
declare function formatExpiry(date: Date): string;

// getMultiQuotes
declare const getMultiQuotes: Endpoint<'getMultiQuotes', InstrumentsInput, MultiQuote[]>;

// getMultiQuotesLtp
declare const getMultiQuotesLtp: Endpoint<'getMultiQuotesLtp', InstrumentsInput, MultiQuoteLtp[]>;

// getQuote
declare const getQuote: Endpoint<'getQuote', ExchangeTokenInput, Quote>;

// getQuoteLtp
declare const getQuoteLtp: Endpoint<'getQuoteLtp', ExchangeTokenInput, QuoteLtp>;

// holdings
declare const holdings: Endpoint<'holdings', HoldingsInput, BookRows<Holding>>;

// indexList
declare const indexList: Endpoint<'indexList', IndexListInput, IndexList>;

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
declare const limit: Endpoint<'limit', NoInput, Limits>;

// loadSchemas
declare const loadSchemas: () => Promise<Schemas>;

// login
declare const login: Endpoint<'login', LoginInput, LoginResult>;

// logout
declare const logout: Endpoint<'logout', NoInput, unknown>;

// longStraddle
declare const longStraddle: Endpoint<'longStraddle', LongStraddleInput, LegResult[]>;

// longStrangle
declare const longStrangle: Endpoint<'longStrangle', LongStrangleInput, LegResult[]>;

// modifyOrder
declare const modifyOrder: Endpoint<'modifyOrder', ModifyOrderInput, OrderAck>;

// multiPlaceOrders
declare const multiPlaceOrders: Endpoint<'multiPlaceOrders', MultiPlaceOrdersInput, LegResult[]>;

// newOrderTag
declare function newOrderTag(prefix?: string): string;

// optionChain
declare const optionChain: Endpoint<'optionChain', OptionChainInput, OptionChain>;

// optionGreek
declare const optionGreek: Endpoint<'optionGreek', OptionGreekInput, OptionGreeks>;

// orderBook
declare const orderBook: Endpoint<'orderBook', OrderBookInput, BookRows<OrderRow>>;

// orderMargin
declare const orderMargin: Endpoint<'orderMargin', OrderMarginInput, OrderMargin>;

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
declare const placeOrder: Endpoint<'placeOrder', PlaceOrderInput, OrderAck>;

// positionBook
declare const positionBook: Endpoint<'positionBook', NoInput, BookRows<Position>>;

// productConversion
declare const productConversion: Endpoint<'productConversion', ProductConversionInput, ProductConversionResult>;

// redact
declare function redact<T>(value: T): T;

// registerCredentials
declare function registerCredentials(credentials: Partial<Credentials>): Promise<void>;

// registerSecret
declare function registerSecret(value: string | undefined): void;

// registries
declare const registries: {
    readonly v3: typeof v3;
    readonly v1: typeof v1;
};

// resolveInstrument
declare function resolveInstrument(index: InstrumentIndex, ref: InstrumentRef): Instrument;

// schemasOf
declare function schemasOf<E extends Endpoint>(endpoint: E): Promise<EndpointSchemas<E>>;

// scrub
declare function scrub(text: string): string;

// searchScrips
declare const searchScrips: Endpoint<'searchScrips', SearchScripsInput, ScripMatch[]>;

// securityInfo
declare const securityInfo: Endpoint<'securityInfo', ExchangeTokenInput, SecurityInfo>;

// sha256Hex
declare function sha256Hex(text: string): Promise<string>;

// shortStraddle
declare const shortStraddle: Endpoint<'shortStraddle', ShortStraddleInput, LegResult[]>;

// shortStrangle
declare const shortStrangle: Endpoint<'shortStrangle', ShortStrangleInput, LegResult[]>;

// singleOrderHistory
declare const singleOrderHistory: Endpoint<'singleOrderHistory', OrderNumberInput, BookRows<OrderRow>>;

// spanCalculators
declare const spanCalculators: Endpoint<'spanCalculators', SpanCalculatorsInput, SpanMargin>;

// startSession
declare function startSession(client: Client, credentials: Credentials, options?: CallOptions): Promise<Session>;

// timePriceSeries
declare const timePriceSeries: Endpoint<'timePriceSeries', TimePriceSeriesInput, Candle[]>;

// totpFromSecret
declare function totpFromSecret(base32Secret: string, timestamp?: number): Promise<string>;

// tradeBook
declare const tradeBook: Endpoint<'tradeBook', NoInput, BookRows<Trade>>;

// userDetails
declare const userDetails: Endpoint<'userDetails', NoInput, UserDetails>;

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
    readonly endpoints: V1Endpoints;
};

// v1Endpoints
declare const v1Endpoints: V1Endpoints;

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
    readonly endpoints: V3Endpoints;
};

// v3Endpoints
declare const v3Endpoints: V3Endpoints;

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

// (not exported) FrameData
type FrameData = Readonly<Record<string, string | number | undefined>>;

// (not exported) WireBody
type WireBody = Record<string, unknown>;
