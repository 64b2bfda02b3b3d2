import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { gzipSync } from 'node:zlib'
import { fetchTransport, kyTransport, type Transport, undiciTransport } from '../src/index.js'

/** What the test server saw of one request. */
interface Seen {
  method: string | undefined
  headers: IncomingHttpHeaders
  body: string
}

// A local server whose answer is chosen by the path: /status/<code>[?retry-after=<v>], /gzip, /hang never answers.
let server: Server
let base: string
const seen: Seen[] = []
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body })
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/hang') return
      if (url.pathname === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' })
        return res.end(gzipSync(`{"zipped":${body}}`))
      }
      const status = Number(url.pathname.split('/')[2])
      const retryAfter = url.searchParams.get('retry-after')
      if (retryAfter) res.setHeader('retry-after', retryAfter)
      res.statusCode = status
      res.end(status === 204 || status === 304 ? undefined : `{"status":"${status}","echo":${body || 'null'}}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const body = '{"userId":"X","exchange":"NSE"}'
const lastSeen = () => seen[seen.length - 1]!

// The default transport, the ky adapter (on the global fetch) and fetchTransport keep the same contract.
const transports: [string, () => Transport][] = [
  ['undici, the default', () => undiciTransport()],
  ['ky', () => kyTransport()],
  ['fetch', () => fetchTransport()],
]

for (const [name, make] of transports) {
  test(`behavior (${name}): the transport POSTs the JSON body with JSON headers and returns status and text`, async () => {
    const transport = make()
    const signal = new AbortController().signal
    await expect(transport({ url: `${base}/status/200`, body, signal })).resolves.toEqual({
      status: 200,
      text: `{"status":"200","echo":${body}}`,
      retryAfter: undefined,
      date: expect.any(String),
    })
    expect(lastSeen()).toMatchObject({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': String(body.length) },
    })
  })

  test(`behavior (${name}): the transport resolves on HTTP errors, with Retry-After, and on bodiless statuses`, async () => {
    const transport = make()
    const signal = new AbortController().signal
    await expect(transport({ url: `${base}/status/429?retry-after=3`, body, signal })).resolves.toEqual({
      status: 429,
      text: `{"status":"429","echo":${body}}`,
      retryAfter: '3',
      date: expect.any(String),
    })
    await expect(transport({ url: `${base}/status/500`, body, signal })).resolves.toMatchObject({ status: 500, retryAfter: undefined })
    await expect(transport({ url: `${base}/status/204`, body, signal })).resolves.toMatchObject({ status: 204, text: '', retryAfter: undefined })
  })

  test(`behavior (${name}): the transport rejects with the reason when aborted in flight, and sends nothing when aborted before`, async () => {
    const transport = make()
    const controller = new AbortController()
    const before = seen.length
    const pending = transport({ url: `${base}/hang`, body, signal: controller.signal })
    while (seen.length === before) await new Promise((resolve) => setTimeout(resolve, 5))
    const reason = new Error('stop')
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)

    const aborted = new AbortController()
    aborted.abort(new Error('early'))
    const count = seen.length
    await expect(transport({ url: `${base}/status/200`, body, signal: aborted.signal })).rejects.toThrow('early')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(seen.length).toBe(count)
  })

  test(`behavior (${name}): the transport gives up at a timeout signal`, async () => {
    const transport = make()
    const started = Date.now()
    await expect(transport({ url: `${base}/hang`, body, signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  test(`behavior (${name}): the transport reports the server's Date header and decodes a gzip answer`, async () => {
    const transport = make()
    const signal = new AbortController().signal
    const { date } = await transport({ url: `${base}/status/200`, body, signal })
    expect(Math.abs(Date.parse(date!) - Date.now())).toBeLessThan(60_000)
    await expect(transport({ url: `${base}/gzip`, body, signal })).resolves.toMatchObject({ status: 200, text: `{"zipped":${body}}` })
  })
}

test('behavior (ky): a custom fetch gets a normal Request (body, headers, signal) and its Response is read', async () => {
  const requests: Request[] = []
  const transport = kyTransport({
    fetch: async (input, init) => {
      const request = new Request(input, init)
      requests.push(request)
      return new Response(`got ${await request.text()}`, { status: 503, headers: { 'retry-after': '7' } })
    },
  })
  const controller = new AbortController()
  await expect(transport({ url: `${base}/status/200`, body, signal: controller.signal })).resolves.toEqual({
    status: 503,
    text: `got ${body}`,
    retryAfter: '7',
  })
  const request = requests[0]!
  expect(request.method).toBe('POST')
  expect(request.url).toBe(`${base}/status/200`)
  expect(request.headers.get('content-type')).toBe('application/json')
  expect(request.headers.get('accept')).toBe('application/json')
  expect(request.signal.aborted).toBe(false)
  controller.abort()
  expect(request.signal.aborted).toBe(true)
})

test('behavior (ky): hooks run as ky documents them', async () => {
  const seenUrls: string[] = []
  const transport = kyTransport({ hooks: { beforeRequest: [(request) => void seenUrls.push(request.url)] } })
  await expect(transport({ url: `${base}/status/200`, body, signal: new AbortController().signal })).resolves.toMatchObject({ status: 200 })
  expect(seenUrls).toEqual([`${base}/status/200`])
})
