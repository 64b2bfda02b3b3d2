// The public API of @firstock/sandbox, generated from its built types by tooling/api-report.mjs. Do not edit.
interface SandboxAccount {
    userId: string;
    password: string;
    totpSecret: string;
    apiKey: string;
    vendorCode: string;
    userName?: string;
    email?: string;
}
declare const DEMO_ACCOUNT: SandboxAccount;
declare const EXCHANGE_HOLIDAYS_2026: readonly string[];
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
type OrderStatus = "PENDING" | "OPEN" | "TRIGGER_PENDING" | "COMPLETE" | "REJECTED" | "CANCELED";
type ClockSetting = Date | string | (() => number);
type HttpFaultKind = "malformed" | "badRow" | "rejectLeg" | "html502" | "json500" | "reset" | "hang" | "slow" | "truncate" | "rateLimit" | "expireSession" | "acceptThenDrop";
interface HttpFaultRule {
    endpoint?: string;
    kind: HttpFaultKind;
    count?: number;
    delayMs?: number;
    leg?: number;
}
type WsFaultKind = "dropAll" | "silent" | "refuse" | "garbage";
interface WsFaultRule {
    kind: WsFaultKind;
    durationMs?: number;
}
interface Faults {
    inject(rule: HttpFaultRule): void;
    ws(rule: WsFaultRule): void;
    clear(): void;
}
interface RequestLogEntry {
    endpoint: string;
    path: string;
    userId?: string;
    body: unknown;
    at: number;
    fault?: string;
}
interface SocketV2Options {
    maxSocketsPerUser?: number;
    pingIntervalMs?: number;
    pongTimeoutMs?: number;
}
type SandboxApi = "v1" | "v3" | "both";
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
    socketV2?: SocketV2Options;
}
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
    optionType?: "CE" | "PE";
}
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
    market: {
        step(n?: number): void;
        quote(exchange: string, token: string): QuoteSnapshot | undefined;
        instruments(): InstrumentInfo[];
    };
    orders(userId?: string): OrderView[];
    expireSession(userId: string): void;
    totp(userId?: string): string;
    close(): Promise<void>;
}
declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
declare function generateTotp(secret: string, atMs?: number): string;
export { type ClockSetting, DEMO_ACCOUNT, EXCHANGE_HOLIDAYS_2026, type Faults, type HttpFaultKind, type HttpFaultRule, type InstrumentInfo, type OrderStatus, type OrderView, type QuoteSnapshot, type RequestLogEntry, type Sandbox, type SandboxAccount, type SandboxApi, type SandboxOptions, type SocketV2Options, type WsFaultKind, type WsFaultRule, generateTotp, startSandbox };
