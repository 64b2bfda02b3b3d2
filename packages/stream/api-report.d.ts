// The public API of @firstock/stream, generated from its built types by tooling/api-report.mjs. Do not edit.
import { ScripInput, InstrumentIndex, Scrip, Tick, Depth, OrderUpdate, FirstockError, PositionUpdate, OptionGreeks, StreamChannel, ApiVersion, Session, SessionProvider, Logger } from "@firstock/core";
export { BackoffOptions, Depth, DepthLevel, InstrumentIndex, OrderUpdate, ScripInput, Session, SessionProvider, Tick, backoffDelay } from "@firstock/core";
interface ReconnectOptions {
    baseDelayMs: number;
    maxDelayMs: number;
    factor: number;
    jitter: number;
    maxAttempts: number;
    resetAfterMs: number;
}
declare const DEFAULT_BASE_DELAY_MS = 250;
declare const DEFAULT_MAX_DELAY_MS = 15000;
declare const DEFAULT_BACKOFF_FACTOR = 2;
declare const DEFAULT_JITTER = 1;
declare const DEFAULT_RESET_AFTER_MS = 30000;
declare const DEFAULT_RECONNECT: Readonly<ReconnectOptions>;
type SymbolInput = ScripInput | {
    readonly exchange: string;
    readonly tradingSymbol: string;
};
declare function resolveScrips(inputs: readonly SymbolInput[] | SymbolInput, index: InstrumentIndex | undefined, field?: string): Scrip[];
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
type WebSocketConstructor = new (url: string) => WebSocketLike;
declare const DEFAULT_HEARTBEAT_MS = 3000;
declare const DEFAULT_WATCHDOG_MS = 20000;
declare const DEFAULT_CONNECT_TIMEOUT_MS = 10000;
declare const DEFAULT_BUFFER_SIZE = 1000;
declare const DEFAULT_ORDER_BUFFER_SIZE = 100000;
declare const DEFAULT_SUBSCRIBE_TIMEOUT_MS = 10000;
declare const CLOSE_GRACE_MS = 1000;
type StreamState = {
    readonly status: "connecting";
} | {
    readonly status: "open";
} | {
    readonly status: "reconnecting";
    readonly attempt: number;
    readonly delayMs: number;
} | {
    readonly status: "closed";
    readonly error?: FirstockError;
};
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
type Unsubscribe = () => void;
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
interface IterateOptions {
    signal?: AbortSignal | undefined;
    bufferSize?: number | undefined;
}
interface Stream {
    on<E extends keyof StreamEvents>(event: E, listener: (value: StreamEvents[E]) => void): Unsubscribe;
    subscribe(kind: "touchline" | "depth", tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe;
    subscribe(kind: "orders"): Unsubscribe;
    subscribe(kind: "greeks", tokens: readonly SymbolInput[] | SymbolInput): Unsubscribe;
    touchline(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Tick>;
    depth(tokens: readonly SymbolInput[] | SymbolInput, options?: IterateOptions): AsyncIterableIterator<Depth>;
    orders(options?: Omit<IterateOptions, "bufferSize">): AsyncIterableIterator<OrderUpdate>;
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
interface StreamProvider extends SessionProvider {
    readonly version?: ApiVersion | undefined;
    orderBook?: (() => Promise<readonly unknown[]>) | undefined;
}
declare function createStream(options: StreamOptions): Stream;
declare class StreamConsumerTooSlowError extends FirstockError {
    readonly name: string;
    readonly bufferSize: number;
    constructor(bufferSize: number);
}
export { CLOSE_GRACE_MS, DEFAULT_BACKOFF_FACTOR, DEFAULT_BASE_DELAY_MS, DEFAULT_BUFFER_SIZE, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_HEARTBEAT_MS, DEFAULT_JITTER, DEFAULT_MAX_DELAY_MS, DEFAULT_ORDER_BUFFER_SIZE, DEFAULT_RECONNECT, DEFAULT_RESET_AFTER_MS, DEFAULT_SUBSCRIBE_TIMEOUT_MS, DEFAULT_WATCHDOG_MS, type IterateOptions, type ReconnectOptions, type Stream, StreamConsumerTooSlowError, type StreamEvents, type StreamOptions, type StreamProvider, type StreamState, type SymbolInput, type Unsubscribe, type WebSocketConstructor, type WebSocketLike, createStream, resolveScrips };
