// The public API of @firstock/stream, generated from its built types by tooling/api-report.mjs. Do not edit.
// CLOSE_GRACE_MS
declare const CLOSE_GRACE_MS = 1000;

// DEFAULT_BACKOFF_FACTOR
declare const DEFAULT_BACKOFF_FACTOR = 2;

// DEFAULT_BASE_DELAY_MS
declare const DEFAULT_BASE_DELAY_MS = 250;

// DEFAULT_BUFFER_SIZE
declare const DEFAULT_BUFFER_SIZE = 1000;

// DEFAULT_CONNECT_TIMEOUT_MS
declare const DEFAULT_CONNECT_TIMEOUT_MS = 10000;

// DEFAULT_HEARTBEAT_MS
declare const DEFAULT_HEARTBEAT_MS = 3000;

// DEFAULT_JITTER
declare const DEFAULT_JITTER = 1;

// DEFAULT_MAX_DELAY_MS
declare const DEFAULT_MAX_DELAY_MS = 15000;

// DEFAULT_ORDER_BUFFER_SIZE
declare const DEFAULT_ORDER_BUFFER_SIZE = 100000;

// DEFAULT_RECONNECT
declare const DEFAULT_RECONNECT: Readonly<ReconnectOptions>;

// DEFAULT_RESET_AFTER_MS
declare const DEFAULT_RESET_AFTER_MS = 30000;

// DEFAULT_SUBSCRIBE_TIMEOUT_MS
declare const DEFAULT_SUBSCRIBE_TIMEOUT_MS = 10000;

// DEFAULT_WATCHDOG_MS
declare const DEFAULT_WATCHDOG_MS = 20000;

// IterateOptions
interface IterateOptions {
    signal?: AbortSignal | undefined;
    bufferSize?: number | undefined;
}

// ReconnectOptions
interface ReconnectOptions {
    baseDelayMs: number;
    maxDelayMs: number;
    factor: number;
    jitter: number;
    maxAttempts: number;
    resetAfterMs: number;
}

// Stream
interface Stream {
    on<E extends keyof StreamEvents>(event: E, listener: (value: StreamEvents[E]) => void): Unsubscribe;
    subscribe(kind: 'touchline' | 'depth', tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe;
    subscribe(kind: 'orders'): Unsubscribe;
    subscribe(kind: 'greeks', tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe;
    touchline(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Tick>;
    depth(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Depth>;
    orders(options?: Omit<IterateOptions, 'bufferSize'>): AsyncIterableIterator<OrderUpdate>;
    greeks(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<OptionGreeks>;
    positions(options?: IterateOptions): AsyncIterableIterator<PositionUpdate>;
    readonly version: ApiVersion;
    ready(): Promise<void>;
    readonly state: StreamState;
    readonly dropped: number;
    readonly subscriptions: {
        readonly touchline: readonly string[];
        readonly depth: readonly string[];
        readonly orders: boolean;
        readonly greeks?: readonly string[];
    };
    close(): Promise<void>;
}

// StreamConsumerTooSlowError
declare class StreamConsumerTooSlowError extends FirstockError {
    readonly name: string;
    readonly bufferSize: number;
    constructor(bufferSize: number);
}

// StreamEvents
interface StreamEvents {
    tick: Tick;
    depth: Depth;
    order: OrderUpdate;
    state: StreamState;
    position: PositionUpdate;
    greeks: OptionGreeks;
    unconfirmed: {
        readonly channel: StreamChannel;
        readonly keys: readonly string[];
    };
    error: FirstockError;
}

// StreamOptions
interface StreamOptions {
    session?: Session | undefined;
    version?: ApiVersion | undefined;
    provider?: StreamProvider | undefined;
    url?: string | undefined;
    WebSocket?: WebSocketConstructor | undefined;
    reconnect?: Partial<ReconnectOptions> | undefined;
    heartbeatMs?: number | undefined;
    watchdogMs?: number | undefined;
    connectTimeoutMs?: number | undefined;
    subscribeTimeoutMs?: number | undefined;
    bufferSize?: number | undefined;
    orderBufferSize?: number | undefined;
    orderBook?: (() => Promise<readonly unknown[]>) | false | undefined;
    logger?: Logger | undefined;
    instruments?: InstrumentIndex | undefined;
}

// StreamProvider
interface StreamProvider extends SessionProvider {
    readonly version?: ApiVersion | undefined;
    orderBook?: (() => Promise<readonly unknown[]>) | undefined;
}

// StreamState
type StreamState = {
    readonly status: 'connecting';
} | {
    readonly status: 'open';
} | {
    readonly status: 'reconnecting';
    readonly attempt: number;
    readonly delayMs: number;
} | {
    readonly status: 'closed';
    readonly error?: FirstockError;
};

// SymbolInput
type SymbolInput = ScripInput | {
    readonly exchange: string;
    readonly tradingSymbol: string;
};

// Unsubscribe
type Unsubscribe = () => void;

// WebSocketConstructor
type WebSocketConstructor = new (url: string) => WebSocketLike;

// WebSocketLike
interface WebSocketLike {
    readonly readyState: number;
    binaryType?: string;
    onopen: ((event: unknown) => void) | null;
    onmessage: ((event: {
        data: unknown;
    }) => void) | null;
    onclose: ((event: unknown) => void) | null;
    onerror: ((event: unknown) => void) | null;
    send(data: string): void;
    close(code?: number, reason?: string): void;
    terminate?(): void;
}

// createStream
declare function createStream(options: StreamOptions): Stream;

// resolveScrips
declare function resolveScrips(inputs: readonly SymbolInput[] | SymbolInput, index: InstrumentIndex | undefined, field?: string): Scrip[];

// Re-exported from @firstock/core (see its report):
// BackoffOptions, Depth, DepthLevel, InstrumentIndex, OrderUpdate, ScripInput, Session, SessionProvider, Tick, backoffDelay
