import { request } from 'node:http'
import { afterEach, beforeEach, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, post, socket, start, frameArrived, isJson } from './helpers.ts'

let sb: Sandbox
let auth: { userId: string; jKey: string }
beforeEach(async () => {
  sb = await start()
  auth = await login(sb)
})
afterEach(() => sb.close())

const placeBody = () => ({
  ...auth,
  exchange: 'NSE',
  tradingSymbol: 'ITC-EQ',
  quantity: '1',
  price: '0',
  triggerPrice: '0',
  product: 'I',
  transactionType: 'B',
  priceType: 'MKT',
  retention: 'DAY',
  remarks: 'tag-1',
})

test('fault: html502 answers an HTML 502 page, only for the matching endpoint and count', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'html502', count: 2 })
  const quote = await post(sb, 'getQuote', { ...auth, exchange: 'NSE', token: '22' })
  expect(quote.status).toBe(200)
  for (let i = 0; i < 2; i++) {
    const res = await post(sb, 'placeOrder', placeBody())
    expect(res.status).toBe(502)
    expect(res.text).toMatch(/<html>/)
  }
  expect((await post(sb, 'placeOrder', placeBody())).status).toBe(200)
  expect(sb.orders()).toHaveLength(1)
  expect(sb.requests.filter((r) => r.endpoint === 'placeOrder').map((r) => r.fault ?? '')).toEqual(['html502', 'html502', ''])
})

test('fault: json500 answers a JSON failure envelope with HTTP 500', async () => {
  sb.faults.inject({ kind: 'json500' })
  const res = await post(sb, 'limit', auth)
  expect(res.status).toBe(500)
  expect(res.body).toMatchObject({ status: 'Failed', code: '500' })
})

test('fault: reset destroys the connection without acting', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'reset' })
  await expect(post(sb, 'placeOrder', placeBody())).rejects.toThrow()
  expect(sb.orders()).toHaveLength(0)
  expect(sb.requests.at(-1)).toMatchObject({ endpoint: 'placeOrder', fault: 'reset', userId: auth.userId })
})

test('fault: acceptThenDrop creates the order but drops the answer', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop' })
  await expect(post(sb, 'placeOrder', placeBody())).rejects.toThrow()
  const rows = (await post(sb, 'orderBook', auth)).body.data
  expect(rows).toHaveLength(1)
  expect(rows[0].remarks).toBe('tag-1')
})

test('fault: hang never answers (until close)', async () => {
  sb.faults.inject({ endpoint: 'getQuote', kind: 'hang' })
  const res = await Promise.race([
    post(sb, 'getQuote', { ...auth, exchange: 'NSE', token: '22' }).then(() => 'answered', () => 'failed'),
    new Promise((resolve) => setTimeout(() => resolve('pending'), 300)),
  ])
  expect(res).toBe('pending')
})

test('fault: slow answers after delayMs', async () => {
  sb.faults.inject({ endpoint: 'getQuoteLtp', kind: 'slow', delayMs: 300 })
  const started = Date.now()
  const res = await post(sb, 'getQuote/ltp', { ...auth, exchange: 'NSE', token: '22' })
  expect(res.status).toBe(200)
  expect(Date.now() - started).toBeGreaterThanOrEqual(280)
})

test('fault: truncate sends a cut JSON body', async () => {
  sb.faults.inject({ endpoint: 'userDetails', kind: 'truncate' })
  const res = await post(sb, 'userDetails', auth)
  expect(res.status).toBe(200)
  expect(res.body).toBeUndefined()
  expect(res.text.startsWith('{"status":"Success"')).toBe(true)
})

test('fault: rateLimit answers 429 API_RATE_LIMIT', async () => {
  sb.faults.inject({ kind: 'rateLimit' })
  const res = await post(sb, 'orderBook', auth)
  expect(res.status).toBe(429)
  expect(res.body).toMatchObject({ status: 'Failed', code: '429', name: 'API_RATE_LIMIT' })
})

test('fault: expireSession expires the caller session → 401 SESSION_EXPIRED from then on', async () => {
  sb.faults.inject({ endpoint: 'limit', kind: 'expireSession' })
  const res = await post(sb, 'limit', auth)
  expect(res.status).toBe(401)
  expect(res.body).toMatchObject({ name: 'SESSION_EXPIRED', error: { field: 'jKey' } })
  expect((await post(sb, 'orderBook', auth)).body.name).toBe('SESSION_EXPIRED')
  const fresh = await login(sb)
  expect((await post(sb, 'limit', fresh)).status).toBe(200)
})

test('control route: POST /__sandbox/faults, clear, GET /__sandbox/requests', async () => {
  const control = (path: string, body: unknown) =>
    fetch(`${sb.httpUrl}/__sandbox/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${sb.controlToken}` } })
  expect((await control('faults', { endpoint: 'limit', kind: 'json500', count: 5 })).status).toBe(200)
  expect((await post(sb, 'limit', auth)).status).toBe(500)
  await control('faults', { kind: 'clear' })
  expect((await post(sb, 'limit', auth)).status).toBe(200)
  expect((await control('faults', { kind: 'nope' })).status).toBe(400)
  const log = (await (await fetch(`${sb.httpUrl}/__sandbox/requests`, { headers: { authorization: `Bearer ${sb.controlToken}` } })).json()) as Array<Record<string, unknown>>
  expect(log.map((r) => r.endpoint)).toEqual(['login', 'limit', 'limit'])
  expect(log[0]!.body).toMatchObject({ password: '[REDACTED]', apiKey: '[REDACTED]', TOTP: '[REDACTED]' })
  expect(JSON.stringify(log)).not.toContain(auth.jKey)
})

test('ws fault: dropAll closes every socket; refuse rejects new ones; silent stops frames', async () => {
  const a = await socket(sb, auth)
  await a.next((f) => f.t === 'ck')
  sb.faults.ws({ kind: 'dropAll' })
  expect(await a.closed).toBe(1006)

  await fetch(`${sb.httpUrl}/__sandbox/ws-faults`, {
    method: 'POST',
    body: JSON.stringify({ kind: 'refuse', durationMs: 200 }),
    headers: { authorization: `Bearer ${sb.controlToken}` },
  })
  await expect(socket(sb, auth)).rejects.toThrow(/503/)
  await new Promise((r) => setTimeout(r, 250))

  const b = await socket(sb, auth)
  await b.next((f) => f.t === 'ck')
  b.send({ t: 't', k: 'NSE|26000' })
  await b.next((f) => f.t === 'tk')
  // A long silence, so a loaded CI machine cannot reach its end before the check.
  sb.faults.ws({ kind: 'silent', durationMs: 1_500 })
  const count = b.frames.length
  sb.market.step(200)
  b.send({ t: 't', k: 'NSE|22' })
  await new Promise((r) => setTimeout(r, 100))
  expect(b.frames.length).toBe(count)
  expect(b.ws.readyState).toBe(b.ws.OPEN)
  await new Promise((r) => setTimeout(r, 1_500))
  sb.market.step(200)
  await b.next((f) => f.t === 'tf' && f.tk === '26000')
  b.ws.close()
})

test('close(): a hanging request and open sockets do not keep the sandbox alive', async () => {
  sb.faults.inject({ kind: 'hang' })
  const pending = new Promise<string>((resolve) => {
    const req = request(sb.baseUrl + 'limit', { method: 'POST' }, () => resolve('answered'))
    req.on('error', () => resolve('closed'))
    req.end(JSON.stringify(auth))
  })
  const ws = await socket(sb, auth)
  await ws.next((f) => f.t === 'ck')
  await new Promise((r) => setTimeout(r, 50))
  await sb.close()
  expect(await pending).toBe('closed')
  await ws.closed
})

test('fault: malformed carries the order out, then answers a success whose data has no orderNumber', async () => {
  sb.faults.inject({ endpoint: 'placeOrder', kind: 'malformed' })
  const res = await post(sb, 'placeOrder', placeBody())
  expect(res.status).toBe(200)
  expect(res.body.status).toBe('Success')
  expect(res.body.data.orderNumber).toBeUndefined()
  expect(sb.orders()).toHaveLength(1)
})

test('fault: malformed leaves a failure answer as it is', async () => {
  sb.faults.inject({ endpoint: 'cancelOrder', kind: 'malformed' })
  const res = await post(sb, 'cancelOrder', { ...auth, orderNumber: '1' })
  expect(res.body).toMatchObject({ status: 'Failed', name: 'ORDER_NOT_FOUND' })
})

test('fault: badRow puts a non-numeric value in the first row of a book, the other rows intact', async () => {
  await post(sb, 'placeOrder', placeBody())
  await post(sb, 'placeOrder', placeBody())
  const clean = (await post(sb, 'orderBook', auth)).body.data
  sb.faults.inject({ endpoint: 'orderBook', kind: 'badRow' })
  const rows = (await post(sb, 'orderBook', auth)).body.data
  expect(rows[0]).toEqual({ ...clean[0], price: 'n/a' })
  expect(rows[1]).toEqual(clean[1])
})

test('fault: rejectLeg refuses one leg inside a success answer and places the others', async () => {
  sb.faults.inject({ endpoint: 'multiPlaceOrders', kind: 'rejectLeg', leg: 1 })
  const { userId: _u, jKey: _j, ...order } = placeBody()
  const res = await post(sb, 'strategies/multiPlaceOrders', { ...auth, data: [order, { ...order, remarks: 'tag-2' }] })
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject([{ status: 'Failed', name: 'PRODUCT_USAGE' }, { status: 'Success' }])
  expect(sb.orders().map((o) => o.remarks)).toEqual(['tag-2'])
})

test('ws fault: garbage sends each Noren socket one frame that is not JSON and keeps it open', async () => {
  const { WebSocket } = await import('ws')
  const ws = new WebSocket(sb.wsUrl)
  const raw: string[] = []
  ws.on('message', (data) => raw.push(String(data)))
  await new Promise((resolve) => ws.on('open', resolve))
  const arrived = (test: (text: string) => boolean) => frameArrived(raw, test)
  ws.send(JSON.stringify({ t: 'c', uid: auth.userId, actid: auth.userId, susertoken: auth.jKey, source: 'API' }))
  await arrived((t) => t.includes('"ck"'))
  sb.faults.ws({ kind: 'garbage' })
  await arrived((t) => !isJson(t))
  ws.send(JSON.stringify({ t: 't', k: 'NSE|26000' }))
  await arrived((t) => t.includes('"tk"'))
  expect(raw.filter((t) => !isJson(t))).toHaveLength(1)
  expect(ws.readyState).toBe(ws.OPEN)
  ws.close()
})
