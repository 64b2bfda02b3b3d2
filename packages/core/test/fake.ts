import type { Client } from '../src/client.js'
import { v3 } from '../src/endpoints/v3/index.js'
import { MemorySessionStore, type Session } from '../src/session.js'
import type { Transport, TransportRequest, TransportResponse } from '../src/transport.js'

export const USER_ID = 'AB1234'
export const JKEY = '7f3c2a9b1d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8'
export const BASE_URL = 'http://fake.invalid/api/V3/'

/** What one fake exchange answers: a response, or a thrown error (no response arrived). */
export type Reply = TransportResponse | Error | ((request: TransportRequest) => TransportResponse | Promise<TransportResponse>)

export interface FakeTransport extends Transport {
  /** Every request the SDK handed to the transport, with its body parsed. */
  readonly requests: (TransportRequest & { json: Record<string, unknown> })[]
  readonly count: number
}

/**
 * An in-process transport: answers from `replies` in order (the last one repeats) and records every request.
 * Nothing touches the network.
 */
export function fakeTransport(...replies: Reply[]): FakeTransport {
  const requests: FakeTransport['requests'] = []
  const transport = async (request: TransportRequest): Promise<TransportResponse> => {
    requests.push({ ...request, json: JSON.parse(request.body) as Record<string, unknown> })
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)]
    if (reply === undefined) throw new Error('fakeTransport: no reply configured')
    if (reply instanceof Error) throw reply
    return typeof reply === 'function' ? reply(request) : reply
  }
  Object.defineProperty(transport, 'count', { get: () => requests.length })
  return Object.assign(transport, { requests }) as FakeTransport
}

export const json = (body: unknown, status = 200, retryAfter?: string): TransportResponse =>
  retryAfter === undefined ? { status, text: JSON.stringify(body) } : { status, text: JSON.stringify(body), retryAfter }

export const success = (data: unknown) => json({ status: 'Success', data })

export const failure = (code: string, name: string, field: string, message: string, status = Number(code)) =>
  json({ status: 'Failed', code, name, error: { field, message } }, status)

export const session = (jKey = JKEY): Session => ({ userId: USER_ID, jKey, createdAt: '2023-04-11T09:00:00.000Z' })

/** A client around a fake transport, logged in as AB1234, with fast retries. */
export function fakeClient(transport: Transport, overrides: Partial<Client> = {}): Client {
  const sessions = new MemorySessionStore()
  sessions.set(session())
  return {
    registry: v3,
    baseUrl: BASE_URL,
    transport,
    userId: USER_ID,
    sessions,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 20 },
    ...overrides,
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A transport call that never answers but rejects as soon as its signal aborts, as a real HTTP client does. */
export function hang(request: TransportRequest): Promise<TransportResponse> {
  return new Promise((_, reject) => {
    const abort = () => reject(request.signal.reason)
    if (request.signal.aborted) abort()
    else request.signal.addEventListener('abort', abort, { once: true })
  })
}
