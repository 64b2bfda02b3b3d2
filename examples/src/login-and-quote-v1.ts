// Log in and read a quote on Firstock's Developer API V1: the V3 example with `version: 'v1'`, and V1 names
// instruments by trading symbol instead of token.   Run: pnpm --filter @firstock/examples quote:v1
import { createFirstock } from '@firstock/node'
import { exampleTarget, isMain } from './target.js'

export async function main(env: NodeJS.ProcessEnv = process.env, log: (...args: unknown[]) => void = console.log) {
  const target = await exampleTarget(env, {}, 'v1')
  try {
    const firstock = createFirstock({
      version: 'v1',
      baseUrl: target.baseUrl, // Firstock's is https://api.firstock.in/V1/
      userId: target.userId,
      password: target.password, // sent as its SHA-256 digest, as V1 requires
      totpSecret: target.totpSecret, // base32; the SDK computes the TOTP code
      apiKey: target.apiKey,
      vendorCode: target.vendorCode,
    })
    const session = await firstock.login()
    log('logged in as', session.userName ?? session.userId)

    const nifty = await firstock.getQuoteLtp({ exchange: 'NSE', tradingSymbol: 'NIFTY' })
    log('NIFTY', nifty.lastTradedPrice) // a number, not a string
    const quote = await firstock.getQuote({ exchange: 'NSE', tradingSymbol: 'NIFTY' })
    log('day range', quote.dayLowPrice, '-', quote.dayHighPrice)

    await firstock.logout()
    return { userId: session.userId, lastTradedPrice: nifty.lastTradedPrice }
  } finally {
    await target.close()
  }
}

if (isMain(import.meta.url)) await main()
