import type { EndpointInput, Exchange, Firstock, placeOrder } from '@firstock/node'
import { confirmOrder } from '../confirm.js'
import { OrderRejectedError, UsageError } from '../errors.js'
import { ordersTable } from '../render.js'
import { parseSymbol, resolveSymbol, withTradingSymbol } from '../symbols.js'
import { connect, type Context } from '../target.js'

export interface PlaceOptions {
  qty: string
  price?: string
  type?: 'LMT' | 'MKT' | 'SL-LMT' | 'SL-MKT'
  trigger?: string
  product?: 'C' | 'I' | 'M'
  retention: 'DAY' | 'IOC' | 'EOS'
  tag?: string
}

export type PlaceOrderInput = EndpointInput<typeof placeOrder>

const SIDES: Record<string, 'B' | 'S'> = { buy: 'B', b: 'B', sell: 'S', s: 'S' }

/** Builds the placeOrder input from flags. Values stay as typed: the SDK's schema validates them. */
export function orderInput(sideArg: string, exchange: Exchange, tradingSymbol: string, options: PlaceOptions): PlaceOrderInput {
  const transactionType = SIDES[sideArg.toLowerCase()]
  if (!transactionType) throw new UsageError(`side must be buy or sell (got ${JSON.stringify(sideArg)})`, { code: 'INVALID_SIDE', field: 'side' })
  const priceType = options.type ?? (options.price !== undefined ? 'LMT' : 'MKT')
  const market = priceType === 'MKT' || priceType === 'SL-MKT'
  if (market && options.price !== undefined && Number(options.price) !== 0) {
    throw new UsageError(`--price is not used by ${priceType} orders`, { code: 'INVALID_INPUT', field: 'price', hint: 'drop --price, or use --type LMT' })
  }
  return {
    exchange,
    tradingSymbol,
    transactionType,
    quantity: options.qty,
    // A missing limit price stays missing, so validation names the field instead of sending 0.
    price: (market ? '0' : options.price) as string,
    ...(options.trigger !== undefined ? { triggerPrice: options.trigger } : {}),
    priceType,
    product: options.product ?? (exchange === 'NSE' || exchange === 'BSE' ? 'C' : 'M'),
    retention: options.retention,
    ...(options.tag !== undefined ? { remarks: options.tag } : {}),
  }
}

export function describeOrder(input: PlaceOrderInput): string {
  const side = input.transactionType === 'B' ? 'BUY' : 'SELL'
  const at = input.priceType === 'MKT' ? 'at market' : input.priceType === 'SL-MKT' ? `at market, trigger ${input.triggerPrice}` : `@ ${input.price}${input.triggerPrice && input.triggerPrice !== '0' ? `, trigger ${input.triggerPrice}` : ''}`
  return `${side} ${input.quantity} ${input.exchange}:${input.tradingSymbol} ${at} (${input.priceType}, product ${input.product}, ${input.retention ?? 'DAY'})`
}

async function validate(input: PlaceOrderInput): Promise<void> {
  const { validateRequest, placeOrder } = await import('@firstock/node')
  await validateRequest(placeOrder, input)
}

export async function run(ctx: Context, [sideArg = '', symbol = '']: string[], options: PlaceOptions): Promise<void> {
  const { out } = ctx
  // Everything that can be checked without the network is checked first: nothing is sent for bad input.
  const parsed = parseSymbol(symbol)
  await validate(orderInput(sideArg, parsed.exchange, parsed.name ?? 'PENDING-LOOKUP', options))

  const conn = await connect(ctx)
  const { firstock, target } = conn
  const instrument = await out.spin('Looking up symbol', async () => withTradingSymbol(firstock, await resolveSymbol(ctx, conn, symbol)))
  const input = orderInput(sideArg, instrument.exchange, instrument.tradingSymbol, options)
  await validate(input)
  await confirmOrder(ctx, target, describeOrder(input))
  await sendOrder(ctx, firstock, input)
}

/** Places with a tag and confirms from the order book; prints the outcome; throws on a rejection. */
export async function sendOrder(ctx: Context, firstock: Firstock, input: PlaceOrderInput) {
  const { out } = ctx
  const result = await out.spin('Placing order', () => firstock.placeOrderAndConfirm(input, { attempts: 3, intervalMs: 200 }))
  const status = result.order?.status
  if (out.json) out.data(result)
  else {
    const mark = status === 'REJECTED' ? out.c.red('✖') : out.c.green('✔')
    out.line(`${mark} Order ${out.c.bold(result.orderNumber)} ${describeOrder(input)} — ${status ?? 'sent'}${result.recovered ? ' (found by its tag after a lost answer)' : ''}`)
    if (result.order) out.line(ordersTable(out, [result.order]))
  }
  if (status === 'REJECTED') {
    throw new OrderRejectedError(`order ${result.orderNumber} was rejected: ${result.order?.rejectReason || 'no reason given'}`)
  }
  return result
}
