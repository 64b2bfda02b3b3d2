import type { Session } from '@firstock/core'
import { createFirstock } from '@firstock/node'
import { expect, test } from 'vitest'
import { createStream } from '../src/index.js'

// The session token is the first message on the socket: createStream and createFirstock refuse the same URLs.

const session: Session = { userId: 'AB1234', jKey: 'fake-jkey-0123456789', createdAt: new Date().toISOString() }

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as { code?: string; field?: string; message: string }
  }
  return undefined
}

test('error: createStream to a non-loopback ws:// URL is refused, naming url, before anything is sent', () => {
  let constructed = 0
  class Spy {
    constructor() {
      constructed++
    }
  }
  for (const url of ['ws://norenapi.thefirstock.com:5810/NorenWSTP/', 'ws://10.1.2.3/NorenWSTP/', 'ws://127.0.0.1.nip.io/', 'http://example.com/']) {
    const error = refusal(() => createStream({ session, url, WebSocket: Spy as never }))
    expect(error, url).toMatchObject({ name: 'ValidationError', code: 'INSECURE_URL', field: 'url' })
    expect(error?.message).toMatch(/^createStream: url must use (wss|https) unless it is a loopback host/)
  }
  expect(refusal(() => createStream({ session, url: 'not a url', WebSocket: Spy as never }))).toMatchObject({ code: 'INVALID_INPUT', field: 'url' })
  expect(constructed).toBe(0)
})

test('behavior: wss anywhere and ws on loopback are accepted', async () => {
  for (const url of ['wss://norenapi.thefirstock.com/NorenWSTP/', 'ws://127.0.0.1:1/NorenWSTP/', 'ws://localhost:1/', 'ws://[::1]:1/']) {
    const stream = createStream({ session, url, WebSocket: class { readyState = 0; send() {} close() {} } as never })
    await stream.close()
  }
})

test('behavior: one rule for createStream and createFirstock', () => {
  const urls = ['wss://a.example/', 'ws://a.example/', 'ws://127.0.0.1:9/', 'ws://localhost.example/', 'ftp://127.0.0.1/', 'https://a.example/']
  for (const url of urls) {
    const stream = refusal(() => createStream({ session, url, WebSocket: class { readyState = 0; send() {} close() {} } as never }))?.code
    const client = refusal(() => createFirstock({ version: 'v3', userId: 'AB1234', wsUrl: url }))?.code
    expect(stream, url).toBe(client)
  }
})

test('error: a provider with an insecure wsUrl is refused too, naming provider.wsUrl', () => {
  const provider = { userId: 'AB1234', wsUrl: 'ws://norenapi.thefirstock.com:5810/NorenWSTP/', getSession: async () => session }
  expect(refusal(() => createStream({ provider }))).toMatchObject({ code: 'INSECURE_URL', field: 'provider.wsUrl' })
})
