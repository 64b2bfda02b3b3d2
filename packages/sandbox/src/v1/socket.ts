import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer, type RawData } from 'ws'
import type { Sessions } from '../model/accounts.js'
import type { FaultTable } from '../shell/faults.js'
import type { Instrument, Market } from '../model/market.js'
import type { Broker } from '../model/broker.js'
import { greeksOf } from './greeks.js'
import { greeksMessage, type MarketRecord, marketRecord, orderUpdate, partialRecord, positionUpdate } from './feed.js'

// Socket V2 of the Developer API (docs/developer-api-protocol.md §3.1): auth by query string, one handshake frame, JSON
// `action`/`tokens` commands with no acknowledgement, keyed market messages, pushed order and position updates.

export const V2_WS_PATH = '/V2/ws'

/** Socket V2 settings of a sandbox (the `socketV2` option of `startSandbox`): the session cap and the ping/pong timing. */
export interface SocketV2Options {
  /** Sockets one user may hold at once; the next one is told so and closed. Default 3, as Firstock. */
  maxSocketsPerUser?: number
  /** How often the server pings each socket. Default 5000. */
  pingIntervalMs?: number
  /** A socket that has not answered a ping for this long is closed. Default 10000, as Firstock. */
  pongTimeoutMs?: number
}

interface Client {
  socket: WebSocket
  userId: string
  market: Map<Instrument, MarketRecord>
  greeks: Set<Instrument>
  lastPong: number
}

interface HubDeps {
  market: Market
  broker: Broker
  sessions: Sessions
  faults: () => FaultTable
  /** Simulated time (feed times). */
  now: () => number
  /** Real time (the pong rule). */
  wallNow: () => number
  options: SocketV2Options
}

/** Delay of the handshake frame after the upgrade. */
const HANDSHAKE_DELAY_MS = 20

export class SocketV2Hub {
  private readonly server = new WebSocketServer({ noServer: true })
  private readonly clients = new Set<Client>()
  private readonly stops: Array<() => void> = []
  private readonly pinger: NodeJS.Timeout

  constructor(private readonly deps: HubDeps) {
    this.stops.push(deps.market.onMove((moved) => this.onMove(moved)))
    this.stops.push(
      deps.broker.onUpdate((order, state) => {
        const targets = [...this.clients].filter((c) => c.userId === order.userId)
        if (targets.length === 0) return
        const position = state.fill ? positionUpdate(deps.broker, order, deps.now()) : undefined
        for (const client of targets) {
          this.send(client, orderUpdate(order, state))
          if (position) this.send(client, position)
        }
      }),
    )
    this.pinger = setInterval(() => this.ping(), deps.options.pingIntervalMs ?? 5000)
    this.pinger.unref()
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.deps.faults().refusing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const query = new URL(request.url ?? '/', 'http://x').searchParams
    this.server.handleUpgrade(request, socket, head, (ws) => this.attach(ws, query.get('userId') ?? '', query.get('jKey') ?? ''))
  }

  private attach(socket: WebSocket, userId: string, jKey: string): void {
    const reject = (message: string) => {
      socket.send(JSON.stringify({ status: 'failed', message }))
      socket.close(1008, message.slice(0, 100))
    }
    if (this.deps.sessions.check(userId, jKey) !== 'ok') return reject('unauthenticated')
    const cap = this.deps.options.maxSocketsPerUser ?? 3
    if ([...this.clients].filter((c) => c.userId === userId).length >= cap) {
      return reject(`Maximum sessions limit (${cap}) reached`)
    }
    const client: Client = { socket, userId, market: new Map(), greeks: new Set(), lastPong: this.deps.wallNow() }
    this.clients.add(client)
    socket.on('pong', () => (client.lastPong = this.deps.wallNow()))
    socket.on('message', (data) => this.onMessage(client, data))
    socket.on('close', () => this.clients.delete(client))
    socket.on('error', () => this.clients.delete(client))
    // Sent a moment later, as over a real network: a client that attaches its listener after its own `await`
    // (the official package does) would otherwise miss it and report an authentication timeout.
    setTimeout(() => this.send(client, { status: 'success', message: 'Authentication successful' }), HANDSHAKE_DELAY_MS)
  }

  private send(client: Client, frame: unknown): void {
    if (this.deps.faults().silent) return
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(JSON.stringify(frame))
  }

  private onMessage(client: Client, data: RawData): void {
    if (this.deps.faults().silent) return
    let message: { action?: unknown; tokens?: unknown }
    try {
      message = JSON.parse(String(data)) as typeof message
    } catch {
      return
    }
    if (!message || typeof message !== 'object') return
    const insts = this.instruments(String(message.tokens ?? ''))
    switch (message.action) {
      case 'subscribe': {
        // No acknowledgement: the first message is the full record of each instrument.
        const now = this.deps.now()
        const out: Record<string, MarketRecord> = {}
        for (const inst of insts) {
          const record = marketRecord(this.deps.market, inst, now)
          client.market.set(inst, record)
          out[`${inst.exchange}:${inst.token}`] = record
        }
        if (insts.length > 0) this.send(client, out)
        return
      }
      case 'unsubscribe':
        for (const inst of insts) client.market.delete(inst)
        return
      case 'subscribe-option-greeks':
        for (const inst of insts) if (inst.kind === 'option') client.greeks.add(inst)
        this.sendGreeks(client, insts)
        return
      case 'unsubscribe-option-greeks':
        for (const inst of insts) client.greeks.delete(inst)
        return
      default:
        return
    }
  }

  private instruments(tokens: string): Instrument[] {
    const out: Instrument[] = []
    for (const part of tokens.split('|')) {
      const [exchange, token] = part.trim().split(':')
      const inst = exchange && token ? this.deps.market.get(exchange, token) : undefined
      if (inst && !out.includes(inst)) out.push(inst)
    }
    return out
  }

  /** One message per option (see `greeksMessage`). */
  private sendGreeks(client: Client, insts: Iterable<Instrument>): void {
    const at = this.deps.market.modelTime()
    for (const inst of insts) {
      const g = greeksOf(inst, at)
      if (g) this.send(client, greeksMessage(inst, g))
    }
  }

  private onMove(moved: Instrument[]): void {
    if (this.clients.size === 0 || this.deps.faults().silent) return
    const now = this.deps.now()
    const fresh = new Map<Instrument, MarketRecord>()
    const movedSet = new Set(moved)
    for (const client of this.clients) {
      const out: Record<string, MarketRecord> = {}
      for (const inst of moved) {
        const last = client.market.get(inst)
        if (!last) continue
        let record = fresh.get(inst)
        if (!record) fresh.set(inst, (record = marketRecord(this.deps.market, inst, now)))
        const partial = partialRecord(last, record)
        if (!partial) continue
        client.market.set(inst, record)
        out[`${inst.exchange}:${inst.token}`] = partial
      }
      if (Object.keys(out).length > 0) this.send(client, out)
      const greeks = [...client.greeks].filter((i) => movedSet.has(i) || (i.underlying && movedSet.has(i.underlying)))
      if (greeks.length > 0) this.sendGreeks(client, greeks)
    }
  }

  /** Pings every socket; one that has not answered within the pong timeout is closed (docs/developer-api-protocol.md §3.1). */
  private ping(): void {
    const now = this.deps.wallNow()
    const timeout = this.deps.options.pongTimeoutMs ?? 10_000
    for (const client of this.clients) {
      if (now - client.lastPong > timeout) {
        client.socket.terminate()
        this.clients.delete(client)
      } else if (client.socket.readyState === WebSocket.OPEN) {
        client.socket.ping()
      }
    }
  }

  /** A `garbage` fault: one torn, unparseable frame to every socket. */
  sendGarbage(): void {
    for (const client of this.clients) if (client.socket.readyState === WebSocket.OPEN) client.socket.send('{"NSE:26000":{"c":')
  }

  dropAll(): void {
    for (const client of this.clients) client.socket.terminate()
    this.clients.clear()
  }

  async close(): Promise<void> {
    clearInterval(this.pinger)
    for (const stop of this.stops) stop()
    this.dropAll()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
