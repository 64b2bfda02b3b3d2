import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer, type RawData } from 'ws'
import type { Sessions } from '../model/accounts.js'
import type { FaultTable } from '../shell/faults.js'
import type { Instrument, Market } from '../model/market.js'
import type { Broker } from '../model/broker.js'
import { orderFrame } from './order-format.js'
import { depth, touchline } from './quote-format.js'

export const WS_PATH = '/NorenWSTP/'

interface Client {
  socket: WebSocket
  userId?: string
  touch: Map<Instrument, Record<string, string>>
  depth: Map<Instrument, Record<string, string>>
  orders: boolean
}

interface HubOptions {
  market: Market
  broker: Broker
  sessions: Sessions
  faults: () => FaultTable
  maxSocketsPerUser: number
}

/** The Noren WebSocket: `c` auth, touchline/depth snapshots then deltas, order updates. */
export class StreamHub {
  private readonly server = new WebSocketServer({ noServer: true })
  private readonly clients = new Set<Client>()
  private readonly unsubscribe: Array<() => void> = []

  constructor(private readonly options: HubOptions) {
    this.unsubscribe.push(options.market.onMove((moved) => this.onMove(moved)))
    this.unsubscribe.push(
      options.broker.onUpdate((order, state) => {
        const frame = orderFrame(order, state)
        for (const client of this.clients) if (client.orders && client.userId === order.userId) this.send(client, frame)
      }),
    )
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    if (path !== WS_PATH && path !== WS_PATH.slice(0, -1)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (this.options.faults().refusing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    this.server.handleUpgrade(request, socket, head, (ws) => this.attach(ws))
  }

  private attach(socket: WebSocket): void {
    const client: Client = { socket, touch: new Map(), depth: new Map(), orders: false }
    this.clients.add(client)
    socket.on('message', (data) => this.onMessage(client, data))
    socket.on('close', () => this.clients.delete(client))
    socket.on('error', () => this.clients.delete(client))
  }

  private send(client: Client, frame: Record<string, string>): void {
    if (this.options.faults().silent) return
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(JSON.stringify(frame))
  }

  private onMessage(client: Client, data: RawData): void {
    if (this.options.faults().silent) return
    let message: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(String(data))
      if (!parsed || typeof parsed !== 'object') return
      message = parsed as Record<string, unknown>
    } catch {
      return
    }
    const type = String(message.t ?? '')
    if (type === 'c') return this.connect(client, message)
    if (!client.userId) return
    const keys = String(message.k ?? '')
    switch (type) {
      case 't':
      case 'd':
        for (const inst of this.scrips(keys)) {
          const full = type === 't' ? touchline(this.options.market, inst) : depth(this.options.market, inst)
          ;(type === 't' ? client.touch : client.depth).set(inst, full)
          this.send(client, { t: type === 't' ? 'tk' : 'dk', ...full })
        }
        return
      case 'u':
      case 'ud':
        for (const inst of this.scrips(keys)) (type === 'u' ? client.touch : client.depth).delete(inst)
        this.send(client, { t: type === 'u' ? 'uk' : 'udk', k: keys })
        return
      case 'o':
        client.orders = true
        this.send(client, { t: 'ok' })
        return
      case 'uo':
        client.orders = false
        this.send(client, { t: 'uok' })
        return
      default:
        // `h` heartbeats and anything unknown are ignored, as Noren does.
        return
    }
  }

  private connect(client: Client, message: Record<string, unknown>): void {
    const uid = String(message.uid ?? message.actid ?? '')
    const token = String(message.susertoken ?? '')
    if (client.userId === uid) return this.send(client, { t: 'ck', s: 'OK', uid })
    if (this.options.sessions.check(uid, token) !== 'ok') {
      this.send(client, { t: 'ck', s: 'Not_Ok', uid, emsg: 'Invalid session' })
      client.socket.close(1008, 'invalid session')
      return
    }
    const open = [...this.clients].filter((c) => c.userId === uid).length
    if (open >= this.options.maxSocketsPerUser) {
      // The cap refuses the newcomer and leaves the sockets already open alone.
      this.send(client, {
        t: 'ck',
        s: 'Not_Ok',
        uid,
        emsg: `Maximum ${this.options.maxSocketsPerUser} websocket connections per user`,
      })
      client.socket.close(1008, 'too many sockets')
      return
    }
    client.userId = uid
    this.send(client, { t: 'ck', s: 'OK', uid })
  }

  private scrips(keys: string): Instrument[] {
    const out: Instrument[] = []
    for (const part of keys.split('#')) {
      const [exchange, token] = part.split('|')
      const inst = exchange && token ? this.options.market.get(exchange, token) : undefined
      if (inst) out.push(inst)
    }
    return out
  }

  private onMove(moved: Instrument[]): void {
    if (this.clients.size === 0 || this.options.faults().silent) return
    const touchCache = new Map<Instrument, Record<string, string>>()
    const depthCache = new Map<Instrument, Record<string, string>>()
    for (const client of this.clients) {
      if (!client.userId) continue
      for (const inst of moved) {
        const lastTouch = client.touch.get(inst)
        if (lastTouch) {
          let now = touchCache.get(inst)
          if (!now) touchCache.set(inst, (now = touchline(this.options.market, inst)))
          this.delta(client, 'tf', inst, lastTouch, now)
        }
        const lastDepth = client.depth.get(inst)
        if (lastDepth) {
          let now = depthCache.get(inst)
          if (!now) depthCache.set(inst, (now = depth(this.options.market, inst)))
          this.delta(client, 'df', inst, lastDepth, now)
        }
      }
    }
  }

  /** Sends only the keys that changed since the last frame (plus t, e, tk); remembers what was sent. */
  private delta(client: Client, t: string, inst: Instrument, last: Record<string, string>, now: Record<string, string>) {
    const frame: Record<string, string> = { t, e: inst.exchange, tk: inst.token }
    let changed = 0
    for (const [key, value] of Object.entries(now)) {
      if (last[key] === value) continue
      frame[key] = value
      if (key !== 'ft') changed++
    }
    // A frame carrying only a new feed time is not worth sending; keep it for the next real change.
    if (changed === 0) return
    Object.assign(last, frame)
    this.send(client, frame)
  }

  /** A `garbage` fault: one torn, unparseable frame to every socket. */
  sendGarbage(): void {
    for (const client of this.clients) if (client.socket.readyState === WebSocket.OPEN) client.socket.send('{"t":"tf","e":"NSE","lp":')
  }

  dropAll(): void {
    for (const client of this.clients) client.socket.terminate()
    this.clients.clear()
  }

  async close(): Promise<void> {
    for (const stop of this.unsubscribe) stop()
    this.dropAll()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
