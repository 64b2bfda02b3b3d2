import { confirmOrder } from '../confirm.js'
import { connect, type Context } from '../target.js'

export async function run(ctx: Context, [orderNumber = '']: string[]): Promise<void> {
  const { out } = ctx
  const { firstock, target } = await connect(ctx)
  const order = (await out.spin('Looking up order', () => firstock.orderBook())).find((o) => o.orderNumber === orderNumber)
  const what = order ? `${order.transactionType === 'B' ? 'BUY' : 'SELL'} ${order.quantity} ${order.exchange}:${order.tradingSymbol} (${order.status})` : ''
  await confirmOrder(ctx, target, `CANCEL order ${orderNumber}${what ? ` — ${what}` : ''}`)
  const ack = await out.spin('Cancelling', () => firstock.cancelOrder({ orderNumber }))
  if (out.json) return out.data(ack)
  out.line(`${out.c.green('✔')} Cancel sent for order ${out.c.bold(ack.orderNumber)}`)
}
