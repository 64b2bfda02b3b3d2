import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { createMerger } from './merge.js'
import type { StreamFrame } from './protocol.js'
import { decodeSocketV2, paiseToRupees, socketV2Protocol } from './socket-v2.js'
import { toOptionGreeks, toPositionUpdate } from './socket-v2-updates.js'
import { toOrderUpdate } from './merge.js'

const raw = (name: string) => readFileSync(new URL(`../../test/fixtures/v1/ws.v2.${name}.json`, import.meta.url), 'utf8')
const fixture = (name: string) => JSON.parse(raw(name)) as { request: Record<string, unknown>; success: unknown; failure: unknown }
const decode = (input: string | Uint8Array): StreamFrame[] => {
  const out: StreamFrame[] = []
  decodeSocketV2(input, (f) => out.push(f))
  return out
}
/** The `success` object of a fixture exactly as the file has it (big integers included), as the socket sends it. */
const successText = (name: string) => {
  const text = raw(name)
  const start = text.indexOf('{', text.indexOf('"success"'))
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  throw new Error('no success object')
}

describe('socket V2 decode, per fixture frame', () => {
  test('connect: success accepts, failure refuses with the message', () => {
    const ws = fixture('connect')
    expect(decode(JSON.stringify(ws.success))).toEqual([{ t: 'ck', ok: true, uid: undefined, message: 'Authentication successful' }])
    expect(decode(JSON.stringify(ws.failure))).toEqual([{ t: 'ck', ok: false, uid: undefined, message: 'unauthenticated' }])
  })

  test('session limit: the cap message refuses, JSON-wrapped or bare text', () => {
    expect(decode('{"status":"failed","message":"Maximum sessions limit (3) reached"}')).toMatchObject([
      { t: 'ck', ok: false, message: 'Maximum sessions limit (3) reached' },
    ])
    expect(decode('Maximum sessions limit (3) reached')).toMatchObject([{ t: 'ck', ok: false }])
    expect(decode('{"error":"Maximum sessions limit (3) reached"}')).toMatchObject([{ t: 'ck', ok: false }])
  })

  test('subscribe: a keyed record becomes Noren keys in rupees; the 1.77e18 field is left out, zeros too', () => {
    const frames = decode(successText('subscribe'))
    expect(frames).toHaveLength(1)
    const frame = frames[0]!
    expect(frame).toMatchObject({ t: 'mk', e: 'NSE', tk: '26000' })
    if (frame.t !== 'mk') throw new Error('not mk')
    expect(frame.data).toMatchObject({ lp: 25320.65, o: 25247.55, h: 25370.7, l: 25214.2, c: 25418.9, '52h': 26373.2, '52l': 21743.65, ft: 1769767560, toi: 77318355 })
    // Zero prices (average, circuits) and the empty index depth levels carry no price.
    for (const key of ['ap', 'uc', 'lc', 'bp1', 'sp1']) expect(frame.data).not.toHaveProperty(key)
    // Nothing beyond 2^53 reaches the output: i_seconds_since_boe is not read at all.
    for (const value of Object.values(frame.data)) {
      if (typeof value === 'number') expect(Math.abs(value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
    }
  })

  test('subscribe/unsubscribe commands: EXCH:token joined with |, option Greeks their own action', () => {
    const scrips = [
      { exchange: 'NSE', token: '26000', key: 'NSE|26000' },
      { exchange: 'BSE', token: '1', key: 'BSE|1' },
    ] as const
    expect(JSON.parse(socketV2Protocol.subscribe('touchline', scrips))).toEqual(fixture('subscribe').request)
    expect(JSON.parse(socketV2Protocol.unsubscribe('depth', scrips))).toEqual(fixture('unsubscribe').request)
    const options = [
      { exchange: 'NFO', token: '44297', key: 'NFO|44297' },
      { exchange: 'NFO', token: '44298', key: 'NFO|44298' },
    ] as const
    expect(JSON.parse(socketV2Protocol.subscribe('greeks', options))).toEqual(fixture('optionGreeks').request)
    expect(JSON.parse(socketV2Protocol.unsubscribe('greeks', options)).action).toBe('unsubscribe-option-greeks')
    expect(socketV2Protocol.wireChannel('touchline')).toBe(socketV2Protocol.wireChannel('depth'))
  })

  test('connect: the credentials go in the query string; no connect message, no heartbeat', () => {
    const url = socketV2Protocol.socketUrl('wss://socket.firstock.in/V2/ws', { userId: 'AB1234', jKey: 'a b&c' })
    expect(url).toBe('wss://socket.firstock.in/V2/ws?userId=AB1234&jKey=a+b%26c&source=developer-api')
    expect(socketV2Protocol.connectMessage({ userId: 'AB1234', jKey: 'x' })).toBeUndefined()
    expect(socketV2Protocol.heartbeat).toBeUndefined()
    expect(socketV2Protocol.subscribeOrders('AB1234')).toBeUndefined()
  })

  test('order update: norenordno gives an om frame that reads as an OrderUpdate', () => {
    const frames = decode(JSON.stringify(fixture('orderUpdate').success))
    expect(frames).toMatchObject([{ t: 'om' }])
    const frame = frames[0]!
    if (frame.t !== 'om') throw new Error('not om')
    expect(toOrderUpdate(frame)).toMatchObject({ orderNumber: '25042400010260', status: 'ORDER ACK', quantity: 1, price: 0, product: 'C' })
  })

  test('position update: brkname gives a pm frame, typed with its legs', () => {
    const frames = decode(JSON.stringify(fixture('positionUpdate').success))
    expect(frames).toMatchObject([{ t: 'pm' }])
    const frame = frames[0]!
    if (frame.t !== 'pm') throw new Error('not pm')
    expect(toPositionUpdate(frame)).toMatchObject({
      segment: 'EQT',
      symbolName: 'VIKASLIFE',
      tradingSymbol: 'VIKASLIFE-EQ',
      netQuantity: 1,
      dayBuyQuantity: 1,
      buyAveragePrice: 2.67,
      legs: [{ exchange: 'NSE', token: '9931', netQuantity: 1, buyAveragePrice: 2.67 }],
    })
  })

  test('option Greeks: a keyed record with gamma gives a gk frame; placeholders read as undefined', () => {
    const frames = decode(JSON.stringify(fixture('optionGreeks').success))
    expect(frames).toMatchObject([{ t: 'gk', e: 'NFO', tk: '44297' }])
    const frame = frames[0]!
    if (frame.t !== 'gk') throw new Error('not gk')
    expect(toOptionGreeks(frame)).toMatchObject({ key: 'NFO|44297', delta: undefined })
    const [real] = decode('{"NFO:44297":{"c_exch_seg":"NFO","c_symbol":"44297","delta":"0.5123","gamma":"0.000812","theta":"-12.5","vega":"9.1","rho":"1.2"}}')
    if (real?.t !== 'gk') throw new Error('not gk')
    expect(toOptionGreeks(real)).toMatchObject({ delta: 0.5123, gamma: 0.000812, theta: -12.5, vega: 9.1, rho: 1.2 })
  })

  test('bytes, flat records of the older socket, and junk never throw', () => {
    expect(decode(new TextEncoder().encode(JSON.stringify(fixture('connect').success)))).toMatchObject([{ t: 'ck', ok: true }])
    expect(decode('{"c_exch_seg":"NSE","c_symbol":"22","i_last_traded_price":39550}')).toMatchObject([{ t: 'mk', e: 'NSE', tk: '22', data: { lp: 395.5 } }])
    expect(decode('not json')).toMatchObject([{ t: 'unknown', reason: 'not-json' }])
    expect(decode('[1,2]')).toMatchObject([{ t: 'unknown', reason: 'not-an-object' }])
    expect(decode('{"x":1}')).toMatchObject([{ t: 'unknown', reason: 'unknown-type' }])
  })
})

describe('socket V2 prices and merge', () => {
  test('paise to rupees: zero, negative, sentinel and junk are no price; float noise is rounded', () => {
    expect(paiseToRupees(2532065)).toBe(25320.65)
    expect(paiseToRupees(125190.00000000001)).toBe(1251.9)
    expect(paiseToRupees('39550')).toBe(395.5)
    for (const v of [0, -5, 9223372036854775808, '9223372036854775808', 'x', null, undefined]) expect(paiseToRupees(v)).toBeUndefined()
  })

  test('the first record is the snapshot, later partials change it; sentinel and zero never overwrite a price', () => {
    const merger = createMerger()
    const merge = (text: string) => {
      const [frame] = decode(text)
      if (frame?.t !== 'mk') throw new Error('not mk')
      return { tick: socketV2Protocol.touchline(merger, frame), depth: socketV2Protocol.depth(merger, frame) }
    }
    const first = merge(
      '{"NSE:22":{"c_exch_seg":"NSE","c_symbol":"22","i_last_traded_price":39550,"i_closing_price":39000,"i_volume_traded_today":10,' +
        '"best_buy":[{"price":39545,"quantity":5,"orders":1}],"best_sell":[{"price":39555,"quantity":7,"orders":2}]}}',
    )
    expect(first.tick).toMatchObject({ key: 'NSE|22', snapshot: true, lastPrice: 395.5, close: 390, volume: 10, bidPrice: 395.45, askPrice: 395.55, changePercent: 1.41 })
    expect(first.depth).toMatchObject({ snapshot: true, lastPrice: 395.5 })
    expect(first.depth?.bids[0]).toEqual({ price: 395.45, quantity: 5, orders: 1 })
    expect(first.depth?.asks[0]).toEqual({ price: 395.55, quantity: 7, orders: 2 })
    const partial = merge('{"NSE:22":{"c_exch_seg":"NSE","c_symbol":"22","i_last_traded_price":39600}}')
    expect(partial.tick).toMatchObject({ snapshot: false, lastPrice: 396, close: 390, volume: 10, bidPrice: 395.45, changed: ['lastPrice', 'changePercent'] })
    const junk = merge(
      '{"NSE:22":{"c_exch_seg":"NSE","c_symbol":"22","i_last_traded_price":9223372036854775808,"i_closing_price":0,' +
        '"best_buy":[{"price":0,"quantity":3,"orders":1}]}}',
    )
    expect(junk.tick).toMatchObject({ lastPrice: 396, close: 390, bidPrice: 395.45, bidQuantity: 3 })
    expect(junk.depth?.bids[0]).toEqual({ price: 395.45, quantity: 3, orders: 1 })
  })
})
