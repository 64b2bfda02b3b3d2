import { confirmOrder } from '../confirm.js'
import { UsageError } from '../errors.js'
import { isV1 } from '../market.js'
import { connect, type Context } from '../target.js'

export interface ModifyOptions {
  qty?: string
  price?: string
  type?: 'LMT' | 'MKT' | 'SL-LMT' | 'SL-MKT'
  trigger?: string
  /** V1's `mkt_protection` (a percentage), required there for MKT and SL-MKT. */
  protection?: string
}

export async function run(ctx: Context, [orderNumber = '']: string[], options: ModifyOptions): Promise<void> {
  const { out } = ctx
  if (options.qty === undefined && options.price === undefined && options.type === undefined && options.trigger === undefined) {
    throw new UsageError('nothing to change', { code: 'INVALID_INPUT', hint: 'pass --qty, --price, --type or --trigger' })
  }
  const { firstock, target } = await connect(ctx)
  const order = (await out.spin('Looking up order', () => firstock.orderBook())).find((o) => o.orderNumber === orderNumber)
  if (!order) {
    throw new UsageError(`order ${orderNumber} is not in today's order book`, { code: 'ORDER_NOT_FOUND', field: 'orderNumber', hint: 'list orders with `firstock orders`' })
  }
  const priceType = options.type ?? (order.priceType as ModifyOptions['type'] & string)
  const market = priceType === 'MKT' || priceType === 'SL-MKT'
  const input = {
    orderNumber,
    exchange: order.exchange as 'NSE',
    tradingSymbol: order.tradingSymbol ?? '',
    quantity: options.qty ?? String(order.quantity ?? ''),
    price: market ? '0' : (options.price ?? String(order.price ?? '')),
    triggerPrice: options.trigger ?? String(order.triggerPrice ?? 0),
    priceType,
    // V1 also takes the product and the market protection (required for MKT and SL-MKT).
    ...(isV1(firstock) && { product: order.product, ...(options.protection !== undefined && { mkt_protection: options.protection }) }),
  }
  const { validateRequest, registries } = await import('@firstock/node')
  await validateRequest(registries[isV1(firstock) ? 'v1' : 'v3'].endpoints.modifyOrder, input)
  await confirmOrder(ctx, target, `MODIFY order ${orderNumber} → ${input.quantity} ${input.exchange}:${input.tradingSymbol} ${market ? 'at market' : `@ ${input.price}`} (${priceType})`)
  const ack = await out.spin('Modifying', () => firstock.modifyOrder(input))
  if (out.json) return out.data(ack)
  out.line(`${out.c.green('✔')} Modify sent for order ${out.c.bold(ack.orderNumber)}`)
}
