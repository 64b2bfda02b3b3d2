// The public API of @firstock/node, generated from its built types by tooling/api-report.mjs. Do not edit.
import { OrderRow, CallOptions, Exchange, ApiVersion, Logger, InstrumentIndex, registries, Endpoint, EndpointInput, EndpointOutput, SessionProvider, Session, InstrumentRef, Instrument, Credentials, SessionStore, RateLimits, RetryOptions, Transport } from "@firstock/core";
export * from "@firstock/core";
import { Hooks } from "ky";
import { Dispatcher, Agent } from "undici";
interface ReconcileOptions extends CallOptions {
    attempts?: number;
    intervalMs?: number;
    sentAt?: number | Date;
}
type ReconcileResult = {
    found: true;
    order: OrderRow;
    orders: OrderRow[];
} | {
    found: false;
};
interface ConfirmedOrder {
    orderNumber: string;
    tag: string;
    order: OrderRow | undefined;
    recovered: boolean;
}
interface ConfirmedOrders {
    tag: string;
    orders: {
        orderNumber: string;
        order: OrderRow | undefined;
    }[];
    recovered: boolean;
}
type SymbolFile = Exchange | "INDICES";
declare const SYMBOLS_URLS: Record<ApiVersion, string>;
declare const SYMBOL_FILE_PATHS: Record<SymbolFile, string>;
declare const DEFAULT_SYMBOL_FILES: readonly SymbolFile[];
declare const SYMBOLS_REFRESH_IST: {
    readonly hours: 8;
    readonly minutes: 0;
};
type InstrumentsProgress = {
    file: SymbolFile;
    phase: "cached";
    url: string;
    fetchedAt: Date;
} | {
    file: SymbolFile;
    phase: "downloading";
    url: string;
    receivedBytes: number;
    totalBytes: number | undefined;
} | {
    file: SymbolFile;
    phase: "fallback";
    url: string;
    fetchedAt: Date;
    error: Error;
} | {
    file: SymbolFile;
    phase: "done";
    url: string;
    instruments: number;
    skipped: number;
    fromCache: boolean;
    stale: boolean;
};
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
interface LoadInstrumentsOptions extends InstrumentsOptions {
    version?: ApiVersion;
    symbolsUrl?: string;
    urls?: Partial<Record<SymbolFile, string>>;
    logger?: Logger | undefined;
    fetch?: typeof fetch;
    now?: () => Date;
}
declare function defaultCacheDir(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;
declare function defaultSymbolsUrl(version: ApiVersion, baseUrl?: string): string;
declare function symbolFileUrl(file: SymbolFile, options?: Pick<LoadInstrumentsOptions, "symbolsUrl" | "urls" | "version">): string;
declare function loadInstruments(options?: LoadInstrumentsOptions): Promise<InstrumentIndex>;
type V3 = (typeof registries)["v3"]["endpoints"];
type V1 = (typeof registries)["v1"]["endpoints"];
type EndpointsOf<V extends ApiVersion> = (typeof registries)[V]["endpoints"];
interface FirstockOptions<V extends ApiVersion = "v3"> extends Partial<Credentials> {
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
type Method<E extends Endpoint> = {} extends EndpointInput<E> ? (input?: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>> : (input: EndpointInput<E>, options?: CallOptions) => Promise<EndpointOutput<E>>;
type EndpointMethods<V extends ApiVersion = "v3"> = {
    [K in Exclude<keyof EndpointsOf<V>, "login" | "logout">]: EndpointsOf<V>[K] extends infer E extends Endpoint ? Method<E> : never;
};
type Firstock<V extends ApiVersion = "v3"> = V extends ApiVersion ? EndpointMethods<V> & FirstockBase<V> & (V extends "v3" ? V3Extras : V1Extras) : never;
interface V3Extras {
    placeOrderAndConfirm(input: EndpointInput<V3["placeOrder"]>, options?: ReconcileOptions): Promise<ConfirmedOrder>;
}
interface V1Extras {
    placeOrderAndConfirm(input: EndpointInput<V1["placeOrder"]>, options?: ReconcileOptions): Promise<ConfirmedOrders>;
}
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
declare function checkBaseUrl(raw: string, what?: string): string;
declare function createFirstock<V extends ApiVersion>(options: FirstockOptions<V>): Firstock<V>;
interface KyTransportOptions {
    fetch?: typeof fetch;
    hooks?: Hooks;
}
declare function kyTransport(options?: KyTransportOptions): Transport;
interface UndiciTransportOptions {
    dispatcher?: Dispatcher;
    agent?: Agent.Options;
}
declare const KEEP_ALIVE_TIMEOUT_MS = 30000;
declare function undiciTransport(options?: UndiciTransportOptions): Transport;
declare function defaultConfigDir(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;
declare class FileSessionStore implements SessionStore {
    #private;
    readonly dir: string;
    constructor(options?: {
        dir?: string;
    });
    get(userId: string): Promise<Session | undefined>;
    set(session: Session): Promise<void>;
    delete(userId: string): Promise<void>;
}
export { type ConfirmedOrder, type ConfirmedOrders, DEFAULT_SYMBOL_FILES, type EndpointMethods, FileSessionStore, type Firstock, type FirstockOptions, type InstrumentsOptions, type InstrumentsProgress, KEEP_ALIVE_TIMEOUT_MS, type KyTransportOptions, type LoadInstrumentsOptions, type ReconcileOptions, type ReconcileResult, SYMBOLS_REFRESH_IST, SYMBOLS_URLS, SYMBOL_FILE_PATHS, type SymbolFile, type UndiciTransportOptions, type V1Extras, type V3Extras, checkBaseUrl, createFirstock, defaultCacheDir, defaultConfigDir, defaultSymbolsUrl, kyTransport, loadInstruments, symbolFileUrl, undiciTransport };
