// A bot rehearsing one recorded session: the sandbox replays a day of ticks at high speed, the bot trades a
// moving-average crossover on RELIANCE, flattens at the end and prints its P&L.
// Run: pnpm --filter @firstock/examples replay-bot
import { fileURLToPath } from 'node:url'
import { createFirstock } from '@firstock/node'
import { DEMO_ACCOUNT, startSandbox } from '@firstock/sandbox'
import { isMain } from './target.js'

/** The synthetic session the sandbox package keeps for trials (09:15–15:30 IST, NIFTY, RELIANCE, ITC, INFY). */
export const SAMPLE_TICKS = fileURLToPath(new URL('../../packages/sandbox/samples/ticks.csv', import.meta.url))

export interface BotOptions {
  /** Recorded time per real time: 900 plays the 6¼-hour session in 25 s. */
  speed?: number
  /** How often the bot reads the price, in real ms (the SDK keeps quotes within 3 per second). */
  pollMs?: number
  log?: (...args: unknown[]) => void
}

export async function main({ speed = 900, pollMs = 350, log = console.log }: BotOptions = {}) {
  // Replayed on a fixed trading day, so the market is open at every recorded tick whatever today is.
  const sandbox = await startSandbox({ replay: { file: SAMPLE_TICKS, speed }, now: '2026-12-04T09:00' })
  try {
    const firstock = createFirstock({ version: 'v3', baseUrl: sandbox.baseUrl, ...DEMO_ACCOUNT })
    await firstock.login()
    const symbol = { exchange: 'NSE', tradingSymbol: 'RELIANCE-EQ' } as const
    const order = (transactionType: 'B' | 'S', quantity: number) =>
      firstock.placeOrderAndConfirm({ ...symbol, quantity, price: 0, product: 'I', transactionType, priceType: 'MKT', remarks: 'replay-bot' })

    let ended = false
    void sandbox.replayDone?.then(() => (ended = true))
    const prices: number[] = []
    const mean = (n: number) => prices.slice(-n).reduce((a, b) => a + b, 0) / Math.min(n, prices.length)
    let held = 0
    while (!ended) {
      const { lastTradedPrice } = await firstock.getQuoteLtp({ exchange: 'NSE', token: '2885' })
      if (lastTradedPrice !== undefined) prices.push(lastTradedPrice)
      if (prices.length >= 8) {
        // Long while the fast average is above the slow one, flat otherwise.
        const want = mean(3) > mean(8) ? 100 : 0
        if (want !== held) {
          await order(want > held ? 'B' : 'S', Math.abs(want - held))
          held = want
        }
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
    if (held > 0) await order('S', held)

    const trades = await firstock.tradeBook()
    const positions = await firstock.positionBook()
    const pnl = positions.reduce((sum, p) => sum + (p.RealizedPNL ?? 0) + (p.unrealizedMTOM ?? 0), 0)
    log(`session replayed: ${prices.length} prices read, ${trades.length} trades, P&L ${pnl.toFixed(2)}`)
    await firstock.logout()
    return { pnl, trades, positions, polls: prices.length }
  } finally {
    await sandbox.close()
  }
}

if (isMain(import.meta.url)) await main()
