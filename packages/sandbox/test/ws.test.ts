import { afterEach, beforeEach, expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { login, onlyStrings, post, socket, start } from './helpers.ts'

let sb: Sandbox
let auth: { userId: string; jKey: string }
beforeEach(async () => {
  sb = await start({ tokensPerTick: 40 })
  auth = await login(sb)
})
afterEach(() => sb.close())

const TOUCHLINE_ACK_KEYS = ['t', 'e', 'tk', 'ts', 'pp', 'ls', 'ti', 'lp', 'pc', 'o', 'h', 'l', 'c', 'ft']

test('ws: c → ck OK; touchline snapshot per scrip, then partials with only changed keys', async () => {
  const ws = await socket(sb, auth)
  expect(await ws.next((f) => f.t === 'ck')).toEqual({ t: 'ck', s: 'OK', uid: auth.userId })
  ws.send({ t: 't', k: 'NSE|26000#NSE|22#NSE|999999' })
  const index = await ws.next((f) => f.t === 'tk' && f.tk === '26000')
  const acc = await ws.next((f) => f.t === 'tk' && f.tk === '22')
  for (const key of TOUCHLINE_ACK_KEYS) expect(index).toHaveProperty(key)
  expect(acc).toMatchObject({ e: 'NSE', ts: 'ACC-EQ' })
  for (const key of ['v', 'ap', 'bp1', 'bq1', 'sp1', 'sq1']) expect(acc).toHaveProperty(key)
  expect(ws.frames.filter((f) => f.t === 'tk')).toHaveLength(2)

  // Track the merged state: every partial carries t, e, tk and only keys whose value changed.
  const state = new Map<string, Record<string, string>>([
    ['26000', { ...index }],
    ['22', { ...acc }],
  ])
  const seen = ws.frames.length
  sb.market.step(300)
  await ws.next((f) => f.t === 'tf' && f.tk === '22')
  await new Promise((r) => setTimeout(r, 50))
  const partials = ws.frames.slice(seen)
  expect(partials.length).toBeGreaterThan(1)
  for (const frame of partials) {
    expect(frame.t).toBe('tf')
    expect(frame.e).toBe('NSE')
    expect(onlyStrings(frame)).toBe(true)
    expect(frame).not.toHaveProperty('ts')
    const last = state.get(frame.tk)!
    for (const [key, value] of Object.entries(frame)) {
      if (['t', 'e', 'tk', 'ft'].includes(key)) continue
      expect(last[key], `${key} repeated unchanged`).not.toBe(value)
      last[key] = value as string
    }
  }
  const q = sb.market.quote('NSE', '22')!
  expect(Number(state.get('22')!.lp)).toBeCloseTo(q.ltp, 2)

  ws.send({ t: 'u', k: 'NSE|22' })
  expect(await ws.next((f) => f.t === 'uk')).toEqual({ t: 'uk', k: 'NSE|22' })
  ws.ws.close()
})

test('ws: depth snapshot has five levels, then df partials; ud → udk; heartbeats are ignored', async () => {
  const ws = await socket(sb, auth)
  await ws.next((f) => f.t === 'ck')
  ws.send({ t: 'h' })
  ws.ws.ping('{"t":"h"}')
  ws.send({ t: 'd', k: 'NSE|22' })
  const dk = await ws.next((f) => f.t === 'dk')
  for (const key of ['ltt', 'ltq', 'tbq', 'tsq', 'uc', 'lc', '52h', '52l', 'bp5', 'bq5', 'bo5', 'sp5', 'sq5', 'so5']) {
    expect(dk).toHaveProperty(key)
  }
  sb.market.step(300)
  const df = await ws.next((f) => f.t === 'df')
  expect(df).toMatchObject({ e: 'NSE', tk: '22' })
  ws.send({ t: 'ud', k: 'NSE|22' })
  expect(await ws.next((f) => f.t === 'udk')).toEqual({ t: 'udk', k: 'NSE|22' })
  ws.ws.close()
})

test('ws: o → ok, then om frames NewAck → PendingNew → New → Fill for a MKT order; uo → uok', async () => {
  const ws = await socket(sb, auth)
  await ws.next((f) => f.t === 'ck')
  ws.send({ t: 'o', actid: auth.userId })
  await ws.next((f) => f.t === 'ok')
  const placed = await post(sb, 'placeOrder', {
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
    remarks: 'ws test',
  })
  await ws.next((f) => f.t === 'om' && f.reporttype === 'Fill')
  const oms = ws.frames.filter((f) => f.t === 'om')
  expect(oms.map((f) => `${f.reporttype}/${f.status}`)).toEqual(['NewAck/PENDING', 'PendingNew/PENDING', 'New/OPEN', 'Fill/COMPLETE'])
  expect(oms[3]).toMatchObject({ norenordno: placed.body.data.orderNumber, remarks: 'ws test', pcode: 'I', flqty: '1', fillshares: '1' })
  for (const key of ['flprc', 'flid', 'fltm', 'avgprc', 'exch_tm', 'exchordid']) expect(oms[3]).toHaveProperty(key)
  expect(oms.every(onlyStrings)).toBe(true)
  ws.send({ t: 'uo' })
  expect(await ws.next((f) => f.t === 'uok')).toEqual({ t: 'uok' })
  ws.ws.close()
})

test('ws: a bad token gets ck Not_Ok and the socket is closed', async () => {
  const ws = await socket(sb, { userId: auth.userId, jKey: 'f'.repeat(64) })
  expect(await ws.next((f) => f.t === 'ck')).toMatchObject({ t: 'ck', s: 'Not_Ok', uid: auth.userId })
  await ws.closed
})

test('ws: socket cap — a third socket for one user is refused with Not_Ok; the first two stay open', async () => {
  const a = await socket(sb, auth)
  const b = await socket(sb, auth)
  await a.next((f) => f.t === 'ck' && f.s === 'OK')
  await b.next((f) => f.t === 'ck' && f.s === 'OK')
  const c = await socket(sb, auth)
  const refused = await c.next((f) => f.t === 'ck')
  expect(refused).toMatchObject({ s: 'Not_Ok', uid: auth.userId })
  expect(refused.emsg).toMatch(/Maximum 2/)
  await c.closed
  expect(a.ws.readyState).toBe(a.ws.OPEN)
  a.ws.close()
  await a.closed
  const d = await socket(sb, auth)
  expect(await d.next((f) => f.t === 'ck')).toMatchObject({ s: 'OK' })
  b.ws.close()
  d.ws.close()
})

test('ws: throughput — the live timer delivers >= 1,000 updates/s in total', async () => {
  const fast = await start({ tickIntervalMs: 10, tokensPerTick: 200 })
  try {
    const session = await login(fast)
    const ws = await socket(fast, session)
    await ws.next((f) => f.t === 'ck')
    const all = fast.market.instruments().map((i) => `${i.exchange}|${i.token}`)
    ws.send({ t: 't', k: all.join('#') })
    await ws.next((f) => f.t === 'tf')
    const start = ws.frames.length
    await new Promise((r) => setTimeout(r, 1000))
    expect(ws.frames.length - start).toBeGreaterThanOrEqual(1000)
    ws.ws.close()
  } finally {
    await fast.close()
  }
})
