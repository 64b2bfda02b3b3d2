import type { Session } from '@firstock/core'
import { WebSocketServer, type WebSocket } from 'ws'

/** The jKey the fake server accepts by default, and a session that carries it. */
export const FAKE_JKEY = 'fake-jkey-0123456789'
export const fakeSession: Session = { userId: 'AB1234', jKey: FAKE_JKEY, createdAt: new Date().toISOString() }

/** Waits until `check()` holds, polling every 5 ms; throws after `ms`. */
export async function until(check: () => boolean, ms = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** A tiny in-process Noren socket for protocol-level tests: records what the client sends, answers what we tell it. */
export interface FakeServer {
  url: string
  /** Every message received, parsed, with the index of the socket it came on. */
  received: { socket: number; message: Record<string, string> }[]
  sockets: WebSocket[]
  /** Token accepted by `c`; anything else gets Not_Ok. */
  validTokens: Set<string>
  /** Answer to the next `c` (default: check the token). */
  connectReply?: (message: Record<string, string>) => Record<string, string> | undefined
  /** While true the server reads everything and answers nothing (a dead peer behind a live TCP connection). */
  silent: boolean
  /** When set, every socket is dropped this many ms after its `ck` (0 = right after sending it). */
  dropAfterAcceptMs?: number | undefined
  send(frame: Record<string, string>, socket?: number): void
  dropAll(): void
  close(): Promise<void>
}

export async function startFakeServer(validToken = FAKE_JKEY): Promise<FakeServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()))
  const address = wss.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const server: FakeServer = {
    url: `ws://127.0.0.1:${port}/NorenWSTP/`,
    received: [],
    sockets: [],
    validTokens: new Set([validToken]),
    silent: false,
    send(frame, socket = server.sockets.length - 1) {
      const ws = server.sockets[socket]
      if (ws && ws.readyState === ws.OPEN && !server.silent) ws.send(JSON.stringify(frame))
    },
    dropAll() {
      for (const ws of server.sockets) ws.terminate()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate()
        wss.close(() => resolve())
      }),
  }
  wss.on('connection', (ws) => {
    const index = server.sockets.push(ws) - 1
    ws.on('error', () => {})
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, string>
      server.received.push({ socket: index, message })
      if (server.silent) return
      if (message.t === 'c') {
        const reply = server.connectReply?.(message) ?? {
          t: 'ck',
          s: server.validTokens.has(message.susertoken ?? '') ? 'OK' : 'Not_Ok',
          uid: message.uid ?? '',
        }
        ws.send(JSON.stringify(reply))
        const after = server.dropAfterAcceptMs
        if (after !== undefined) setTimeout(() => ws.terminate(), after)
      }
      if (message.t === 'o') ws.send(JSON.stringify({ t: 'ok' }))
      if (message.t === 't' || message.t === 'd') {
        for (const key of (message.k ?? '').split('#')) {
          const [e, tk] = key.split('|')
          ws.send(JSON.stringify({ t: message.t === 't' ? 'tk' : 'dk', e, tk, ts: `SYM${tk}`, lp: '100.00', v: '1', ft: '1' }))
        }
      }
    })
  })
  return server
}
