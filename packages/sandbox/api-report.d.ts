// The public API of @firstock/sandbox, generated from its built types by tooling/api-report.mjs. Do not edit.
// ClockSetting
type ClockSetting = Date | string | (() => number);

// DEMO_ACCOUNT
declare const DEMO_ACCOUNT: SandboxAccount;

// EXCHANGE_HOLIDAYS_2026
declare const EXCHANGE_HOLIDAYS_2026: readonly string[];

// Faults
interface Faults {
    inject(rule: HttpFaultRule): void;
    ws(rule: WsFaultRule): void;
    clear(): void;
}

// HttpFaultKind
type HttpFaultKind = 'malformed' | 'badRow' | 'rejectLeg' | 'html502' | 'json500' | 'reset' | 'hang' | 'slow' | 'truncate' | 'rateLimit' | 'expireSession' | 'acceptThenDrop';

// HttpFaultRule
interface HttpFaultRule {
    endpoint?: string;
    kind: HttpFaultKind;
    count?: number;
    delayMs?: number;
    leg?: number;
}

// InstrumentInfo
interface InstrumentInfo {
    exchange: string;
    token: string;
    tradingSymbol: string;
    companyName: string;
    symbolName: string;
    instrumentName: string;
    lotSize: number;
    tickSize: number;
    expiry?: string;
    strike?: number;
    optionType?: 'CE' | 'PE';
}

// MarketHoursMode
type MarketHoursMode = 'real' | 'always-open';

// OrderStatus
type OrderStatus = 'PENDING' | 'OPEN' | 'TRIGGER_PENDING' | 'COMPLETE' | 'REJECTED' | 'CANCELED';

// OrderView
interface OrderView {
    orderNumber: string;
    userId: string;
    exchange: string;
    tradingSymbol: string;
    status: OrderStatus;
    quantity: number;
    fillShares: number;
    price: number;
    averagePrice: number;
    priceType: string;
    transactionType: string;
    product: string;
    remarks: string;
    rejectReason: string;
}

// QuoteSnapshot
interface QuoteSnapshot {
    exchange: string;
    token: string;
    tradingSymbol: string;
    ltp: number;
    open: number;
    high: number;
    low: number;
    close: number;
    volume: number;
    bid: number;
    ask: number;
    lotSize: number;
    tickSize: number;
}

// ReplayFileError
declare class ReplayFileError extends Error {
    name: string;
}

// ReplayOptions
interface ReplayOptions {
    file?: string;
    csv?: string;
    speed?: number;
}

// RequestLogEntry
interface RequestLogEntry {
    endpoint: string;
    path: string;
    userId?: string;
    body: unknown;
    at: number;
    fault?: string;
}

// SESSION_MOMENT
declare const SESSION_MOMENT = "2026-12-02T11:00";

// Sandbox
interface Sandbox {
    httpUrl: string;
    baseUrl: string;
    wsUrl: string;
    v1?: {
        baseUrl: string;
        wsUrl: string;
    };
    accounts: SandboxAccount[];
    requests: RequestLogEntry[];
    faults: Faults;
    controlToken: string;
    clock: {
        now(): number;
    };
    marketHours: MarketHoursMode;
    market: {
        step(n?: number): void;
        quote(exchange: string, token: string): QuoteSnapshot | undefined;
        instruments(): InstrumentInfo[];
    };
    orders(userId?: string): OrderView[];
    expireSession(userId: string): void;
    totp(userId?: string): string;
    replayDone?: Promise<void>;
    close(): Promise<void>;
}

// SandboxAccount
interface SandboxAccount {
    userId: string;
    password: string;
    totpSecret: string;
    apiKey: string;
    vendorCode: string;
    userName?: string;
    email?: string;
}

// SandboxApi
type SandboxApi = 'v1' | 'v3' | 'both';

// SandboxOptions
interface SandboxOptions {
    port?: number;
    host?: string;
    seed?: number | string;
    accounts?: SandboxAccount[];
    rateLimits?: boolean;
    tickIntervalMs?: number;
    tokensPerTick?: number;
    maxSocketsPerUser?: number;
    startingCash?: number;
    controlToken?: string;
    now?: ClockSetting;
    holidays?: readonly string[];
    api?: SandboxApi;
    marketHours?: MarketHoursMode;
    socketV2?: SocketV2Options;
    replay?: ReplayOptions;
}

// SocketV2Options
interface SocketV2Options {
    maxSocketsPerUser?: number;
    pingIntervalMs?: number;
    pongTimeoutMs?: number;
}

// WsFaultKind
type WsFaultKind = 'dropAll' | 'silent' | 'refuse' | 'garbage';

// WsFaultRule
interface WsFaultRule {
    kind: WsFaultKind;
    durationMs?: number;
}

// generateTotp
declare function generateTotp(secret: string, atMs?: number): string;

// startSandbox
declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
