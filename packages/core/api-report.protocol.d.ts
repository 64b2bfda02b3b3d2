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

// GreeksFrame
interface GreeksFrame {
    readonly t: 'gk';
    readonly e: string;
    readonly tk: string;
    readonly data: FrameData;
}

// LegOutcome
type LegOutcome = PlacedLeg | (RejectedLeg & {
    rejected: true;
});

// MARKET_CLOSE_IST_MS
declare const MARKET_CLOSE_IST_MS: number;

// MAX_DELAY_MS
declare const MAX_DELAY_MS: number;

// MarketFrame
interface MarketFrame {
    readonly t: 'mk';
    readonly e: string;
    readonly tk: string;
    readonly data: FrameData;
}

// NO_PRICE
declare const NO_PRICE = 42949672.95;

// ORDER_TIME_SKEW_MS
declare const ORDER_TIME_SKEW_MS = 60000;

// OptionGreeks
interface OptionGreeks {
    readonly exchange: string;
    readonly token: string;
    readonly key: string;
    readonly delta: number | undefined;
    readonly gamma: number | undefined;
    readonly theta: number | undefined;
    readonly vega: number | undefined;
    readonly rho: number | undefined;
    readonly raw: FrameData;
}

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

// PositionFrame
interface PositionFrame {
    readonly t: 'pm';
    readonly data: Readonly<Record<string, unknown>>;
}

// PositionLeg
interface PositionLeg {
    readonly exchange: string;
    readonly token: string;
    readonly tradingSymbol: string;
    readonly netQuantity: number | undefined;
    readonly buyAveragePrice: number | undefined;
    readonly sellAveragePrice: number | undefined;
    readonly dayBuyQuantity: number | undefined;
    readonly realizedPnl: number | undefined;
}

// PositionUpdate
interface PositionUpdate {
    readonly userId: string;
    readonly accountId: string;
    readonly segment: string;
    readonly tradingSymbol: string;
    readonly symbolName: string;
    readonly product: string;
    readonly netQuantity: number | undefined;
    readonly dayBuyQuantity: number | undefined;
    readonly daySellQuantity: number | undefined;
    readonly buyAveragePrice: number | undefined;
    readonly sellAveragePrice: number | undefined;
    readonly dayBuyAmount: number | undefined;
    readonly totalBuyAmount: number | undefined;
    readonly totalSellAmount: number | undefined;
    readonly realizedPnl: number | undefined;
    readonly legs: readonly PositionLeg[];
    readonly raw: Readonly<Record<string, unknown>>;
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

// ServerClock
declare class ServerClock {
    #private;
    observe(date: string | undefined, data: unknown, receivedAt?: number): void;
    toServer(localMs: number): number;
}

// ServerFrame
type ServerFrame = ConnectAckFrame | FeedFrame | UnsubscribeAckFrame | OrderAckFrame | OrderFrame | UnknownFrame;

// SocketCredentials
interface SocketCredentials {
    readonly userId: string;
    readonly jKey: string;
}

// StreamChannel
type StreamChannel = 'touchline' | 'depth' | 'greeks';

// StreamFrame
type StreamFrame = ServerFrame | MarketFrame | PositionFrame | GreeksFrame;

// StreamProtocol
interface StreamProtocol {
    readonly name: 'noren' | 'socket-v2';
    socketUrl(base: string, credentials: SocketCredentials): string;
    connectMessage(credentials: SocketCredentials): string | undefined;
    readonly heartbeat: string | undefined;
    wireChannel(channel: StreamChannel): string;
    readonly channels: ReadonlySet<StreamChannel>;
    subscribe(channel: StreamChannel, scrips: readonly Scrip[]): string;
    unsubscribe(channel: StreamChannel, scrips: readonly Scrip[]): string;
    subscribeOrders(accountId: string): string | undefined;
    unsubscribeOrders(): string | undefined;
    readonly acknowledgesSubscribe: boolean;
    decode(data: string | ArrayBuffer | ArrayBufferView, sink: (frame: StreamFrame) => void): void;
    touchline(merger: FeedMerger, frame: FeedFrame | MarketFrame): Tick | undefined;
    depth(merger: FeedMerger, frame: FeedFrame | MarketFrame): Depth | undefined;
}

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

// decodeSocketV2
declare function decodeSocketV2(input: string | ArrayBuffer | ArrayBufferView, sink: (frame: StreamFrame) => void): void;

// defineV1Endpoint
declare function defineV1Endpoint<const Name extends string, Request extends z.ZodType, Response extends z.ZodType>(row: Omit<EndpointOptions, 'version' | 'schemaSet'> & {
    name: Name;
    request: (schemas: V1Schemas) => Request;
    response: (schemas: V1Schemas) => Response;
}): Endpoint<Name, z.input<Request>, z.output<Response>>;

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

// marketRecordData
declare function marketRecordData(record: Readonly<Record<string, unknown>>): FrameData;

// norenProtocol
declare const norenProtocol: StreamProtocol;

// onAbort
declare function onAbort(signal: AbortSignal, listener: () => void): () => void;

// orderStateOf
declare function orderStateOf(update: OrderUpdate, prev?: OrderState): OrderState;

// orderTagFor
declare function orderTagFor(remarks: unknown, endpoint?: string, field?: string): string;

// orderUpdateFromRow
declare function orderUpdateFromRow(value: unknown): OrderUpdate | undefined;

// paiseToRupees
declare function paiseToRupees(value: unknown): number | undefined;

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

// renewSession
declare function renewSession(client: Client, stale: Session | undefined): Promise<Session | undefined>;

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

// sleep
declare function sleep(ms: number, signal: AbortSignal | undefined, abortWith: () => unknown): Promise<void>;

// socketV2Protocol
declare const socketV2Protocol: StreamProtocol;

// statusOf
declare function statusOf(body: unknown): 'success' | 'failed' | undefined;

// toDecimalString
declare function toDecimalString(n: number, fractionDigits?: number): string;

// toOptionGreeks
declare function toOptionGreeks(frame: GreeksFrame): OptionGreeks;

// toOrderUpdate
declare function toOrderUpdate(frame: OrderFrame): OrderUpdate;

// toPositionUpdate
declare function toPositionUpdate(frame: PositionFrame): PositionUpdate;

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

// Declared in the root entry of @firstock/core (see its report):
// ApiError, BookRows, CallOptions, Client, Endpoint, EndpointOptions, Exchange, NetworkError, PlacedLeg, RateLimits, RejectedLeg, RetryOptions, Session, TransportResponse, V1Schemas, ValidationError, Z
