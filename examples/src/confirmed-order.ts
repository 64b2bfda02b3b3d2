// Orders are sent at most once; when an answer is lost, find the order by its tag instead of guessing.
// Run: pnpm --filter @firstock/examples order
import { createFirstock, OrderOutcomeUnknownError } from '@firstock/node'
import { exampleTarget, isMain } from './target.js'

export async function main(env: NodeJS.ProcessEnv = process.env, log: (...args: unknown[]) => void = console.log) {
  const target = await exampleTarget(env, { tickIntervalMs: 50 })
  // Only against the sandbox this example started itself: lose the next two answers to placeOrder on the way back
  // (the order IS created). A test that passes FIRSTOCK_BASE_URL injects the same fault into its own sandbox.
  target.sandbox?.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 2 })
  try {
    const firstock = createFirstock({
      version: 'v3',
      baseUrl: target.baseUrl,
      userId: target.userId,
      password: target.password,
      totpSecret: target.totpSecret,
      apiKey: target.apiKey,
      vendorCode: target.vendorCode,
    })
    await firstock.login()
    const order = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const

    // 1. By hand: placeOrder never retries. No verdict → OrderOutcomeUnknownError with the tag it sent in `remarks`.
    let reconciled: string | undefined
    try {
      const ack = await firstock.placeOrder({ ...order, remarks: `example-${Date.now()}` })
      log('placed', ack.orderNumber)
      reconciled = ack.orderNumber
    } catch (error) {
      if (!(error instanceof OrderOutcomeUnknownError)) throw error
      log('no answer for', error.tag, '- looking it up, NOT re-sending')
      const found = await firstock.reconcileOrder(error.tag!, { attempts: 10, intervalMs: 200 })
      log(found.found ? `it exists: ${found.order.orderNumber} (${found.order.status})` : 'not placed; safe to decide again')
      reconciled = found.found ? found.order.orderNumber : undefined
    }

    // 2. The same in one call: placeOrderAndConfirm reads the order back and recovers a lost answer by its tag.
    const confirmed = await firstock.placeOrderAndConfirm({ ...order, remarks: `example-confirm-${Date.now()}` }, { intervalMs: 200 })
    log('confirmed', confirmed.orderNumber, confirmed.order?.status, confirmed.recovered ? '(recovered after a lost answer)' : '')

    await firstock.logout()
    return { reconciled, confirmed }
  } finally {
    await target.close()
  }
}

if (isMain(import.meta.url)) await main()
