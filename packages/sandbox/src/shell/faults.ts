/**
 * What an HTTP fault does: `html502`, `json500`, `reset`, `hang`, `slow`, `truncate`, `rateLimit`, `expireSession`,
 * `acceptThenDrop`; and answers a client must not trust blindly: `malformed` (the request is carried out, the
 * success answer breaks its schema), `badRow` (one row of a list answer has a non-numeric value), `rejectLeg`
 * (one leg of a multi-leg order is refused inside a success answer; the others are placed).
 */
export type HttpFaultKind =
  | 'malformed'
  | 'badRow'
  | 'rejectLeg'
  | 'html502'
  | 'json500'
  | 'reset'
  | 'hang'
  | 'slow'
  | 'truncate'
  | 'rateLimit'
  | 'expireSession'
  | 'acceptThenDrop'

/** An HTTP fault: which endpoint (default any), what happens, for how many requests (default 1). */
export interface HttpFaultRule {
  /** Endpoint name (`placeOrder`, `getQuoteLtp`, `multiPlaceOrders`) or path (`getQuote/ltp`); omit = any. */
  endpoint?: string
  kind: HttpFaultKind
  /** How many of the next matching requests it applies to; default 1. */
  count?: number
  /** For `slow`: how long to wait before handling; default 2000. */
  delayMs?: number
  /** For `rejectLeg`: which leg (1-based) is refused; default the last. */
  leg?: number
}

/**
 * What a WebSocket fault does, on both sockets (Noren and socket V2): `dropAll` (terminate every socket), `silent`
 * (send nothing), `refuse` (503 on upgrade), `garbage` (every open socket receives one text frame that is not JSON).
 */
export type WsFaultKind = 'dropAll' | 'silent' | 'refuse' | 'garbage'

/** A WebSocket fault, for `durationMs` where it applies. */
export interface WsFaultRule {
  kind: WsFaultKind
  /** For `silent` and `refuse`; default 5000. */
  durationMs?: number
}

/** Fault injection of a running sandbox (`sb.faults`). */
export interface Faults {
  /**
   * Queues an HTTP fault for the next matching requests.
   * @example
   * ```ts
   * sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop' })
   * ```
   */
  inject(rule: HttpFaultRule): void
  /** Applies a WebSocket fault now. */
  ws(rule: WsFaultRule): void
  /** Removes every pending fault. */
  clear(): void
}

export const HTTP_FAULT_KINDS: readonly HttpFaultKind[] = [
  'malformed',
  'badRow',
  'rejectLeg',
  'html502',
  'json500',
  'reset',
  'hang',
  'slow',
  'truncate',
  'rateLimit',
  'expireSession',
  'acceptThenDrop',
]
export const WS_FAULT_KINDS: readonly WsFaultKind[] = ['dropAll', 'silent', 'refuse', 'garbage']

interface ActiveRule {
  endpoint?: string
  kind: HttpFaultKind
  remaining: number
  delayMs: number
  leg: number | undefined
}

/** The fault table: HTTP rules are consumed per matching request; WS faults act on the socket layer. */
export class FaultTable implements Faults {
  private rules: ActiveRule[] = []
  silentUntil = 0
  refuseUntil = 0

  constructor(
    private readonly now: () => number,
    private readonly sockets: { dropAll(): void; garbage(): void },
  ) {}

  inject(rule: HttpFaultRule): void {
    if (!HTTP_FAULT_KINDS.includes(rule.kind)) throw new TypeError(`unknown fault kind: ${String(rule.kind)}`)
    this.rules.push({
      ...(rule.endpoint ? { endpoint: rule.endpoint } : {}),
      kind: rule.kind,
      remaining: Math.max(1, Math.floor(rule.count ?? 1)),
      delayMs: rule.delayMs ?? 2000,
      leg: rule.leg,
    })
  }

  ws(rule: WsFaultRule): void {
    if (!WS_FAULT_KINDS.includes(rule.kind)) throw new TypeError(`unknown ws fault kind: ${String(rule.kind)}`)
    const until = this.now() + (rule.durationMs ?? 5000)
    if (rule.kind === 'dropAll') this.sockets.dropAll()
    else if (rule.kind === 'garbage') this.sockets.garbage()
    else if (rule.kind === 'silent') this.silentUntil = until
    else this.refuseUntil = until
  }

  clear(): void {
    this.rules = []
    this.silentUntil = 0
    this.refuseUntil = 0
  }

  /** Takes the first rule matching this request, if any. */
  take(names: readonly string[]): { kind: HttpFaultKind; delayMs: number; leg: number | undefined } | undefined {
    const index = this.rules.findIndex((r) => !r.endpoint || names.includes(r.endpoint))
    const rule = this.rules[index]
    if (!rule) return undefined
    rule.remaining -= 1
    if (rule.remaining <= 0) this.rules.splice(index, 1)
    return { kind: rule.kind, delayMs: rule.delayMs, leg: rule.leg }
  }

  get silent(): boolean {
    return this.now() < this.silentUntil
  }
  get refusing(): boolean {
    return this.now() < this.refuseUntil
  }
}
