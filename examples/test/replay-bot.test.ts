import { expect, test } from 'vitest'
import { main } from '../src/replay-bot.js'

test('example: a bot trades a replayed session at high speed, ends flat and prints a P&L that matches its fills', async () => {
  const lines: string[] = []
  // The whole recorded session in about 7.5 s.
  const { pnl, trades, positions, polls } = await main({ speed: 3000, pollMs: 250, log: (...args) => lines.push(args.join(' ')) })
  expect(polls).toBeGreaterThan(10)
  expect(trades.length).toBeGreaterThan(0)
  expect(positions.every((p) => p.netQuantity === 0)).toBe(true)
  // Flat at the end: the P&L is what the sells brought in less what the buys cost.
  const cash = trades.reduce((sum, t) => sum + (t.transactionType === 'S' ? 1 : -1) * t.fillQuantity * t.fillPrice, 0)
  expect(pnl).toBeCloseTo(cash, 1)
  expect(lines.at(-1)).toMatch(/^session replayed: \d+ prices read, \d+ trades, P&L -?\d+\.\d\d$/)
  // Every fill happened inside the recorded session, 09:15–15:30 IST.
  for (const t of trades) expect(String(t.fillTime)).toMatch(/ (09:(1[5-9]|[2-5]\d)|1[0-4]:\d\d|15:([0-2]\d|30)):\d\d$/)
})
