import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decodeFrame, type FeedFrame, type OrderFrame } from './frames.js'
import { applyDepth, applyTouchline, createMerger, DEPTH_KEYS, DEPTH_LEVEL_KEYS, TICK_KEYS, toOrderUpdate } from './merge.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/v3/${name}.json`, import.meta.url), 'utf8')) as {
    success: Record<string, string>[]
  }
const feed = (o: object) => decodeFrame(JSON.stringify(o)) as FeedFrame

describe('merge', () => {
  test('merge: touchline fixture → full typed ticks with changed fields', () => {
    const m = createMerger()
    const frames = fixture('ws-touchline').success.map(feed)
    const out = frames.map((f) => m.touchline(f))
    expect(out[1]).toMatchObject({
      exchange: 'NSE', token: '22', key: 'NSE|22', symbol: 'ACC-EQ', lastPrice: 1836.1, volume: 98214,
      bidPrice: 1836.05, bidQuantity: 12, askPrice: 1836.1, askQuantity: 40, feedTime: 1679133415, snapshot: true,
    })
    expect(out[2]).toMatchObject({ lastPrice: 1836.4, changePercent: 0.44, volume: 98261, averagePrice: 1834.28, bidPrice: 1836.05, symbol: 'ACC-EQ', snapshot: false })
    expect(out[2]?.changed).toEqual(['lastPrice', 'changePercent', 'volume', 'averagePrice', 'feedTime'])
    expect(out[3]).toMatchObject({ lastPrice: 1836.4, bidPrice: 1836.35, bidQuantity: 7, askPrice: 1836.45, askQuantity: 22 })
    // ft did not change between frame 2 and 3
    expect(out[3]?.changed).toEqual(['bidPrice', 'bidQuantity', 'askPrice', 'askQuantity'])
    expect(out[4]).toMatchObject({ token: '26000', symbol: 'Nifty 50', lastPrice: 17315.2, open: 17100.05, volume: 0 })
    expect(out[4]?.changed).toEqual(['lastPrice', 'feedTime'])
    // earlier outputs are never modified
    expect(out[1]?.lastPrice).toBe(1836.1)
    expect(m.getTick('NSE', '22')).toBe(out[3])
  })

  test('merge: depth fixture → 5 levels, totals, circuits, 52w', () => {
    const m = createMerger()
    const [dk, df1, df2] = fixture('ws-depth').success.map(feed)
    const a = m.depth(dk!)!
    expect(a).toMatchObject({ symbol: 'ACC-EQ', lastTradeTime: '11:26:55', totalBuyQuantity: 41230, upperCircuit: 2011.2, lowerCircuit: 1645.6, high52Week: 2785, low52Week: 1741.25 })
    expect(a.bids[4]).toEqual({ price: 1835.85, quantity: 64, orders: 3 })
    expect(a.asks[0]).toEqual({ price: 1836.1, quantity: 40, orders: 3 })
    const b = m.depth(df1!)!
    expect(b.bids[0]).toEqual({ price: 1836.35, quantity: 7, orders: 1 })
    expect(b.bids[1]).toBe(a.bids[1]) // unchanged levels are shared
    expect(a.bids[0]).toEqual({ price: 1836.05, quantity: 12, orders: 2 })
    const c = m.depth(df2!)!
    expect(c.bids[1]).toEqual({ price: 1836, quantity: 180, orders: 6 })
    expect(c.asks[2]).toEqual({ price: 1836.2, quantity: 60, orders: 4 })
    expect(c.changed).toEqual(['feedTime', 'bids[1].quantity', 'asks[2].quantity'])
    expect(c.lastPrice).toBe(1836.4)
  })

  test('behavior: a new snapshot replaces the state (resume after reconnect)', () => {
    const m = createMerger()
    m.touchline(feed({ t: 'tk', e: 'NSE', tk: '22', lp: '10', v: '5', bp1: '9' }))
    const t = m.touchline(feed({ t: 'tk', e: 'NSE', tk: '22', lp: '11' }))
    expect(t).toMatchObject({ lastPrice: 11, volume: 0, bidPrice: undefined, snapshot: true, changed: ['lastPrice'] })
  })

  test('behavior: a non-numeric value keeps the previous one', () => {
    const t0 = applyTouchline(undefined, feed({ t: 'tk', e: 'NSE', tk: '22', lp: '10' }))
    const t1 = applyTouchline(t0, feed({ t: 'tf', e: 'NSE', tk: '22', lp: 'abc', v: '' }))!
    expect(t1.lastPrice).toBe(10)
    expect(t1.changed).toEqual([])
  })

  test('order: om frames typed like orderBook rows', () => {
    // Pure decoding of recorded frames: the dated symbols come from the fixtures, no calendar is involved.
    const frames = [...fixture('ws-order-updates').success, ...fixture('ws-order-lifecycle-other').success]
    const updates = frames.map((f) => decodeFrame(JSON.stringify(f))).filter((f): f is OrderFrame => f.t === 'om').map(toOrderUpdate)
    expect(updates).toHaveLength(10)
    const fill = updates[3]!
    expect(fill).toMatchObject({
      orderNumber: '23041100003641', exchange: 'NFO', tradingSymbol: 'NIFTY13APR23P17700', transactionType: 'B',
      quantity: 50, price: 65, product: 'I', priceType: 'LMT', retention: 'DAY', status: 'COMPLETE', reportType: 'Fill',
      fillQuantity: 50, fillPrice: 50.6, fillId: '87138880', fillShares: 50, averagePrice: 50.6,
      exchangeOrderNumber: '1100000010310130', exchangeTime: '11-04-2023 09:43:15',
    })
    expect(updates[4]).toMatchObject({ status: 'TRIGGER_PENDING', triggerPrice: 64, product: 'M', fillQuantity: undefined })
    expect(updates[6]).toMatchObject({ status: 'CANCELED', cancelQuantity: 50 })
    expect(updates[9]).toMatchObject({ status: 'REJECTED', rejectReason: expect.stringContaining('Margin Shortfall') })
    expect(toOrderUpdate({ t: 'om', data: { norenordno: '1', prd: 'C' } }).product).toBe('C')
  })

  // A plain reference: the same updates applied to a flat object keyed by wire key.
  const numericKeys = [...Object.keys(TICK_KEYS).filter((k) => TICK_KEYS[k]!.num)]
  const depthNumericKeys = [...Object.keys(DEPTH_KEYS).filter((k) => DEPTH_KEYS[k]!.num), ...Object.keys(DEPTH_LEVEL_KEYS)]
  const value = fc.oneof(
    fc.integer({ min: 0, max: 10_000_000 }).map(String),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
  )
  const partials = (keys: string[]) => fc.array(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 8 }), { maxLength: 60 })

  test('property: merging random touchline partials equals a reference object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...numericKeys), value), partials(numericKeys), (snap, updates) => {
        const ref: Record<string, number | undefined> = {}
        for (const k of numericKeys) ref[k] = TICK_KEYS[k]!.price ? undefined : 0
        for (const [k, v] of Object.entries(snap)) ref[k] = Number(v)
        let tick = applyTouchline(undefined, feed({ t: 'tk', e: 'NSE', tk: '22', ts: 'ACC-EQ', ...snap }))!
        for (const u of updates) {
          const before = { ...ref }
          for (const [k, v] of Object.entries(u)) ref[k] = Number(v)
          tick = applyTouchline(tick, feed({ t: 'tf', e: 'NSE', tk: '22', ...u }))!
          const expectedChanged = Object.keys(u).filter((k) => before[k] !== ref[k]).map((k) => TICK_KEYS[k]!.field)
          expect([...tick.changed].sort()).toEqual(expectedChanged.sort())
        }
        for (const k of numericKeys) expect((tick as unknown as Record<string, number>)[TICK_KEYS[k]!.field]).toBe(ref[k])
        expect(tick.symbol).toBe('ACC-EQ')
      }),
      { numRuns: 300 },
    )
  })

  test('property: merging random depth partials equals a reference object', () => {
    fc.assert(
      fc.property(partials(depthNumericKeys), (updates) => {
        const ref: Record<string, number | undefined> = {}
        for (const k of depthNumericKeys) ref[k] = (DEPTH_KEYS[k]?.price ?? DEPTH_LEVEL_KEYS[k]?.prop === 'price') ? undefined : 0
        const history = [applyDepth(undefined, feed({ t: 'dk', e: 'NSE', tk: '22' }))!]
        const seen: string[] = []
        for (const u of updates) {
          for (const [k, v] of Object.entries(u)) ref[k] = Number(v)
          history.push(applyDepth(history.at(-1), feed({ t: 'df', e: 'NSE', tk: '22', ...u }))!)
          seen.push(JSON.stringify(history.at(-1)))
        }
        const d = history.at(-1)!
        for (const k of depthNumericKeys) {
          const level = DEPTH_LEVEL_KEYS[k]
          const got = level ? (level.side === 0 ? d.bids : d.asks)[level.level]![level.prop] : (d as unknown as Record<string, number | undefined>)[DEPTH_KEYS[k]!.field]
          expect(got).toBe(ref[k])
        }
        // copy-on-write never altered an earlier state
        history.slice(1).forEach((h, i) => expect(JSON.stringify(h)).toBe(seen[i]))
      }),
      { numRuns: 300 },
    )
  })
})
