import type { Sandbox } from '@firstock/sandbox'
import { afterEach, expect, test } from 'vitest'
import { newOrderTag } from '../src/index.js'
import { demoClient, sandbox } from './helpers.js'

// "Never recover an order older than the request" compares the order book's orderTime (the server's clock) with
// the moment the request was sent: both must be read on the server's clock, whatever the machine's clock says.
// The skew is relative to the machine's clock, so the sandbox's clock cannot stand at a fixed session moment: these
// sandboxes are always-open, so their orders fill at whatever hour the skew lands on.
const DAY_MS = 86_400_000
const marketBuy = { exchange: 'NSE', tradingSymbol: 'ITC-EQ', quantity: 1, price: 0, product: 'I', transactionType: 'B', priceType: 'MKT' } as const

let sb: Sandbox | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

for (const days of [-3, 3]) {
  const label = `a server clock ${Math.abs(days)} days ${days < 0 ? 'behind' : 'ahead of'} the machine's`

  test(`behavior: with ${label}, placeOrderAndConfirm confirms its order and recovers one whose answer was dropped`, async () => {
    sb = await sandbox({ now: () => Date.now() + days * DAY_MS, marketHours: 'always-open' })
    const firstock = demoClient(sb, { rateLimits: false })
    await firstock.login()
    const confirmed = await firstock.placeOrderAndConfirm(marketBuy, { intervalMs: 10 })
    expect(confirmed.order?.remarks).toBe(confirmed.tag)
    sb.faults.inject({ endpoint: 'placeOrder', kind: 'acceptThenDrop', count: 1 })
    const recovered = await firstock.placeOrderAndConfirm(marketBuy, { intervalMs: 10 })
    expect(recovered).toMatchObject({ recovered: true, order: { remarks: recovered.tag } })
  })

  test(`behavior: with ${label}, reconcileOrder never takes an order placed before sentAt`, async () => {
    sb = await sandbox({ now: () => Date.now() + days * DAY_MS, marketHours: 'always-open' })
    const firstock = demoClient(sb, { rateLimits: false })
    await firstock.login()
    const tag = newOrderTag()
    await firstock.placeOrder({ ...marketBuy, remarks: tag })
    expect((await firstock.reconcileOrder(tag, { attempts: 1, sentAt: Date.now() - 1_000 })).found).toBe(true)
    // Placed five minutes before the "request" (well past the allowed skew): never this request's order.
    expect((await firstock.reconcileOrder(tag, { attempts: 1, sentAt: Date.now() + 5 * 60_000 })).found).toBe(false)
  })
}
