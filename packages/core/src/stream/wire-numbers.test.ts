import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { NO_PRICE } from '../numbers.js'
import { decodeFrame, decodeMessage, type FeedFrame, type OrderFrame } from './frames.js'
import { applyDepth, applyTouchline, createMerger, type Depth, type Tick, toOrderUpdate } from './merge.js'

// Numbers in stream frames follow the REST wire rule: plain decimals, nothing else; a bot that sees its price drop
// to 0 (or jump to Infinity) fires its stop-loss.

const feed = (o: object) => decodeMessage(o) as FeedFrame
const snapshot = () => applyTouchline(undefined, feed({ t: 'tk', e: 'NSE', tk: '22', lp: '100.50', bp1: '100.45', v: '10' }))!

describe('stream numbers', () => {
  test('error: junk lp keeps the previous price (null, blank, array, boolean, exponent, hex, Infinity)', () => {
    const junk: unknown[] = [null, ' ', '', [], [1], {}, false, true, '1e400', '1e3', '0x10', 'Infinity', 'NaN', '12abc', '+5', '.5']
    for (const lp of junk) {
      const t = applyTouchline(snapshot(), feed({ t: 'tf', e: 'NSE', tk: '22', lp }))!
      expect(t.lastPrice, JSON.stringify(lp)).toBe(100.5)
      expect(t.changed, JSON.stringify(lp)).toEqual([])
    }
    expect(applyTouchline(snapshot(), feed({ t: 'tf', e: 'NSE', tk: '22', lp: ' 101.25 ' }))!.lastPrice).toBe(101.25)
  })

  test('error: junk in a snapshot leaves the price absent, never 0', () => {
    const t = applyTouchline(undefined, feed({ t: 'tk', e: 'NSE', tk: '22', lp: null, bp1: true, v: 'x' }))!
    expect(t).toMatchObject({ lastPrice: undefined, bidPrice: undefined, volume: 0, snapshot: true })
  })

  test("behavior: Noren's no-price marker (42949672.95) is an absent price, never a price", () => {
    const tk = applyTouchline(undefined, feed({ t: 'tk', e: 'NSE', tk: '22', lp: '42949672.95', sp1: NO_PRICE, bp1: '99' }))!
    expect(tk).toMatchObject({ lastPrice: undefined, askPrice: undefined, bidPrice: 99 })
    const live = applyTouchline(snapshot(), feed({ t: 'tf', e: 'NSE', tk: '22', lp: '42949672.95' }))!
    expect(live.lastPrice).toBeUndefined()
    expect(live.changed).toEqual(['lastPrice'])
    const d = applyDepth(undefined, feed({ t: 'dk', e: 'NSE', tk: '22', bp1: '42949672.95', bq1: '42949672.95', uc: '42949672.95' }))!
    expect(d.bids[0]).toEqual({ price: undefined, quantity: 42949672.95, orders: 0 })
    expect(d.upperCircuit).toBeUndefined()
    const update = toOrderUpdate({ t: 'om', data: { norenordno: '1', prc: '42949672.95', avgprc: '42949672.95', flprc: NO_PRICE, trgprc: '0x10' } })
    expect(update).toMatchObject({ price: undefined, averagePrice: undefined, fillPrice: undefined, triggerPrice: undefined })
  })

  test('behavior: a partial frame before its scrip’s snapshot yields nothing', () => {
    expect(applyTouchline(undefined, feed({ t: 'tf', e: 'NSE', tk: '22', lp: '101' }))).toBeUndefined()
    expect(applyDepth(undefined, feed({ t: 'df', e: 'NSE', tk: '22', bp1: '101' }))).toBeUndefined()
    const m = createMerger()
    expect(m.touchline(feed({ t: 'tf', e: 'NSE', tk: '22', lp: '101' }))).toBeUndefined()
    expect(m.getTick('NSE', '22')).toBeUndefined()
    expect(m.depth(feed({ t: 'df', e: 'NSE', tk: '22', bp1: '101' }))).toBeUndefined()
    expect(m.touchline(feed({ t: 'tk', e: 'NSE', tk: '22', lp: '100' }))?.lastPrice).toBe(100)
    expect(m.touchline(feed({ t: 'tf', e: 'NSE', tk: '22', lp: '101' }))?.lastPrice).toBe(101)
  })

  test('error: order updates with junk numbers or values that are not text never throw', () => {
    const update = toOrderUpdate({ t: 'om', data: { norenordno: { toString: 1 }, qty: '1e400', prc: [], status: null, flqty: true } as never })
    expect(update).toMatchObject({ orderNumber: '', quantity: 0, price: undefined, status: '', fillQuantity: undefined })
  })
})

// ---- property: any frame, any sequence ----

const junkValue = fc.oneof(
  fc.constantFrom<unknown>(null, ' ', '', [], {}, true, false, '1e400', '0x10', 'Infinity', '-0', NO_PRICE, '42949672.95', { toString: 1 }),
  fc.double(),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.string({ maxLength: 12 }),
  fc.anything(),
)
const keys = ['lp', 'pc', 'v', 'o', 'h', 'l', 'c', 'ap', 'bp1', 'bq1', 'sp1', 'sq1', 'bo2', 'sp5', 'uc', 'lc', '52h', 'ft', 'ts', 'ltt', 'ltq', 'pp', 'toString', '__proto__']
const frame = fc.record({
  t: fc.constantFrom('tk', 'tf', 'dk', 'df', 'om', 'ck', 'x'),
  e: fc.constantFrom('NSE', 'NFO'),
  tk: fc.constantFrom('1', '2', '3'),
  data: fc.dictionary(fc.constantFrom(...keys, 'norenordno', 'qty', 'prc', 'avgprc', 'fillshares', 'status'), junkValue, { maxKeys: 8 }),
})

function numbersOf(value: Tick | Depth): number[] {
  const out: number[] = []
  for (const v of Object.values(value)) if (typeof v === 'number') out.push(v)
  if ('bids' in value) for (const level of [...value.bids, ...value.asks]) for (const v of Object.values(level)) if (v !== undefined) out.push(v)
  return out
}

test('property: decoding stream frames never throws, never yields a non-finite number, never a tick before a snapshot', () => {
  fc.assert(
    fc.property(fc.array(frame, { maxLength: 40 }), fc.boolean(), (frames, asText) => {
      const m = createMerger()
      const snapped = new Set<string>()
      for (const f of frames) {
        const raw = { ...f.data, t: f.t, e: f.e, tk: f.tk }
        let text: string
        try {
          text = JSON.stringify(raw)
        } catch {
          continue // not representable as a frame (e.g. a BigInt)
        }
        const decoded = asText ? decodeFrame(text) : decodeFrame(new TextEncoder().encode(text))
        const key = `${f.t.startsWith('d') ? 'd' : 't'}:${f.e}|${f.tk}`
        if (decoded.t === 'tk' || decoded.t === 'tf') {
          const tick = m.touchline(decoded)
          if (decoded.t === 'tk') snapped.add(key)
          if (!snapped.has(key)) expect(tick).toBeUndefined()
          if (tick) expect(numbersOf(tick).every(Number.isFinite)).toBe(true)
        } else if (decoded.t === 'dk' || decoded.t === 'df') {
          const depth = m.depth(decoded)
          if (decoded.t === 'dk') snapped.add(key)
          if (!snapped.has(key)) expect(depth).toBeUndefined()
          if (depth) expect(numbersOf(depth).every(Number.isFinite)).toBe(true)
        } else if (decoded.t === 'om') {
          const update = toOrderUpdate(decoded as OrderFrame)
          for (const v of Object.values(update)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true)
        }
      }
    }),
    { numRuns: 500 },
  )
})
