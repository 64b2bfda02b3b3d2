import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Market } from '../model/market.js'
import { controlRefusal } from './control.js'
import type { FaultTable, HttpFaultRule, WsFaultRule } from './faults.js'
import { type HttpFront, readBody, type RequestLogEntry, send } from './http.js'
import { serveSymbolDownload } from './symbols.js'

// The one HTTP/WS server both dialects share: routes each request to the dialect that owns its prefix, each socket
// upgrade to the hub that owns its path, and answers the control routes and the symbol-master downloads itself.

/** A WebSocket endpoint: the hub takes over the upgraded connection. */
export interface SocketHub {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
}

export interface ShellOptions {
  host: string
  port: number
  /** Mounted dialects by URL prefix. */
  fronts: Array<{ prefix: string; front: HttpFront }>
  /** Prefixes of dialects this run does not serve: answered 404 "not served". */
  unmounted: string[]
  /** Socket endpoints by path (without a trailing slash). */
  sockets: Array<{ path: string; hub: SocketHub }>
  market: Market
  faults: FaultTable
  requests: RequestLogEntry[]
  /** The per-run token the control routes (/__sandbox/…) require. */
  controlToken: string
}

export interface Shell {
  /** `127.0.0.1:PORT` (IPv6 hosts in brackets). */
  origin: string
  close(): Promise<void>
}

/** The documented failure envelope, for answers no dialect owns (control routes, unknown paths). */
function failure(status: number, name: string, field: string, message: string): unknown {
  return { status: 'Failed', code: String(status), name, error: { field, message } }
}

export async function listen(options: ShellOptions): Promise<Shell> {
  const server = createServer((req, res) => {
    route(options, req, res).catch(() => res.destroy())
  })
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname.replace(/\/+$/, '')
    const target = options.sockets.find((s) => s.path === path)
    if (target) target.hub.handleUpgrade(req, socket, head)
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address
  return {
    origin: `${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: async () => {
      for (const { front } of options.fronts) front.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function route(options: ShellOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://sandbox').pathname
  // A server's Date header is its own clock: here, the simulated market's.
  res.setHeader('date', new Date(options.market.now()).toUTCString())
  if (options.unmounted.some((prefix) => pathname.startsWith(prefix))) {
    return send(res, {
      status: 404,
      body: { status: 'failed', code: '404', name: 'RESOURCE_NOT_FOUND', error: { field: 'path', message: `${pathname} is not served` } },
    })
  }
  const raw = await readBody(req)
  const mounted = options.fronts.find((f) => pathname.startsWith(f.prefix))
  if (mounted) return mounted.front.onRequest(req, res, pathname, raw)
  if (pathname.startsWith('/__sandbox/')) return control(options, req, res, pathname, raw)
  if (serveSymbolDownload(req, res, pathname, options.market)) return
  send(res, { status: 404, body: failure(404, 'NOT_FOUND', 'path', `${pathname} not found`) })
}

/** `/__sandbox/…`: fault injection and the request log, for a loopback caller holding this run's token. */
function control(options: ShellOptions, req: IncomingMessage, res: ServerResponse, path: string, raw: string): void {
  const reply = (status: number, body: unknown) => send(res, { status, body })
  const refused = controlRefusal(req, options.controlToken)
  if (refused) return reply(refused.status, failure(refused.status, refused.name, refused.field, refused.message))
  if (path === '/__sandbox/requests' && req.method === 'GET') return reply(200, options.requests)
  if (req.method !== 'POST') return reply(405, failure(405, 'METHOD_NOT_ALLOWED', 'method', 'use POST'))
  try {
    const rule = JSON.parse(raw || '{}') as { kind?: string }
    if (path === '/__sandbox/faults') {
      if (rule.kind === 'clear') options.faults.clear()
      else options.faults.inject(rule as HttpFaultRule)
      return reply(200, { status: 'Success' })
    }
    if (path === '/__sandbox/ws-faults') {
      options.faults.ws(rule as WsFaultRule)
      return reply(200, { status: 'Success' })
    }
  } catch (error) {
    return reply(400, failure(400, 'BAD_REQUEST', 'kind', (error as Error).message))
  }
  return reply(404, failure(404, 'NOT_FOUND', 'path', `${path} not found`))
}
