// Log in and read a quote on Firstock's Developer API V1: the V3 example with `version: 'v1'`, and V1 names
// instruments by trading symbol instead of token.   Run: FIRSTOCK_BASE_URL=… pnpm --filter @firstock/examples quote:v1
import { createFirstock } from '@firstock/node'
import { isMain } from './target.js'

export async function main(env: NodeJS.ProcessEnv = process.env, log: (...args: unknown[]) => void = console.log) {
  // The sandbox speaks V3 only, so this example needs a V1 endpoint (FIRSTOCK_BASE_URL) and an account.
  const need = (name: string) => {
    const value = env[name]
    if (!value) throw new Error(`${name} is required for the V1 example`)
    return value
  }
  const firstock = createFirstock({
    version: 'v1',
    ...(env.FIRSTOCK_BASE_URL && { baseUrl: env.FIRSTOCK_BASE_URL }), // default: https://api.firstock.in/V1/
    userId: need('FIRSTOCK_USER_ID'),
    password: need('FIRSTOCK_PASSWORD'), // sent as its SHA-256 digest, as V1 requires
    totpSecret: need('FIRSTOCK_TOTP_SECRET'), // base32; the SDK computes the TOTP code
    apiKey: need('FIRSTOCK_API_KEY'),
    vendorCode: need('FIRSTOCK_VENDOR_CODE'),
  })
  const session = await firstock.login()
  log('logged in as', session.userName ?? session.userId)

  const nifty = await firstock.getQuoteLtp({ exchange: 'NSE', tradingSymbol: 'NIFTY' })
  log('NIFTY', nifty.lastTradedPrice) // a number, not a string
  const quote = await firstock.getQuote({ exchange: 'NSE', tradingSymbol: 'NIFTY' })
  log('day range', quote.dayLowPrice, '-', quote.dayHighPrice)

  await firstock.logout()
  return { userId: session.userId, lastTradedPrice: nifty.lastTradedPrice }
}

if (isMain(import.meta.url)) await main()
