import { expect, test } from 'vitest'
import { type Loopback, loopback, warningsDuring } from '../test/loopback.js'
import { fakeClient } from '../test/fake.js'
import { call } from './call.js'
import { v3Endpoints } from './endpoints/v3/index.js'
import { NetworkError } from './errors.js'
import { createRateLimiter } from './limiter.js'
import { fetchTransport } from './transport.js'

const { getQuoteLtp } = v3Endpoints
const quote = { exchange: 'NSE', token: '26000' } as const
const ltp = JSON.stringify({ status: 'Success', data: { requestTime: 't', exchange: 'NSE', token: '26000', lastTradedPrice: '1.5' } })

async function withServer<T>(handler: Parameters<typeof loopback>[0], run: (server: Loopback) => Promise<T>): Promise<T> {
  const server = await loopback(handler)
  try {
    return await run(server)
  } finally {
    await server.close()
  }
}

test('abort: one AbortSignal shared by 1,000 concurrent calls (queued, in flight, retrying) prints no warning', async () => {
  let n = 0
  const warnings = await withServer(
    (_req, res) => {
      // Every third answer is a 502 page, so some calls sleep in a retry backoff holding the signal.
      res.writeHead(n++ % 3 === 0 ? 502 : 200, { 'content-type': 'application/json' })
      res.end(n % 3 === 1 ? '<html>502</html>' : ltp)
    },
    async (server) => {
      const client = fakeClient(fetchTransport(), {
        baseUrl: `${server.url}api/V3/`,
        limiter: createRateLimiter({ quote: { limit: 200, windowMs: 1 }, candles: { limit: 1, windowMs: 1 }, order: { limit: 1, windowMs: 1 }, other: { limit: 1, windowMs: 1 } }),
        retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      })
      const { signal } = new AbortController()
      return warningsDuring(() => Promise.all(Array.from({ length: 1_000 }, () => call(client, getQuoteLtp, quote, { signal }).catch(() => undefined))))
    },
  )
  expect(warnings.filter((w) => w.includes('MaxListenersExceeded'))).toEqual([])
}, 30_000)

test('abort: aborting the shared signal still ends every pending call, queued or in flight', async () => {
  await withServer(
    () => undefined, // never answers
    async (server) => {
      const client = fakeClient(fetchTransport(), {
        baseUrl: `${server.url}api/V3/`,
        limiter: createRateLimiter({ quote: { limit: 20, windowMs: 1_000 }, candles: { limit: 1, windowMs: 1 }, order: { limit: 1, windowMs: 1 }, other: { limit: 1, windowMs: 1 } }),
      })
      const controller = new AbortController()
      const calls = Array.from({ length: 50 }, () => call(client, getQuoteLtp, quote, { signal: controller.signal }).catch((e: unknown) => e))
      // 20 calls reach the server, 30 wait in the limiter's queue.
      while (server.received.length < 20) await new Promise((resolve) => setTimeout(resolve, 5))
      controller.abort()
      const errors = await Promise.all(calls)
      expect(errors.every((e) => e instanceof NetworkError && e.code === 'ABORTED')).toBe(true)
    },
  )
})
