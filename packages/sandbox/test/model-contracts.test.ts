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

test('contractSpec: SENSEX and stock lots by contract expiry (SENSEX 20 and the late-2024 stock revision from 2025)', () => {
  expect(contractSpec('SENSEX', istDay(2024, 12, 26))?.lotSize).toBe(10)
  expect(contractSpec('SENSEX', istDay(2026, 12, 31))?.lotSize).toBe(20)
  expect(contractSpec('RELIANCE', istDay(2024, 12, 26))?.lotSize).toBe(250)
  expect(contractSpec('RELIANCE', istDay(2026, 12, 29))?.lotSize).toBe(500)
  expect(contractSpec('SBIN', istDay(2026, 12, 29))?.lotSize).toBe(750)
  expect(contractSpec('TCS', istDay(2026, 12, 29))?.lotSize).toBe(175)
  expect(contractSpec('ITC', istDay(2026, 12, 29))?.lotSize).toBe(1600)
})

test("contractSpec: published index freeze quantities; the sandbox's 20 lots for stocks and MCX; always at least a lot", () => {
  const freeze = (symbol: string) => contractSpec(symbol, istDay(2026, 12, 29))!.freezeQty
  expect(['NIFTY', 'BANKNIFTY', 'FINNIFTY', 'MIDCPNIFTY', 'NIFTYNXT50', 'SENSEX'].map(freeze)).toEqual([1800, 900, 1800, 2800, 600, 1000])
  expect(freeze('RELIANCE')).toBe(20 * 500)
  expect(freeze('CRUDEOIL')).toBe(20 * 100)
  for (const symbol of ['NIFTY', 'BANKNIFTY', 'SENSEX', 'ITC', 'RELIANCE', 'CRUDEOIL']) {
    const spec = contractSpec(symbol, istDay(2026, 12, 29))!
    expect(spec.freezeQty).toBeGreaterThan(spec.lotSize)
  }
})
