import { expect, test } from 'vitest'
import { contractSpec } from '../src/model/contracts.ts'

const istDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 330 * 60_000

test('contractSpec: NSE index lots by contract expiry (revised from the January 2026 series)', () => {
  expect(contractSpec('NIFTY', istDay(2025, 12, 30))?.lotSize).toBe(75)
  expect(contractSpec('NIFTY', istDay(2026, 1, 6))?.lotSize).toBe(65)
  expect(contractSpec('BANKNIFTY', istDay(2025, 12, 30))?.lotSize).toBe(35)
  expect(contractSpec('banknifty', istDay(2026, 12, 29))?.lotSize).toBe(30)
  expect(contractSpec('FINNIFTY', istDay(2026, 12, 29))?.lotSize).toBe(60)
  expect(contractSpec('MIDCPNIFTY', istDay(2026, 12, 29))?.lotSize).toBe(120)
  expect(contractSpec('NIFTYNXT50', istDay(2026, 12, 29))?.lotSize).toBe(25)
  expect(contractSpec('UNKNOWN', istDay(2026, 12, 29))).toBeUndefined()
})

test('contractSpec: the freeze quantity is a whole number of lots', () => {
  for (const symbol of ['NIFTY', 'BANKNIFTY', 'SENSEX', 'ITC', 'RELIANCE', 'CRUDEOIL']) {
    const spec = contractSpec(symbol, istDay(2026, 12, 29))!
    expect(spec.freezeQty % spec.lotSize).toBe(0)
    expect(spec.freezeQty).toBeGreaterThan(spec.lotSize)
  }
})
