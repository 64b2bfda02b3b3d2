import type { EndpointInput, Exchange, Firstock, LegsRejectedError, PlacedLeg, placeOrder, RejectedLeg } from '@firstock/node'
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

export async function run(ctx: Context, [sideArg = '', ...symbols]: string[], options: PlaceOptions): Promise<void> {
  const { out } = ctx
  if (symbols.length === 0) symbols.push('')
  // Everything that can be checked without the network is checked first: nothing is sent for bad input.
  for (const symbol of symbols) {
    const parsed = parseSymbol(symbol)
    await validate(orderInput(sideArg, parsed.exchange, parsed.name ?? 'PENDING-LOOKUP', options))
  }
  if (symbols.length > 1 && options.tag !== undefined) {
    throw new UsageError('--tag names one order; legs of a multi-leg order are tagged <tag>-1, <tag>-2 by the SDK', { code: 'INVALID_INPUT', field: 'tag' })
  }

  const conn = await connect(ctx)
  const { firstock, target } = conn
  const inputs: PlaceOrderInput[] = []
  for (const symbol of symbols) {
    const instrument = await out.spin('Looking up symbol', async () => withTradingSymbol(firstock, await resolveSymbol(ctx, conn, symbol)))
    inputs.push(orderInput(sideArg, instrument.exchange, instrument.tradingSymbol, options))
  }
  for (const input of inputs) await validate(input)
  await confirmOrder(ctx, target, inputs.map(describeOrder).join('; '))
  if (inputs.length === 1) await sendOrder(ctx, firstock, inputs[0]!)
  else await sendLegs(ctx, firstock, inputs)
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

/**
 * Places several orders in one multiPlaceOrders call. Prints every leg, placed or rejected; a rejected leg
 * rethrows `LegsRejectedError` (exit 3) after the legs that did go through are shown.
 */
export async function sendLegs(ctx: Context, firstock: Firstock, inputs: PlaceOrderInput[]) {
  const { out } = ctx
  try {
    const placed = await out.spin('Placing orders', () => firstock.multiPlaceOrders({ data: inputs }))
    printLegs(ctx, inputs, placed, [])
    return placed
  } catch (error) {
    if ((error as { name?: string }).name === 'LegsRejectedError') {
      const { placed, rejected } = error as LegsRejectedError
      printLegs(ctx, inputs, placed, rejected)
    }
    throw error
  }
}

function printLegs(ctx: Context, inputs: PlaceOrderInput[], placed: readonly PlacedLeg[], rejected: readonly RejectedLeg[]) {
  const { out } = ctx
  if (out.json) return out.data({ placed, rejected })
  const legs = [...placed.map((leg) => ({ ...leg, ok: true as const })), ...rejected.map((leg) => ({ ...leg, ok: false as const }))]
  for (const leg of legs.sort((a, b) => a.leg - b.leg)) {
    const input = inputs[leg.leg - 1]
    const what = input ? describeOrder(input) : `leg ${leg.leg}`
    if (leg.ok) out.line(`${out.c.green('✔')} Leg ${leg.leg} placed: order ${out.c.bold(leg.orderNumber)} ${what} (tag ${leg.tag ?? '-'})`)
    else out.line(`${out.c.red('✖')} Leg ${leg.leg} REJECTED: ${what} — ${leg.reason} (${leg.errorName})`)
  }
}
