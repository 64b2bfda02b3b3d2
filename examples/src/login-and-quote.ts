// Log in and read a quote.   Run: pnpm --filter @firstock/examples quote
import { createFirstock } from '@firstock/node'
import { exampleTarget, isMain } from './target.js'

export async function main(env: NodeJS.ProcessEnv = process.env, log: (...args: unknown[]) => void = console.log) {
  const target = await exampleTarget(env)
  try {
    const firstock = createFirstock({
      version: 'v3',
      baseUrl: target.baseUrl,
      userId: target.userId,
      password: target.password,
      totpSecret: target.totpSecret, // base32; the SDK computes the TOTP code
      apiKey: target.apiKey,
      vendorCode: target.vendorCode,
    })
    const session = await firstock.login()
    log('logged in as', session.userName ?? session.userId)

    const nifty = await firstock.getQuoteLtp({ exchange: 'NSE', token: '26000' })
    log('NIFTY', nifty.lastTradedPrice) // a number, not a string
    const quote = await firstock.getQuote({ exchange: 'NSE', token: '26000' })
    log('day range', quote.dayLowPrice, '-', quote.dayHighPrice)

    await firstock.logout()
    return { userId: session.userId, lastTradedPrice: nifty.lastTradedPrice }
  } finally {
    await target.close()
  }
}

if (isMain(import.meta.url)) await main()
