import fc from 'fast-check'
import { expect, test } from 'vitest'
import { Holidays } from '../src/model/calendar.ts'
import { MarketHours } from '../src/model/hours.ts'
import { Market } from '../src/model/market.ts'
import { Broker, type Order } from '../src/model/broker.ts'
import { positionRows } from '../src/v3/order-format.ts'

// Matching a bot can rely on, over many seeds and random order flows: fills only inside the order's limit and the
// band, on the tick, against depth; IOC leaves nothing open; and every fill agrees across the order, the position
// book and `limit` (P&L is the sum of the fills marked to the last price).

const USER = 'PROP1'
const SYMBOLS: Array<[exchange: string, token: string]> = [
  ['NSE', '2885'],
  ['NSE', '1660'],
  ['NSE', '22'],
]

const action = fc.oneof(
  fc.record({
    kind: fc.constant('order' as const),
    which: fc.nat({ max: 100 }),
    side: fc.constantFrom<'B' | 'S'>('B', 'S'),
    type: fc.constantFrom('MKT', 'LMT', 'SL-LMT', 'SL-MKT'),
    offsetTicks: fc.integer({ min: -40, max: 40 }),
    lots: fc.integer({ min: 1, max: 2000 }),
    ioc: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('step' as const), n: fc.integer({ min: 1, max: 60 }) }),
)

function instrumentsFor(market: Market) {
  const fno = market.list.filter((i) => i.kind === 'option' && i.symbolName === 'NIFTY').slice(30, 50)
  const fut = market.list.filter((i) => i.kind === 'future')
  return [...SYMBOLS.map(([e, t]) => market.get(e, t)!), ...fno, ...fut]
}

test('fills: inside the limit and the band, on the tick; IOC leaves nothing open; P&L equals the fills marked to the last price', () => {
  fc.assert(
    fc.property(fc.integer(), fc.array(action, { minLength: 5, maxLength: 40, size: 'medium' }), (seed, actions) => {
      const clock = Date.UTC(2026, 11, 4, 5, 0)
      const market = new Market({ seed, now: () => clock, holidays: new Holidays(), hours: new MarketHours('always-open', new Holidays()), tokensPerTick: 30 })
      const broker = new Broker(market, () => clock, 50_000_000)
      const pool = instrumentsFor(market)
      const orders: Order[] = []
      for (const a of actions) {
        if (a.kind === 'step') {
          market.step(a.n)
          continue
        }
        const inst = pool[a.which % pool.length]!
        const away = Math.round(inst.ltp / inst.tickSize + a.offsetTicks) * inst.tickSize
        const price = Math.max(inst.tickSize, Math.round(away * 100) / 100)
        const stop = a.type.startsWith('SL')
        const trigger = stop ? Math.max(inst.tickSize, Math.round((inst.ltp + (a.side === 'B' ? 3 : -3) * inst.tickSize) * 100) / 100) : 0
        const order = broker.place(USER, {
          inst,
          quantity: inst.lotSize * (inst.kind === 'equity' ? a.lots : 1 + (a.lots % 5)),
          price: a.type === 'MKT' || a.type === 'SL-MKT' ? 0 : price,
          triggerPrice: trigger,
          product: 'I',
          transactionType: a.side,
          priceType: a.type,
          retention: a.ioc && !stop ? 'IOC' : 'DAY',
          remarks: '',
        })
        orders.push(order)
        if (order.retention === 'IOC') expect(['COMPLETE', 'CANCELED', 'REJECTED']).toContain(order.status)
      }
      const fills: Array<{ inst: Order['inst']; signed: number; price: number }> = []
      for (const o of orders) {
        const filled = o.fills.reduce((s, f) => s + f.quantity, 0)
        expect(filled).toBe(o.fillShares)
        expect(filled).toBeLessThanOrEqual(o.quantity)
        if (o.status === 'COMPLETE') expect(filled).toBe(o.quantity)
        for (const f of o.fills) {
          const { inst } = o
          expect(f.quantity % inst.lotSize).toBe(0)
          expect(Math.abs(Math.round(f.price / inst.tickSize) * inst.tickSize - f.price)).toBeLessThan(1e-6)
          if (inst.upperCircuit > 0) expect(f.price >= inst.lowerCircuit && f.price <= inst.upperCircuit).toBe(true)
          if (o.priceType === 'LMT') expect(o.transactionType === 'B' ? f.price <= o.price : f.price >= o.price).toBe(true)
          fills.push({ inst, signed: o.transactionType === 'B' ? f.quantity : -f.quantity, price: f.price })
        }
      }
      // P&L of every position: realised + unrealised = proceeds − cost + net × last price.
      const rows = positionRows(broker, USER)
      let total = 0
      for (const row of rows) {
        const mine = fills.filter((f) => f.inst.exchange === row.exchange && f.inst.token === row.token)
        const ltp = mine[0]!.inst.ltp
        const net = mine.reduce((s, f) => s + f.signed, 0)
        const pnl = mine.reduce((s, f) => s + f.signed * (ltp - f.price), 0)
        expect(Number(row.netQuantity)).toBe(net)
        expect(Number(row.RealizedPNL) + Number(row.unrealizedMTOM)).toBeCloseTo(pnl, 1)
        total += pnl
      }
      const limit = broker.margins(USER)
      expect(limit.realized + limit.unrealized).toBeCloseTo(total, 4)
    }),
    { numRuns: 20 },
  )
}, 120_000)

test('a market order fills no further than its protection beyond the last price (V1 mkt_protection; 2 % by default)', () => {
  const clock = Date.UTC(2026, 11, 4, 5, 0)
  const market = new Market({ seed: 5, now: () => clock, holidays: new Holidays(), hours: new MarketHours('always-open', new Holidays()), tokensPerTick: 30 })
  const broker = new Broker(market, () => clock, 50_000_000)
  const acc = market.get('NSE', '22')!
  const base = { inst: acc, price: 0, triggerPrice: 0, product: 'I', priceType: 'MKT', retention: 'DAY', remarks: '' } as const
  const ltp = acc.ltp
  const shown = acc.asks.reduce((s, l) => s + l.qty, 0)
  const tight = broker.place(USER, { ...base, quantity: shown, transactionType: 'B', marketProtection: 0.0005 })
  const cap = Math.ceil((ltp * 1.0005) / acc.tickSize - 1e-9) * acc.tickSize
  for (const f of tight.fills) expect(f.price).toBeLessThanOrEqual(cap + 1e-9)
  expect(tight.marketLimit).toBeCloseTo(cap, 6)
  const wide = broker.place(USER, { ...base, quantity: acc.lotSize, transactionType: 'S' })
  expect(wide.marketLimit).toBeCloseTo(Math.floor((ltp * 0.98) / acc.tickSize + 1e-9) * acc.tickSize, 6)
})
